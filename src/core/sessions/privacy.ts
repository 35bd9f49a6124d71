import type { CoreDeps } from '../kernel/deps.js';
import { getOrganisation } from '../kernel/organisation/organisation.js';
import { Notifier } from '../kernel/contact/notifier.js';
import { getPerson } from '../kernel/persons/person.js';
import { releasePerson } from './organising.js';
import { clearOrganiser, forgetFeedbackText, forgetInvitee, getSession, placesOfPerson, sessionsBetween } from './session.js';

/** A person's part of speed mentoring in /my_data, and what /forget removes. */

export function exportSessions(deps: CoreDeps, personId: number): Record<string, unknown> {
  const person = getPerson(deps.db, personId);
  if (!person) return {};
  const places = placesOfPerson(deps.db, personId).map((p) => {
    const s = getSession(deps.db, person.organisationId, p.sessionId);
    return {
      session: s?.title,
      startsAt: s ? new Date(s.startsAt).toISOString() : null,
      state: p.state,
      joinedAt: new Date(p.joinedAt).toISOString(),
      leftReason: p.leftReason,
      attended: p.attended,
      rating: p.rating,
      takeaway: p.takeaway,
    };
  });
  const hosted = sessionsBetween(deps.db, person.organisationId, 0, Number.MAX_SAFE_INTEGER)
    .filter((s) => s.organiserId === personId)
    .map((s) => ({ title: s.title, startsAt: new Date(s.startsAt).toISOString(), status: s.status, seats: s.seats }));
  return { places, hosted };
}

/**
 * Forgetting: the person's seats and waiting places go to others, sessions they host are
 * cancelled (their people told), their words (takeaways) are deleted; ratings and attendance
 * stay, no longer tied to a name, for the year's figures.
 */
export function forgetSessions(deps: CoreDeps, personId: number, now: number): void {
  const person = getPerson(deps.db, personId);
  if (!person) return;
  const org = getOrganisation(deps.db, person.organisationId);
  releasePerson({ deps, org, notifier: new Notifier(deps, org), now }, person, 'forgotten');
  forgetFeedbackText(deps.db, personId);
  forgetInvitee(deps.db, personId);
  clearOrganiser(deps.db, personId);
}
