import type { DB } from '../../../db/database.js';
import { statement } from '../../../db/statement-cache.js';
import { logEvent } from './questions.js';

/**
 * A question's offers to mentors and the mentors' running figures (open questions, last offer,
 * rating) that order the routing walk, and the walk itself.
 */

export type OfferAnswer = 'taken' | 'declined' | 'lost' | 'withdrawn';

export interface Offer {
  questionId: number;
  personId: number;
  wave: number;
  offeredAt: number;
  answer: OfferAnswer | null;
}

interface OfferRow {
  question_id: number;
  person_id: number;
  wave: number;
  offered_at: number;
  answer: OfferAnswer | null;
}

const offerFromRow = (r: OfferRow): Offer => ({
  questionId: r.question_id,
  personId: r.person_id,
  wave: r.wave,
  offeredAt: r.offered_at,
  answer: r.answer,
});

const offers = (db: DB, sql: string, ...args: unknown[]): Offer[] => (statement(db, sql).all(...args) as OfferRow[]).map(offerFromRow);

export function getOffer(db: DB, questionId: number, personId: number): Offer | null {
  const row = statement(db, 'SELECT question_id, person_id, wave, offered_at, answer FROM question_offers WHERE question_id = ? AND person_id = ?').get(
    questionId,
    personId,
  ) as OfferRow | undefined;
  return row ? offerFromRow(row) : null;
}

export function openOffers(db: DB, questionId: number): Offer[] {
  return offers(db, 'SELECT question_id, person_id, wave, offered_at, answer FROM question_offers WHERE question_id = ? AND answer IS NULL', questionId);
}

export function openOffersOfPerson(db: DB, personId: number): Offer[] {
  return offers(db, 'SELECT question_id, person_id, wave, offered_at, answer FROM question_offers WHERE person_id = ? AND answer IS NULL', personId);
}

export function offersOf(db: DB, questionId: number): Offer[] {
  return offers(db, 'SELECT question_id, person_id, wave, offered_at, answer FROM question_offers WHERE question_id = ?', questionId);
}

const OFFER = `INSERT INTO question_offers (question_id, person_id, wave, offered_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (question_id, person_id) DO UPDATE SET wave = excluded.wave, offered_at = excluded.offered_at, answer = NULL, answered_at = NULL`;

/** The offer row alone (open again if it was answered), without the mentor's figures or the log. */
export function putOffer(db: DB, questionId: number, personId: number, wave: number, now: number): void {
  statement(db, OFFER).run(questionId, personId, wave, now);
}

const STATS_OFFERED = `INSERT INTO question_mentor_stats (person_id, last_offered_at) VALUES (?, ?)
         ON CONFLICT (person_id) DO UPDATE SET last_offered_at = excluded.last_offered_at`;

export function recordOffer(db: DB, questionId: number, personId: number, wave: number, now: number): void {
  putOffer(db, questionId, personId, wave, now);
  statement(db, STATS_OFFERED).run(personId, now);
  logEvent(db, questionId, now, 'offered', personId, String(wave));
}

export function answerOffer(db: DB, questionId: number, personId: number, answer: OfferAnswer, now: number): boolean {
  return (
    statement(db, 'UPDATE question_offers SET answer = ?, answered_at = ? WHERE question_id = ? AND person_id = ? AND answer IS NULL').run(
      answer,
      now,
      questionId,
      personId,
    ).changes === 1
  );
}

/** Who said «Не могу» to this question. */
export function declinersOf(db: DB, questionId: number): number[] {
  return (statement(db, `SELECT person_id FROM question_offers WHERE question_id = ? AND answer = 'declined'`).all(questionId) as { person_id: number }[]).map(
    (r) => r.person_id,
  );
}

const STATS_OPEN = `INSERT INTO question_mentor_stats (person_id, open_count) VALUES (@p, MAX(0, @d))
         ON CONFLICT (person_id) DO UPDATE SET open_count = MAX(0, open_count + @d)`;

/** Open questions a mentor holds go up or down by `delta`. */
export function adjustOpenCount(db: DB, personId: number, delta: number): void {
  statement(db, STATS_OPEN).run({ p: personId, d: delta });
}

const STATS_RATED = `INSERT INTO question_mentor_stats (person_id, rating_sum, rating_count, rating_avg) VALUES (@p, @r, 1, @r)
         ON CONFLICT (person_id) DO UPDATE SET rating_sum = rating_sum + @r, rating_count = rating_count + 1,
           rating_avg = CAST(rating_sum + @r AS REAL) / (rating_count + 1)`;

export function recordRating(db: DB, mentorId: number, rating: number): void {
  statement(db, STATS_RATED).run({ p: mentorId, r: rating });
}

/** A mentor as the routing walk reads them: their zone and contact window, their load and rating. */
export interface Candidate {
  id: number;
  zone: string;
  days: number;
  from: number;
  to: number;
  openCount: number;
  lastOfferedAt: number;
  rating: number;
}

/**
 * Who may be offered a question now, in routing order: active people competent in its topic,
 * not the asker, not paused, reachable in some messenger, under their open-question cap, not
 * offered this question before; fewest open questions first, then longest since their last
 * offer, then rating. The walk follows the index question_mentor_order, probing the topic and
 * the person by primary key: CROSS JOIN fixes that order.
 */
export const CANDIDATES_SQL = `
SELECT s.person_id AS id, COALESCE(p.timezone, @zone) AS zone, p.contact_days AS days, p.contact_from AS "from", p.contact_to AS "to",
       s.open_count AS openCount, s.last_offered_at AS lastOfferedAt, s.rating_avg AS rating
FROM question_mentor_stats s INDEXED BY question_mentor_order
CROSS JOIN person_topics pt
CROSS JOIN persons p
WHERE s.open_count < @cap
  AND pt.person_id = s.person_id AND pt.topic_id = @topic AND pt.kind = 'offers'
  AND p.id = s.person_id AND p.organisation_id = @org AND p.status = 'active' AND p.id != @asker
  AND (p.paused_until IS NULL OR p.paused_until <= @now)
  AND NOT EXISTS (SELECT 1 FROM question_offers o WHERE o.question_id = @question AND o.person_id = s.person_id)
  AND EXISTS (SELECT 1 FROM accounts a WHERE a.person_id = s.person_id AND a.reachable = 1)
ORDER BY s.open_count, s.last_offered_at, s.rating_avg DESC, s.person_id`;

export interface CandidateQuery {
  orgId: number;
  orgZone: string;
  topicId: number;
  askerId: number;
  questionId: number;
  cap: number;
  now: number;
}

/** The candidates one by one in routing order; the caller stops reading (`return()`) once it has enough. */
export function candidatesInOrder(db: DB, q: CandidateQuery): IterableIterator<Candidate> {
  return statement(db, CANDIDATES_SQL).iterate({
    zone: q.orgZone,
    topic: q.topicId,
    org: q.orgId,
    asker: q.askerId,
    now: q.now,
    cap: q.cap,
    question: q.questionId,
  }) as IterableIterator<Candidate>;
}
