import type Database from 'better-sqlite3';
import type { DB } from '../../db/database.js';
import type { FileRef } from '../../messaging/types.js';
import { statement } from '../../db/statement-cache.js';

/**
 * A question of situational mentoring and its repository: the question row, its offers to
 * mentors, its routing log and its conversation. Statements are prepared once per database.
 */

export type QuestionStatus = 'waiting' | 'offered' | 'escalated' | 'taken' | 'closed' | 'withdrawn';
export const OPEN_STATUSES: readonly QuestionStatus[] = ['waiting', 'offered', 'escalated', 'taken'];
/** Statuses in which nobody holds the question yet and a mentor may take it. */
export const UNCLAIMED: readonly QuestionStatus[] = ['waiting', 'offered', 'escalated'];

export interface Question {
  id: number;
  organisationId: number;
  askerId: number;
  topicId: number;
  text: string;
  file: FileRef | null;
  urgent: boolean;
  status: QuestionStatus;
  mentorId: number | null;
  wave: number;
  createdAt: number;
  takenAt: number | null;
  firstAnswerAt: number | null;
  lastActivityAt: number;
  closedAt: number | null;
  closedBy: string | null;
  rating: number | null;
  thanks: string | null;
}

interface QuestionRow {
  id: number;
  organisation_id: number;
  asker_id: number;
  topic_id: number;
  text: string;
  file: string | null;
  urgent: number;
  status: QuestionStatus;
  mentor_id: number | null;
  wave: number;
  created_at: number;
  taken_at: number | null;
  first_answer_at: number | null;
  last_activity_at: number;
  closed_at: number | null;
  closed_by: string | null;
  rating: number | null;
  thanks: string | null;
}

function fromRow(r: QuestionRow): Question {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    askerId: r.asker_id,
    topicId: r.topic_id,
    text: r.text,
    file: r.file ? (JSON.parse(r.file) as FileRef) : null,
    urgent: r.urgent === 1,
    status: r.status,
    mentorId: r.mentor_id,
    wave: r.wave,
    createdAt: r.created_at,
    takenAt: r.taken_at,
    firstAnswerAt: r.first_answer_at,
    lastActivityAt: r.last_activity_at,
    closedAt: r.closed_at,
    closedBy: r.closed_by,
    rating: r.rating,
    thanks: r.thanks,
  };
}

export type OfferAnswer = 'taken' | 'declined' | 'lost' | 'withdrawn';

export interface Offer {
  questionId: number;
  personId: number;
  wave: number;
  offeredAt: number;
  answer: OfferAnswer | null;
}

export interface NewQuestion {
  organisationId: number;
  askerId: number;
  topicId: number;
  text: string;
  file: FileRef | null;
  urgent: boolean;
  now: number;
}

/** The prepared statements of questions, one set per database. */
class QuestionStore {
  readonly s;
  constructor(db: DB) {
    const p = (sql: string) => db.prepare(sql);
    this.s = {
      insert: p(
        `INSERT INTO questions (organisation_id, asker_id, topic_id, text, file, urgent, status, created_at, last_activity_at)
         VALUES (?, ?, ?, ?, ?, ?, 'offered', ?, ?)`,
      ),
      get: p('SELECT * FROM questions WHERE id = ?'),
      setStatus: p('UPDATE questions SET status = ?, wave = ? WHERE id = ?'),
      claim: p(
        `UPDATE questions SET status = 'taken', mentor_id = @mentor, taken_at = @now, last_activity_at = @now
         WHERE id = @id AND status IN ('waiting', 'offered', 'escalated')`,
      ),
      release: p(
        `UPDATE questions SET status = 'offered', mentor_id = NULL, taken_at = NULL, first_answer_at = NULL, wave = 0, last_activity_at = @now
         WHERE id = @id AND status = 'taken'`,
      ),
      close: p(
        `UPDATE questions SET status = @status, closed_at = @now, closed_by = @by, last_activity_at = @now
         WHERE id = @id AND status IN ('waiting', 'offered', 'escalated', 'taken')`,
      ),
      reopen: p(
        `UPDATE questions SET status = 'taken', closed_at = NULL, closed_by = NULL, last_activity_at = @now
         WHERE id = @id AND status = 'closed' AND mentor_id IS NOT NULL`,
      ),
      lastOfAsker: p('SELECT * FROM questions WHERE asker_id = ? ORDER BY id DESC LIMIT 1'),
      declinedBy: p(`SELECT person_id FROM question_offers WHERE question_id = ? AND answer = 'declined'`),
      touch: p('UPDATE questions SET last_activity_at = ? WHERE id = ?'),
      firstAnswer: p('UPDATE questions SET first_answer_at = ? WHERE id = ? AND first_answer_at IS NULL'),
      rate: p('UPDATE questions SET rating = ? WHERE id = ? AND status = ? AND rating IS NULL'),
      thanks: p('UPDATE questions SET thanks = ? WHERE id = ?'),
      ofAsker: p('SELECT * FROM questions WHERE asker_id = ? ORDER BY id DESC LIMIT ?'),
      openOfAsker: p(`SELECT * FROM questions WHERE asker_id = ? AND status IN ('waiting','offered','escalated','taken') ORDER BY id`),
      takenOfMentor: p(`SELECT * FROM questions WHERE mentor_id = ? AND status = 'taken' ORDER BY id`),
      conversationsOf: p(`SELECT * FROM questions WHERE status = 'taken' AND (asker_id = @p OR mentor_id = @p) ORDER BY id`),
      openOfOrg: p(`SELECT * FROM questions WHERE organisation_id = ? AND status IN ('waiting','offered','escalated','taken') ORDER BY created_at LIMIT ?`),
      offer: p(
        `INSERT INTO question_offers (question_id, person_id, wave, offered_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (question_id, person_id) DO UPDATE SET wave = excluded.wave, offered_at = excluded.offered_at, answer = NULL, answered_at = NULL`,
      ),
      getOffer: p('SELECT question_id, person_id, wave, offered_at, answer FROM question_offers WHERE question_id = ? AND person_id = ?'),
      openOffers: p('SELECT question_id, person_id, wave, offered_at, answer FROM question_offers WHERE question_id = ? AND answer IS NULL'),
      openOffersOfPerson: p('SELECT question_id, person_id, wave, offered_at, answer FROM question_offers WHERE person_id = ? AND answer IS NULL'),
      answerOffer: p('UPDATE question_offers SET answer = ?, answered_at = ? WHERE question_id = ? AND person_id = ? AND answer IS NULL'),
      offersOfQuestion: p('SELECT question_id, person_id, wave, offered_at, answer FROM question_offers WHERE question_id = ?'),
      event: p('INSERT INTO question_events (question_id, at, kind, person_id, detail) VALUES (?, ?, ?, ?, ?)'),
      message: p('INSERT INTO question_messages (question_id, from_person_id, at, text, file) VALUES (?, ?, ?, ?, ?)'),
      statsOffered: p(
        `INSERT INTO question_mentor_stats (person_id, last_offered_at) VALUES (?, ?)
         ON CONFLICT (person_id) DO UPDATE SET last_offered_at = excluded.last_offered_at`,
      ),
      statsOpen: p(
        `INSERT INTO question_mentor_stats (person_id, open_count) VALUES (@p, MAX(0, @d))
         ON CONFLICT (person_id) DO UPDATE SET open_count = MAX(0, open_count + @d)`,
      ),
      statsRated: p(
        `INSERT INTO question_mentor_stats (person_id, rating_sum, rating_count, rating_avg) VALUES (@p, @r, 1, @r)
         ON CONFLICT (person_id) DO UPDATE SET rating_sum = rating_sum + @r, rating_count = rating_count + 1,
           rating_avg = CAST(rating_sum + @r AS REAL) / (rating_count + 1)`,
      ),
      focus: p('SELECT question_id FROM question_focus WHERE person_id = ?'),
      setFocus: p(
        'INSERT INTO question_focus (person_id, question_id) VALUES (?, ?) ON CONFLICT (person_id) DO UPDATE SET question_id = excluded.question_id',
      ),
    } satisfies Record<string, Database.Statement>;
  }
}

const stores = new WeakMap<DB, QuestionStore>();
export function store(db: DB): QuestionStore['s'] {
  let s = stores.get(db);
  if (!s) stores.set(db, (s = new QuestionStore(db)));
  return s.s;
}

export function createQuestion(db: DB, q: NewQuestion): Question {
  const info = store(db).insert.run(q.organisationId, q.askerId, q.topicId, q.text, q.file ? JSON.stringify(q.file) : null, q.urgent ? 1 : 0, q.now, q.now);
  const id = Number(info.lastInsertRowid);
  logEvent(db, id, q.now, 'asked', q.askerId);
  return getQuestion(db, id)!;
}

export function getQuestion(db: DB, id: number): Question | null {
  const row = store(db).get.get(id) as QuestionRow | undefined;
  return row ? fromRow(row) : null;
}

/** The question in this organisation, or null (a forged id gives null). */
export function getQuestionInOrg(db: DB, orgId: number, id: number): Question | null {
  const q = getQuestion(db, id);
  return q && q.organisationId === orgId ? q : null;
}

export function setStatus(db: DB, id: number, status: QuestionStatus, wave: number): void {
  store(db).setStatus.run(status, wave, id);
}

export function logEvent(db: DB, questionId: number, at: number, kind: string, personId: number | null = null, detail: string | null = null): void {
  store(db).event.run(questionId, at, kind, personId, detail);
}

const offerFromRow = (r: { question_id: number; person_id: number; wave: number; offered_at: number; answer: OfferAnswer | null }): Offer => ({
  questionId: r.question_id,
  personId: r.person_id,
  wave: r.wave,
  offeredAt: r.offered_at,
  answer: r.answer,
});

export function getOffer(db: DB, questionId: number, personId: number): Offer | null {
  const row = store(db).getOffer.get(questionId, personId) as Parameters<typeof offerFromRow>[0] | undefined;
  return row ? offerFromRow(row) : null;
}

export function openOffers(db: DB, questionId: number): Offer[] {
  return (store(db).openOffers.all(questionId) as Parameters<typeof offerFromRow>[0][]).map(offerFromRow);
}

export function openOffersOfPerson(db: DB, personId: number): Offer[] {
  return (store(db).openOffersOfPerson.all(personId) as Parameters<typeof offerFromRow>[0][]).map(offerFromRow);
}

export function offersOf(db: DB, questionId: number): Offer[] {
  return (store(db).offersOfQuestion.all(questionId) as Parameters<typeof offerFromRow>[0][]).map(offerFromRow);
}

export function recordOffer(db: DB, questionId: number, personId: number, wave: number, now: number): void {
  const s = store(db);
  s.offer.run(questionId, personId, wave, now);
  s.statsOffered.run(personId, now);
  logEvent(db, questionId, now, 'offered', personId, String(wave));
}

export function answerOffer(db: DB, questionId: number, personId: number, answer: OfferAnswer, now: number): boolean {
  return store(db).answerOffer.run(answer, now, questionId, personId).changes === 1;
}

/** Open questions a mentor holds go up or down by `delta`. */
export function adjustOpenCount(db: DB, personId: number, delta: number): void {
  store(db).statsOpen.run({ p: personId, d: delta });
}

export function recordRating(db: DB, mentorId: number, rating: number): void {
  store(db).statsRated.run({ p: mentorId, r: rating });
}

export function questionsAskedBy(db: DB, personId: number, limit = 20): Question[] {
  return (store(db).ofAsker.all(personId, limit) as QuestionRow[]).map(fromRow);
}

export function openQuestionsAskedBy(db: DB, personId: number): Question[] {
  return (store(db).openOfAsker.all(personId) as QuestionRow[]).map(fromRow);
}

export function questionsHeldBy(db: DB, mentorId: number): Question[] {
  return (store(db).takenOfMentor.all(mentorId) as QuestionRow[]).map(fromRow);
}

/** Questions in conversation where the person is the asker or the mentor. */
export function conversationsOf(db: DB, personId: number): Question[] {
  return (store(db).conversationsOf.all({ p: personId }) as QuestionRow[]).map(fromRow);
}

/** The person's latest question (whatever its state), or null. */
export function lastQuestionAskedBy(db: DB, personId: number): Question | null {
  const row = store(db).lastOfAsker.get(personId) as QuestionRow | undefined;
  return row ? fromRow(row) : null;
}

/** A closed question goes back to its mentor's conversation; false when it was not closed (or had no mentor). */
export function reopenClosed(db: DB, id: number, now: number): boolean {
  return store(db).reopen.run({ id, now }).changes === 1;
}

/** Who said «Не могу» to this question. */
export function declinersOf(db: DB, questionId: number): number[] {
  return (store(db).declinedBy.all(questionId) as { person_id: number }[]).map((r) => r.person_id);
}

export function openQuestionsOfOrg(db: DB, orgId: number, limit = 50): Question[] {
  return (store(db).openOfOrg.all(orgId, limit) as QuestionRow[]).map(fromRow);
}

export function recordMessage(db: DB, questionId: number, fromId: number, now: number, text: string, file: FileRef | null): void {
  store(db).message.run(questionId, fromId, now, text, file ? JSON.stringify(file) : null);
}

export function focusOf(db: DB, personId: number): number | null {
  return (store(db).focus.get(personId) as { question_id: number } | undefined)?.question_id ?? null;
}

export function setFocus(db: DB, personId: number, questionId: number): void {
  store(db).setFocus.run(personId, questionId);
}

/** The message key of a person's offer of a question (edited when someone takes it). */
export const offerKey = (questionId: number) => `q${questionId}-offer`;
/** The outbox source of everything a question sends (reply-to mapping reads it back). */
export const sourceOf = (questionId: number) => `question:${questionId}`;
export function questionIdOfSource(source: string | null): number | null {
  const m = /^question:(\d+)$/.exec(source ?? '');
  return m ? Number(m[1]) : null;
}

/** Everything stored of one person in situational mentoring (their /my_data). */
export function questionDataOf(db: DB, personId: number) {
  return {
    asked: statement(db, 'SELECT id, topic_id, text, urgent, status, created_at, closed_at, rating, thanks FROM questions WHERE asker_id = ? ORDER BY id').all(personId) as {
      id: number;
      topic_id: number;
      text: string;
      urgent: number;
      status: string;
      created_at: number;
      closed_at: number | null;
      rating: number | null;
      thanks: string | null;
    }[],
    helped: statement(db, 'SELECT id, topic_id, status, taken_at, closed_at, rating FROM questions WHERE mentor_id = ? ORDER BY id').all(personId) as {
      id: number;
      topic_id: number;
      status: string;
      taken_at: number | null;
      closed_at: number | null;
      rating: number | null;
    }[],
    written: statement(db, 'SELECT question_id, at, text, file IS NOT NULL AS has_file FROM question_messages WHERE from_person_id = ? ORDER BY id').all(personId) as {
      question_id: number;
      at: number;
      text: string;
      has_file: number;
    }[],
    offers: statement(db, 'SELECT question_id, wave, offered_at, answer FROM question_offers WHERE person_id = ? ORDER BY offered_at').all(personId) as {
      question_id: number;
      wave: number;
      offered_at: number;
      answer: string | null;
    }[],
    events: statement(db, 'SELECT question_id, at, kind, detail FROM question_events WHERE person_id = ? ORDER BY id').all(personId) as {
      question_id: number;
      at: number;
      kind: string;
      detail: string | null;
    }[],
  };
}

/**
 * A person's words leave situational mentoring: their questions' texts, files and thanks, what
 * they wrote in conversations, the reasons they gave; returns the questions they asked.
 */
export function forgetWordsOf(db: DB, personId: number): number[] {
  statement(db, `UPDATE questions SET text = '', file = NULL, thanks = NULL WHERE asker_id = ?`).run(personId);
  statement(db, `UPDATE question_messages SET text = '', file = NULL WHERE from_person_id = ?`).run(personId);
  // A reason they gave for handing a question on is their words; ids and numbers are not.
  statement(db, `UPDATE question_events SET detail = NULL WHERE person_id = ? AND detail GLOB '*[^0-9]*'`).run(personId);
  statement(db, 'DELETE FROM question_focus WHERE person_id = ?').run(personId);
  return (statement(db, 'SELECT id FROM questions WHERE asker_id = ?').all(personId) as { id: number }[]).map((r) => r.id);
}

