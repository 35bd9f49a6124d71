import type { DB } from '../../db/database.js';
import { answerTimes, takeTimes } from './question.js';

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

export function median(values: number[]): number | null {
  if (!values.length) return null;
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

export function mentorFigures(db: DB, orgId: number, since = 0, until = Number.MAX_SAFE_INTEGER): MentorFigures[] {
  const byPerson = new Map<number, { takes: number[]; answers: number[]; ratings: number[] }>();
  const of = (id: number) => {
    let x = byPerson.get(id);
    if (!x) byPerson.set(id, (x = { takes: [], answers: [], ratings: [] }));
    return x;
  };
  for (const r of takeTimes(db, orgId, since, until)) of(r.personId).takes.push(r.ms);
  for (const r of answerTimes(db, orgId, since, until)) {
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
