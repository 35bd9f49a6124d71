import type { CoreDeps } from '../kernel/deps.js';
import type { MentorWorkPart } from '../kernel/feature.js';
import { mentorConfirmationsOf, mentorRatingsOf } from './store/figures.js';

/**
 * Programmes' part of a mentor's record: plan items the mentor confirmed (a mentee's report
 * accepted, or their own item done) and the ratings of their programmes that ended in the period.
 */
export function programmesMentorWork(deps: CoreDeps, orgId: number, period: { from: number; to: number }): Map<number, MentorWorkPart> {
  const out = new Map<number, MentorWorkPart>();
  const part = (id: number) => {
    let p = out.get(id);
    if (!p) out.set(id, (p = {}));
    return p;
  };
  for (const r of mentorConfirmationsOf(deps.db, orgId, period)) part(r.mentorId).planItemsConfirmed = r.count;
  for (const r of mentorRatingsOf(deps.db, orgId, period)) Object.assign(part(r.mentorId), { ratingSum: r.total, ratingCount: r.count });
  return out;
}
