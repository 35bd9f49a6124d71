import { randomBytes } from 'node:crypto';
import type { DB } from '../../db/database.js';
import { statement } from '../../db/statement-cache.js';
import type { SurveyDefinition } from './definition.js';

/**
 * The surveys' repository: prepared statements, cached per database. Anonymity lives here:
 * `submitResponse` writes a response under a random id with no person (for an anonymous
 * survey) and no time, marks the participant finished without a time, and drops the draft.
 */

export type Audience =
  | { kind: 'roles'; roles: ('mentor' | 'mentee' | 'staff' | 'curator')[] }
  | { kind: 'source'; source: string; choice: number };

export interface Survey {
  id: number;
  organisationId: number;
  title: string;
  definition: SurveyDefinition;
  anonymous: boolean;
  audience: Audience;
  status: 'open' | 'closed';
  opensAt: number;
  closesAt: number;
  maxReminders: number;
  reminderEveryMs: number;
  liveResults: boolean;
  createdBy: number | null;
  createdAt: number;
  closedAt: number | null;
}

interface SurveyRow {
  id: number;
  organisation_id: number;
  title: string;
  definition: string;
  anonymous: number;
  audience: string;
  status: 'open' | 'closed';
  opens_at: number;
  closes_at: number;
  max_reminders: number;
  reminder_every_ms: number;
  live_results: number;
  created_by: number | null;
  created_at: number;
  closed_at: number | null;
}

function fromRow(r: SurveyRow): Survey {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    title: r.title,
    definition: JSON.parse(r.definition) as SurveyDefinition,
    anonymous: r.anonymous === 1,
    audience: JSON.parse(r.audience) as Audience,
    status: r.status,
    opensAt: r.opens_at,
    closesAt: r.closes_at,
    maxReminders: r.max_reminders,
    reminderEveryMs: r.reminder_every_ms,
    // Never live when anonymous: comparing totals before and after one person finishes would
    // tell what that person answered. Rows written before this rule are read the same way.
    liveResults: r.live_results === 1 && r.anonymous === 0,
    createdBy: r.created_by,
    createdAt: r.created_at,
    closedAt: r.closed_at,
  };
}


export interface NewSurvey {
  organisationId: number;
  definition: SurveyDefinition;
  anonymous: boolean;
  audience: Audience;
  opensAt: number;
  closesAt: number;
  maxReminders: number;
  reminderEveryMs: number;
  liveResults: boolean;
  createdBy: number | null;
  now: number;
}

export function createSurvey(db: DB, s: NewSurvey): number {
  const info = statement(
    db,
    `INSERT INTO surveys (organisation_id, title, definition, anonymous, audience, status, opens_at, closes_at, max_reminders, reminder_every_ms, live_results, created_by, created_at)
     VALUES (?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    s.organisationId,
    s.definition.title,
    JSON.stringify(s.definition),
    s.anonymous ? 1 : 0,
    JSON.stringify(s.audience),
    s.opensAt,
    s.closesAt,
    s.maxReminders,
    s.reminderEveryMs,
    s.liveResults && !s.anonymous ? 1 : 0,
    s.createdBy,
    s.now,
  );
  return Number(info.lastInsertRowid);
}

export function getSurvey(db: DB, orgId: number, id: number): Survey | null {
  const row = statement(db, 'SELECT * FROM surveys WHERE id = ? AND organisation_id = ?').get(id, orgId) as SurveyRow | undefined;
  return row ? fromRow(row) : null;
}

export function listSurveys(db: DB, orgId: number, limit = 20): Survey[] {
  return (statement(db, `SELECT * FROM surveys WHERE organisation_id = ? ORDER BY status = 'open' DESC, id DESC LIMIT ?`).all(orgId, limit) as SurveyRow[]).map(fromRow);
}

export function surveysInPeriod(db: DB, orgId: number, from: number, to: number): Survey[] {
  return (statement(db, 'SELECT * FROM surveys WHERE organisation_id = ? AND opens_at >= ? AND opens_at < ? ORDER BY id').all(orgId, from, to) as SurveyRow[]).map(fromRow);
}

export function closeSurvey(db: DB, id: number, now: number): boolean {
  return statement(db, `UPDATE surveys SET status = 'closed', closed_at = ? WHERE id = ? AND status = 'open'`).run(now, id).changes > 0;
}

/** Turns live results on or off for a named survey; an anonymous one is never changed. */
export function setLiveResults(db: DB, id: number, live: boolean): boolean {
  return statement(db, 'UPDATE surveys SET live_results = ? WHERE id = ? AND anonymous = 0').run(live ? 1 : 0, id).changes > 0;
}

/** Whether per-question results may be shown: after closing, or live for a named survey whose curator chose so. */
export function resultsShown(s: Survey): boolean {
  return s.status === 'closed' || (s.liveResults && !s.anonymous);
}

// ------------------------------------------------------------------ participants

export interface Participant {
  surveyId: number;
  personId: number;
  group: string;
  finished: boolean;
  remindersSent: number;
}

interface ParticipantRow {
  survey_id: number;
  person_id: number;
  audience_group: string;
  finished: number;
  reminders_sent: number;
}

const participantOf = (r: ParticipantRow): Participant => ({
  surveyId: r.survey_id,
  personId: r.person_id,
  group: r.audience_group,
  finished: r.finished === 1,
  remindersSent: r.reminders_sent,
});

export function addParticipant(db: DB, surveyId: number, personId: number, group: string): void {
  statement(db, 'INSERT OR IGNORE INTO survey_participants (survey_id, person_id, audience_group) VALUES (?, ?, ?)').run(surveyId, personId, group);
}

/** How many people a survey asks. */
export function participantCount(db: DB, surveyId: number): number {
  return (statement(db, 'SELECT COUNT(*) AS n FROM survey_participants WHERE survey_id = ?').get(surveyId) as { n: number }).n;
}

export function getParticipant(db: DB, surveyId: number, personId: number): Participant | null {
  const r = statement(db, 'SELECT * FROM survey_participants WHERE survey_id = ? AND person_id = ?').get(surveyId, personId) as ParticipantRow | undefined;
  return r ? participantOf(r) : null;
}

export function unfinishedParticipants(db: DB, surveyId: number): Participant[] {
  return (statement(db, 'SELECT * FROM survey_participants WHERE survey_id = ? AND finished = 0 ORDER BY person_id').all(surveyId) as ParticipantRow[]).map(participantOf);
}

export function countReminder(db: DB, surveyId: number, personId: number): void {
  statement(db, 'UPDATE survey_participants SET reminders_sent = reminders_sent + 1 WHERE survey_id = ? AND person_id = ?').run(surveyId, personId);
}

/** Open surveys this person was asked and has not finished. */
export function openSurveysOf(db: DB, orgId: number, personId: number, now: number): Survey[] {
  return (
    statement(
      db,
      `SELECT s.* FROM surveys s JOIN survey_participants p ON p.survey_id = s.id
       WHERE s.organisation_id = ? AND p.person_id = ? AND p.finished = 0 AND s.status = 'open' AND s.opens_at <= ? ORDER BY s.closes_at`,
    ).all(orgId, personId, now) as SurveyRow[]
  ).map(fromRow);
}

export interface GroupRate {
  group: string;
  asked: number;
  finished: number;
}

export function responseRates(db: DB, surveyId: number): GroupRate[] {
  return statement(
    db,
    'SELECT audience_group AS "group", COUNT(*) AS asked, SUM(finished) AS finished FROM survey_participants WHERE survey_id = ? GROUP BY audience_group ORDER BY audience_group',
  ).all(surveyId) as GroupRate[];
}

// ------------------------------------------------------------------ drafts

export interface DraftState {
  /** Question id → encoded value. */
  answers: Record<string, string>;
  /** Options ticked so far on the current multiple-choice question. */
  picks?: number[];
  /** How many question messages were shown (each has its own key). */
  shown: number;
}

export interface Draft extends DraftState {
  position: number;
}

export function getDraft(db: DB, surveyId: number, personId: number): Draft | null {
  const r = statement(db, 'SELECT position, answers FROM survey_drafts WHERE survey_id = ? AND person_id = ?').get(surveyId, personId) as
    | { position: number; answers: string }
    | undefined;
  if (!r) return null;
  const state = JSON.parse(r.answers) as DraftState;
  return { position: r.position, answers: state.answers ?? {}, picks: state.picks, shown: state.shown ?? 0 };
}

export function saveDraft(db: DB, surveyId: number, personId: number, d: Draft, now: number): void {
  const state: DraftState = { answers: d.answers, picks: d.picks, shown: d.shown };
  statement(
    db,
    `INSERT INTO survey_drafts (survey_id, person_id, position, answers, updated_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (survey_id, person_id) DO UPDATE SET position = excluded.position, answers = excluded.answers, updated_at = excluded.updated_at`,
  ).run(surveyId, personId, d.position, JSON.stringify(state), now);
}

export function deleteDrafts(db: DB, surveyId: number): void {
  statement(db, 'DELETE FROM survey_drafts WHERE survey_id = ?').run(surveyId);
}

// ------------------------------------------------------------------ responses

/** Submits a finished survey: a response (no time; no person if anonymous), the participant finished, the draft gone. */
export function submitResponse(db: DB, survey: Survey, personId: number, group: string, answers: Record<string, string>): void {
  const id = randomBytes(16).toString('hex');
  statement(db, 'INSERT INTO survey_responses (id, survey_id, audience_group, person_id) VALUES (?, ?, ?, ?)').run(
    id,
    survey.id,
    group,
    survey.anonymous ? null : personId,
  );
  const insert = statement(db, 'INSERT INTO survey_answers (response_id, question_id, value) VALUES (?, ?, ?)');
  for (const [questionId, value] of Object.entries(answers)) insert.run(id, questionId, value);
  statement(db, 'UPDATE survey_participants SET finished = 1 WHERE survey_id = ? AND person_id = ?').run(survey.id, personId);
  statement(db, 'DELETE FROM survey_drafts WHERE survey_id = ? AND person_id = ?').run(survey.id, personId);
}

export interface StoredResponse {
  group: string;
  personId: number | null;
  answers: Record<string, string>;
}

export function responsesOf(db: DB, surveyId: number): StoredResponse[] {
  const rows = statement(
    db,
    `SELECT r.id, r.audience_group, r.person_id, a.question_id, a.value FROM survey_responses r
     LEFT JOIN survey_answers a ON a.response_id = r.id WHERE r.survey_id = ? ORDER BY r.id`,
  ).all(surveyId) as { id: string; audience_group: string; person_id: number | null; question_id: string | null; value: string | null }[];
  const byId = new Map<string, StoredResponse>();
  for (const r of rows) {
    let resp = byId.get(r.id);
    if (!resp) byId.set(r.id, (resp = { group: r.audience_group, personId: r.person_id, answers: {} }));
    if (r.question_id !== null && r.value !== null) resp.answers[r.question_id] = r.value;
  }
  return [...byId.values()];
}

/** A person's part of /my_data: named answers and their own drafts; anonymous answers are nobody's. */
export function surveyDataOf(db: DB, personId: number): Record<string, unknown> {
  const named = statement(
    db,
    `SELECT s.title, a.question_id, a.value FROM survey_responses r JOIN surveys s ON s.id = r.survey_id
     JOIN survey_answers a ON a.response_id = r.id WHERE r.person_id = ? ORDER BY s.id`,
  ).all(personId) as { title: string; question_id: string; value: string }[];
  const drafts = statement(db, 'SELECT s.title, d.answers FROM survey_drafts d JOIN surveys s ON s.id = d.survey_id WHERE d.person_id = ?').all(personId) as {
    title: string;
    answers: string;
  }[];
  const participation = statement(
    db,
    'SELECT s.title, p.finished FROM survey_participants p JOIN surveys s ON s.id = p.survey_id WHERE p.person_id = ?',
  ).all(personId) as { title: string; finished: number }[];
  return {
    asked: participation.map((p) => ({ survey: p.title, finished: p.finished === 1 })),
    namedAnswers: named.map((n) => ({ survey: n.title, question: n.question_id, value: n.value })),
    drafts: drafts.map((d) => ({ survey: d.title, answers: (JSON.parse(d.answers) as DraftState).answers })),
  };
}

/** /forget: drafts and participation go; named answers stay as anonymous ones. */
export function forgetSurveyData(db: DB, personId: number): void {
  statement(db, 'DELETE FROM survey_drafts WHERE person_id = ?').run(personId);
  statement(db, 'DELETE FROM survey_participants WHERE person_id = ?').run(personId);
  statement(db, 'UPDATE survey_responses SET person_id = NULL WHERE person_id = ?').run(personId);
}

/** A person deactivated: no longer asked in open surveys (finished ones stay counted). */
export function withdrawFromOpenSurveys(db: DB, personId: number): void {
  statement(db, `DELETE FROM survey_drafts WHERE person_id = ? AND survey_id IN (SELECT id FROM surveys WHERE status = 'open')`).run(personId);
  statement(db, `DELETE FROM survey_participants WHERE person_id = ? AND finished = 0 AND survey_id IN (SELECT id FROM surveys WHERE status = 'open')`).run(personId);
}

/** How many open surveys this person has still to answer. */
export function unansweredCount(db: DB, personId: number, now: number): number {
  return (
    statement(
      db,
      `SELECT COUNT(*) AS n FROM survey_participants p JOIN surveys s ON s.id = p.survey_id WHERE p.person_id = ? AND p.finished = 0 AND s.status = 'open' AND s.opens_at <= ?`,
    ).get(personId, now) as { n: number }
  ).n;
}

