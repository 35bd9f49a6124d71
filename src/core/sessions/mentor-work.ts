import type { CoreDeps } from '../kernel/deps.js';
import type { MentorWorkPart } from '../kernel/feature.js';
import { sessionsRunBy } from './session.js';

/** Sessions' part of a mentor's record: speed sessions they organised that took place in the period, and the participants' ratings. */
export function sessionsMentorWork(deps: CoreDeps, orgId: number, period: { from: number; to: number }): Map<number, MentorWorkPart> {
  const until = Math.min(period.to, deps.clock.now());
  const rows = sessionsRunBy(deps.db, orgId, period.from, until);
  return new Map(rows.map((r) => [r.id, { sessionsRun: r.n, ratingSum: r.total ?? 0, ratingCount: r.rated }]));
}
