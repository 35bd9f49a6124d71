import type { DB } from '../../../db/database.js';
import type { FileRef } from '../../../messaging/types.js';
import { statement } from '../../../db/statement-cache.js';

/**
 * The questions table and its routing log: a question's row, its state changes, the lists a
 * person or a curator reads. Every statement is a constant text taken from the shared cache.
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

const questions = (db: DB, sql: string, ...args: unknown[]): Question[] => (statement(db, sql).all(...args) as QuestionRow[]).map(fromRow);
const question = (db: DB, sql: string, ...args: unknown[]): Question | null => {
  const row = statement(db, sql).get(...args) as QuestionRow | undefined;
  return row ? fromRow(row) : null;
};

export type NewQuestion = Pick<Question, 'organisationId' | 'askerId' | 'topicId' | 'text' | 'file' | 'urgent'> & { now: number };

const INSERT = `INSERT INTO questions (organisation_id, asker_id, topic_id, text, file, urgent, status, created_at, last_activity_at)
         VALUES (?, ?, ?, ?, ?, ?, 'offered', ?, ?)`;

export function createQuestion(db: DB, q: NewQuestion): Question {
  const info = statement(db, INSERT).run(q.organisationId, q.askerId, q.topicId, q.text, q.file ? JSON.stringify(q.file) : null, q.urgent ? 1 : 0, q.now, q.now);
  const id = Number(info.lastInsertRowid);
  logEvent(db, id, q.now, 'asked', q.askerId);
  return getQuestion(db, id)!;
}

export function getQuestion(db: DB, id: number): Question | null {
  return question(db, 'SELECT * FROM questions WHERE id = ?', id);
}

/** The question in this organisation, or null (a forged id gives null). */
export function getQuestionInOrg(db: DB, orgId: number, id: number): Question | null {
  const q = getQuestion(db, id);
  return q && q.organisationId === orgId ? q : null;
}

export function setStatus(db: DB, id: number, status: QuestionStatus, wave: number): void {
  statement(db, 'UPDATE questions SET status = ?, wave = ? WHERE id = ?').run(status, wave, id);
}

const CLAIM = `UPDATE questions SET status = 'taken', mentor_id = @mentor, taken_at = @now, last_activity_at = @now
         WHERE id = @id AND status IN ('waiting', 'offered', 'escalated')`;

/** The mentor holds the question now; false when it was no longer free (someone was first). */
export function markTaken(db: DB, id: number, mentorId: number, now: number): boolean {
  return statement(db, CLAIM).run({ id, mentor: mentorId, now }).changes === 1;
}

const RELEASE = `UPDATE questions SET status = 'offered', mentor_id = NULL, taken_at = NULL, first_answer_at = NULL, wave = 0, last_activity_at = @now
         WHERE id = @id AND status = 'taken'`;

/** The held question is free again, from wave 0; false when nobody held it. */
export function markReleased(db: DB, id: number, now: number): boolean {
  return statement(db, RELEASE).run({ id, now }).changes === 1;
}

const CLOSE = `UPDATE questions SET status = @status, closed_at = @now, closed_by = @by, last_activity_at = @now
         WHERE id = @id AND status IN ('waiting', 'offered', 'escalated', 'taken')`;

/** An open question is closed (or withdrawn); false when it was no longer open. */
export function markClosed(db: DB, id: number, status: 'closed' | 'withdrawn', by: string, now: number): boolean {
  return statement(db, CLOSE).run({ id, now, by, status }).changes === 1;
}

const REOPEN = `UPDATE questions SET status = 'taken', closed_at = NULL, closed_by = NULL, last_activity_at = @now
         WHERE id = @id AND status = 'closed' AND mentor_id IS NOT NULL`;

/** A closed question goes back to its mentor's conversation; false when it was not closed (or had no mentor). */
export function reopenClosed(db: DB, id: number, now: number): boolean {
  return statement(db, REOPEN).run({ id, now }).changes === 1;
}

/** The asker's rating of a question in this status; false when it was rated already (or is not in it). */
export function markRated(db: DB, id: number, rating: number, status: QuestionStatus): boolean {
  return statement(db, 'UPDATE questions SET rating = ? WHERE id = ? AND status = ? AND rating IS NULL').run(rating, id, status).changes === 1;
}

export function setThanks(db: DB, id: number, thanks: string | null): void {
  statement(db, 'UPDATE questions SET thanks = ? WHERE id = ?').run(thanks, id);
}

/** Something happened in the question's conversation now. */
export function touchQuestion(db: DB, id: number, now: number): void {
  statement(db, 'UPDATE questions SET last_activity_at = ? WHERE id = ?').run(now, id);
}

/** The mentor's first answer, kept once. */
export function markFirstAnswer(db: DB, id: number, now: number): void {
  statement(db, 'UPDATE questions SET first_answer_at = ? WHERE id = ? AND first_answer_at IS NULL').run(now, id);
}

const EVENT = 'INSERT INTO question_events (question_id, at, kind, person_id, detail) VALUES (?, ?, ?, ?, ?)';

export function logEvent(db: DB, questionId: number, at: number, kind: string, personId: number | null = null, detail: string | null = null): void {
  statement(db, EVENT).run(questionId, at, kind, personId, detail);
}

export function questionsAskedBy(db: DB, personId: number, limit = 20): Question[] {
  return questions(db, 'SELECT * FROM questions WHERE asker_id = ? ORDER BY id DESC LIMIT ?', personId, limit);
}

export function openQuestionsAskedBy(db: DB, personId: number): Question[] {
  return questions(db, `SELECT * FROM questions WHERE asker_id = ? AND status IN ('waiting','offered','escalated','taken') ORDER BY id`, personId);
}

export function questionsHeldBy(db: DB, mentorId: number): Question[] {
  return questions(db, `SELECT * FROM questions WHERE mentor_id = ? AND status = 'taken' ORDER BY id`, mentorId);
}

/** Questions in conversation where the person is the asker or the mentor. */
export function conversationsOf(db: DB, personId: number): Question[] {
  return questions(db, `SELECT * FROM questions WHERE status = 'taken' AND (asker_id = @p OR mentor_id = @p) ORDER BY id`, { p: personId });
}

/** The person's latest question (whatever its state), or null. */
export function lastQuestionAskedBy(db: DB, personId: number): Question | null {
  return question(db, 'SELECT * FROM questions WHERE asker_id = ? ORDER BY id DESC LIMIT 1', personId);
}

export function openQuestionsOfOrg(db: DB, orgId: number, limit = 50): Question[] {
  return questions(
    db,
    `SELECT * FROM questions WHERE organisation_id = ? AND status IN ('waiting','offered','escalated','taken') ORDER BY created_at LIMIT ?`,
    orgId,
    limit,
  );
}

export function recordMessage(db: DB, questionId: number, fromId: number, now: number, text: string, file: FileRef | null): void {
  statement(db, 'INSERT INTO question_messages (question_id, from_person_id, at, text, file) VALUES (?, ?, ?, ?, ?)').run(
    questionId,
    fromId,
    now,
    text,
    file ? JSON.stringify(file) : null,
  );
}

export function focusOf(db: DB, personId: number): number | null {
  return (statement(db, 'SELECT question_id FROM question_focus WHERE person_id = ?').get(personId) as { question_id: number } | undefined)?.question_id ?? null;
}

const SET_FOCUS =
  'INSERT INTO question_focus (person_id, question_id) VALUES (?, ?) ON CONFLICT (person_id) DO UPDATE SET question_id = excluded.question_id';

export function setFocus(db: DB, personId: number, questionId: number): void {
  statement(db, SET_FOCUS).run(personId, questionId);
}
