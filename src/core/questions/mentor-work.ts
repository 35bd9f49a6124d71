import type { CoreDeps } from '../kernel/deps.js';
import type { MentorWorkPart } from '../kernel/feature.js';

/** Questions' part of a mentor's record: questions they answered that were closed in the period, and their ratings. */
export function questionsMentorWork(deps: CoreDeps, orgId: number, period: { from: number; to: number }): Map<number, MentorWorkPart> {
  const rows = deps.db
    .prepare(
      `SELECT mentor_id AS id, COUNT(*) AS n, SUM(rating) AS total, COUNT(rating) AS rated FROM questions
       WHERE organisation_id = ? AND status = 'closed' AND mentor_id IS NOT NULL AND first_answer_at IS NOT NULL
         AND closed_at >= ? AND closed_at < ? GROUP BY mentor_id`,
    )
    .all(orgId, period.from, period.to) as { id: number; n: number; total: number | null; rated: number }[];
  return new Map(rows.map((r) => [r.id, { questionsAnswered: r.n, ratingSum: r.total ?? 0, ratingCount: r.rated }]));
}
