import type { DB } from '../../../db/database.js';
import { statement } from '../../../db/statement-cache.js';

/** What the curator's figures, the year-end report and a mentor's record read of questions over a period. */

/** How long after it was asked each question was taken (or assigned), by whom. */
export function takeTimes(db: DB, orgId: number, since: number, until: number): { personId: number; ms: number }[] {
  return statement(
    db,
    `SELECT e.person_id AS personId, e.at - q.created_at AS ms FROM question_events e JOIN questions q ON q.id = e.question_id
         WHERE q.organisation_id = ? AND e.kind IN ('taken', 'assigned') AND e.at >= ? AND e.at < ? ORDER BY e.person_id`,
  ).all(orgId, since, until) as { personId: number; ms: number }[];
}

/** Per question asked in the period and held by a mentor: the time from taking to the first answer, and its rating. */
export function answerTimes(db: DB, orgId: number, since: number, until: number): { personId: number; ms: number | null; rating: number | null }[] {
  return statement(
    db,
    `SELECT mentor_id AS personId, first_answer_at - taken_at AS ms, rating FROM questions
         WHERE organisation_id = ? AND mentor_id IS NOT NULL AND created_at >= ? AND created_at < ?`,
  ).all(orgId, since, until) as { personId: number; ms: number | null; rating: number | null }[];
}

export interface TopicGap {
  topicId: number;
  questions: number;
}

/** Per topic the questions that found no competent mentor at all, most first. */
export function topicGaps(db: DB, orgId: number, since = 0, until = Number.MAX_SAFE_INTEGER): TopicGap[] {
  return statement(
    db,
    `SELECT q.topic_id AS topicId, COUNT(DISTINCT q.id) AS questions FROM question_events e JOIN questions q ON q.id = e.question_id
         WHERE q.organisation_id = ? AND e.kind = 'escalated' AND e.detail = 'no_candidates' AND e.at >= ? AND e.at < ?
         GROUP BY q.topic_id ORDER BY questions DESC`,
  ).all(orgId, since, until) as TopicGap[];
}

export interface QuestionTotals {
  asked: number;
  closed: number | null;
  rated: number | null;
  rating: number | null;
  escalated: number | null;
}

/** The questions asked in the period: how many, closed, rated, escalated, and the average rating. */
export function questionTotals(db: DB, orgId: number, period: { from: number; to: number }): QuestionTotals {
  return statement(
    db,
    `SELECT COUNT(*) AS asked, SUM(status = 'closed') AS closed, SUM(rating IS NOT NULL) AS rated, AVG(rating) AS rating,
              SUM(EXISTS (SELECT 1 FROM question_events e WHERE e.question_id = questions.id AND e.kind = 'escalated')) AS escalated
       FROM questions WHERE organisation_id = ? AND created_at >= ? AND created_at < ?`,
  ).get(orgId, period.from, period.to) as QuestionTotals;
}

/** Per mentor: the questions they answered that were closed in the period, and the sum and count of their ratings. */
export function answeredByMentor(db: DB, orgId: number, period: { from: number; to: number }): { id: number; n: number; total: number | null; rated: number }[] {
  return statement(
    db,
    `SELECT mentor_id AS id, COUNT(*) AS n, SUM(rating) AS total, COUNT(rating) AS rated FROM questions
       WHERE organisation_id = ? AND status = 'closed' AND mentor_id IS NOT NULL AND first_answer_at IS NOT NULL
         AND closed_at >= ? AND closed_at < ? GROUP BY mentor_id`,
  ).all(orgId, period.from, period.to) as { id: number; n: number; total: number | null; rated: number }[];
}
