import type { CoreDeps } from '../kernel/deps.js';
import type { MentorWorkPart } from '../kernel/feature.js';

/** Sessions' part of a mentor's record: speed sessions they organised that took place in the period, and the participants' ratings. */
export function sessionsMentorWork(deps: CoreDeps, orgId: number, period: { from: number; to: number }): Map<number, MentorWorkPart> {
  const until = Math.min(period.to, deps.clock.now());
  const rows = deps.db
    .prepare(
      `SELECT s.organiser_id AS id, COUNT(DISTINCT s.id) AS n, SUM(p.rating) AS total, COUNT(p.rating) AS rated FROM sessions s
       LEFT JOIN session_participants p ON p.session_id = s.id
       WHERE s.organisation_id = ? AND s.status = 'scheduled' AND s.organiser_id IS NOT NULL
         AND s.starts_at >= ? AND s.starts_at + s.duration_min * 60000 <= ? GROUP BY s.organiser_id`,
    )
    .all(orgId, period.from, until) as { id: number; n: number; total: number | null; rated: number }[];
  return new Map(rows.map((r) => [r.id, { sessionsRun: r.n, ratingSum: r.total ?? 0, ratingCount: r.rated }]));
}
