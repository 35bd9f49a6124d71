import type { Statement } from 'better-sqlite3';
import type { DB } from '../../db/database.js';

/**
 * The curator's figures, from the routing log and the questions themselves: per mentor the
 * questions taken, the median time to take and to the first answer, the average rating; per
 * topic the questions that found no competent mentor at all (a gap the programme should fill).
 */

export interface MentorFigures {
  personId: number;
  taken: number;
  medianTakeMs: number | null;
  medianFirstAnswerMs: number | null;
  averageRating: number | null;
}

export interface TopicGap {
  topicId: number;
  questions: number;
}

const cache = new WeakMap<DB, { takes: Statement; answers: Statement; gaps: Statement }>();
function stmts(db: DB) {
  let s = cache.get(db);
  if (!s) {
    s = {
      takes: db.prepare(
        `SELECT e.person_id AS personId, e.at - q.created_at AS ms FROM question_events e JOIN questions q ON q.id = e.question_id
         WHERE q.organisation_id = ? AND e.kind IN ('taken', 'assigned') AND e.at >= ? AND e.at < ? ORDER BY e.person_id`,
      ),
      answers: db.prepare(
        `SELECT mentor_id AS personId, first_answer_at - taken_at AS ms, rating FROM questions
         WHERE organisation_id = ? AND mentor_id IS NOT NULL AND created_at >= ? AND created_at < ?`,
      ),
      gaps: db.prepare(
        `SELECT q.topic_id AS topicId, COUNT(DISTINCT q.id) AS questions FROM question_events e JOIN questions q ON q.id = e.question_id
         WHERE q.organisation_id = ? AND e.kind = 'escalated' AND e.detail = 'no_candidates' AND e.at >= ? AND e.at < ?
         GROUP BY q.topic_id ORDER BY questions DESC`,
      ),
    };
    cache.set(db, s);
  }
  return s;
}

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

export function mentorFigures(db: DB, orgId: number, since = 0, until = Number.MAX_SAFE_INTEGER): MentorFigures[] {
  const s = stmts(db);
  const byPerson = new Map<number, { takes: number[]; answers: number[]; ratings: number[] }>();
  const of = (id: number) => {
    let x = byPerson.get(id);
    if (!x) byPerson.set(id, (x = { takes: [], answers: [], ratings: [] }));
    return x;
  };
  for (const r of s.takes.all(orgId, since, until) as { personId: number; ms: number }[]) of(r.personId).takes.push(r.ms);
  for (const r of s.answers.all(orgId, since, until) as { personId: number; ms: number | null; rating: number | null }[]) {
    if (r.ms !== null) of(r.personId).answers.push(r.ms);
    if (r.rating !== null) of(r.personId).ratings.push(r.rating);
  }
  return [...byPerson.entries()]
    .map(([personId, x]) => ({
      personId,
      taken: x.takes.length,
      medianTakeMs: median(x.takes),
      medianFirstAnswerMs: median(x.answers),
      averageRating: x.ratings.length ? x.ratings.reduce((a, b) => a + b, 0) / x.ratings.length : null,
    }))
    .sort((a, b) => b.taken - a.taken || a.personId - b.personId);
}

export function topicGaps(db: DB, orgId: number, since = 0, until = Number.MAX_SAFE_INTEGER): TopicGap[] {
  return stmts(db).gaps.all(orgId, since, until) as TopicGap[];
}
