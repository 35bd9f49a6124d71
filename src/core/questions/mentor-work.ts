import type { CoreDeps } from '../kernel/deps.js';
import type { MentorWorkPart } from '../kernel/feature.js';
import { answeredByMentor } from './question.js';

/** Questions' part of a mentor's record: questions they answered that were closed in the period, and their ratings. */
export function questionsMentorWork(deps: CoreDeps, orgId: number, period: { from: number; to: number }): Map<number, MentorWorkPart> {
  const rows = answeredByMentor(deps.db, orgId, period);
  return new Map(rows.map((r) => [r.id, { questionsAnswered: r.n, ratingSum: r.total ?? 0, ratingCount: r.rated }]));
}
