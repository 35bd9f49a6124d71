import { DAY } from '../../clock.js';
import type { AudienceSource } from '../kernel/feature.js';
import { getOrganisation } from '../kernel/organisation/organisation.js';
import { textsFor } from '../kernel/contact/texts.js';
import { getSession, participantsInState, sessionsBetween } from './session.js';
import { sessionButtonLabel } from './session-text.js';

/**
 * "Session participants" for broadcasts and surveys: the people holding a seat in one session
 * (upcoming, or held in the last 30 days: a survey after the meeting).
 */
export const sessionAudience: AudienceSource = {
  id: 'session',
  labelKey: 'session-audience-label',
  choices(deps, orgId, lang) {
    const now = deps.clock.now();
    const tx = textsFor(deps.i18n, lang, getOrganisation(deps.db, orgId).timezone);
    return sessionsBetween(deps.db, orgId, now - 30 * DAY, now + 365 * DAY)
      .filter((s) => s.status === 'scheduled')
      .slice(-20)
      .map((s) => ({ id: s.id, label: sessionButtonLabel(s, tx) }));
  },
  members(deps, orgId, choiceId) {
    const session = getSession(deps.db, orgId, choiceId);
    if (!session) return [];
    return participantsInState(deps.db, session.id, 'seat').map((p) => p.personId);
  },
};
