import type { CoreDeps } from '../kernel/deps.js';
import type { MentorWorkPart } from '../kernel/feature.js';

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
  const confirmed = deps.db
    .prepare(
      `SELECT e.person_id AS id, COUNT(*) AS n FROM plan_item_events e
       JOIN plan_items i ON i.id = e.item_id
       JOIN programme_members m ON m.programme_id = i.programme_id AND m.person_id = e.person_id AND m.role = 'mentor'
       WHERE i.organisation_id = ? AND e.kind IN ('confirmed', 'done') AND e.at >= ? AND e.at < ? GROUP BY e.person_id`,
    )
    .all(orgId, period.from, period.to) as { id: number; n: number }[];
  for (const r of confirmed) part(r.id).planItemsConfirmed = r.n;
  const ratings = deps.db
    .prepare(
      `SELECT mentor.person_id AS id, SUM(m.rating) AS total, COUNT(m.rating) AS n FROM programmes p
       JOIN programme_members mentor ON mentor.programme_id = p.id AND mentor.role = 'mentor'
       JOIN programme_members m ON m.programme_id = p.id AND m.role = 'mentee' AND m.rating IS NOT NULL
       WHERE p.organisation_id = ? AND p.ended_at >= ? AND p.ended_at < ? GROUP BY mentor.person_id`,
    )
    .all(orgId, period.from, period.to) as { id: number; total: number; n: number }[];
  for (const r of ratings) Object.assign(part(r.id), { ratingSum: r.total, ratingCount: r.n });
  return out;
}
