/**
 * A question of situational mentoring and its store: the question row and its routing log
 * (store/questions.ts), its offers to mentors and the routing walk (store/offers.ts), the
 * figures read over a period (store/figures.ts), a person's data (store/person-data.ts). The
 * store is the only place questions' SQL lives; every statement comes from `statement(db, sql)`.
 */

export * from './store/questions.js';
export * from './store/offers.js';
export * from './store/figures.js';
export * from './store/person-data.js';

/** The message key of a person's offer of a question (edited when someone takes it). */
export const offerKey = (questionId: number) => `q${questionId}-offer`;
/** The outbox source of everything a question sends (reply-to mapping reads it back). */
export const sourceOf = (questionId: number) => `question:${questionId}`;
export function questionIdOfSource(source: string | null): number | null {
  const m = /^question:(\d+)$/.exec(source ?? '');
  return m ? Number(m[1]) : null;
}
