import { DateTime } from 'luxon';
import type { CoreDeps } from '../kernel/deps.js';
import { getOrganisation } from '../kernel/organisation/organisation.js';
import { listTopics } from '../kernel/organisation/topics.js';
import { Notifier } from '../kernel/contact/notifier.js';
import { createSession } from './organising.js';
import { signUpPerson } from './sign-up.js';

/**
 * Playground data: a session next week, at 15:00 in the organisation's zone, hosted by the first
 * mentor (or the curator), with the first two mentees signed up. Nobody is messaged.
 */
export function seedDemo(deps: CoreDeps, orgId: number, cast: { curatorId: number; mentorIds: number[]; menteeIds: number[] }, now: number): void {
  const org = getOrganisation(deps.db, orgId);
  const ctx = { deps, org, notifier: new Notifier(deps, org), now };
  const startsAt = DateTime.fromMillis(now, { zone: org.timezone }).plus({ weeks: 1 }).set({ hour: 15, minute: 0, second: 0, millisecond: 0 }).toMillis();
  const topic = listTopics(deps.db, orgId).find((t) => t.code === 'parents') ?? listTopics(deps.db, orgId)[0];
  deps.db.transaction(() => {
    const session = createSession(ctx, {
      organiserId: cast.mentorIds[0] ?? cast.curatorId,
      topicId: topic?.id ?? null,
      title: deps.i18n.t(org.language, 'session-demo-title'),
      startsAt,
      durationMin: 45,
      placeKind: 'room',
      place: deps.i18n.t(org.language, 'session-demo-place'),
      seats: 6,
      audience: 'all',
    });
    for (const id of cast.menteeIds.slice(0, 2)) signUpPerson(ctx, session.id, id);
  })();
}
