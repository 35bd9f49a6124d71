import type { Statement } from 'better-sqlite3';
import type { DB } from '../../db/database.js';
import { statement } from '../../db/statement-cache.js';

/** A speed-mentoring session and the places people hold in it: the sessions' store, the only place their SQL lives. */

export type PlaceKind = 'room' | 'online';
export type SessionAudience = 'all' | 'mentees' | 'topic' | 'people';
export type SessionStatus = 'scheduled' | 'cancelled';
export type PlaceState = 'seat' | 'waiting' | 'left';

export interface Session {
  id: number;
  organisationId: number;
  topicId: number | null;
  title: string;
  description: string;
  organiserId: number | null;
  /** Who set the session up when the host (the organiser) is a colleague she chose; null when the host did. */
  createdBy: number | null;
  /** The host when not the organiser (a colleague or an outside guest), by name. */
  guestName: string | null;
  startsAt: number;
  durationMin: number;
  placeKind: PlaceKind;
  place: string;
  seats: number;
  audience: SessionAudience;
  status: SessionStatus;
  createdAt: number;
  cancelledAt: number | null;
}

export interface Participant {
  sessionId: number;
  personId: number;
  state: PlaceState;
  seq: number;
  joinedAt: number;
  leftAt: number | null;
  leftReason: string | null;
  attended: boolean | null;
  rating: number | null;
  takeaway: string | null;
  feedbackAt: number | null;
}

export const endOf = (s: Session): number => s.startsAt + s.durationMin * 60_000;

interface SessionRow {
  id: number;
  organisation_id: number;
  topic_id: number | null;
  title: string;
  description: string;
  organiser_id: number | null;
  created_by: number | null;
  guest_name: string | null;
  starts_at: number;
  duration_min: number;
  place_kind: PlaceKind;
  place: string;
  seats: number;
  audience: SessionAudience;
  status: SessionStatus;
  created_at: number;
  cancelled_at: number | null;
}

interface ParticipantRow {
  session_id: number;
  person_id: number;
  state: PlaceState;
  seq: number;
  joined_at: number;
  left_at: number | null;
  left_reason: string | null;
  attended: number | null;
  rating: number | null;
  takeaway: string | null;
  feedback_at: number | null;
}

const sessionFromRow = (r: SessionRow): Session => ({
  id: r.id,
  organisationId: r.organisation_id,
  topicId: r.topic_id,
  title: r.title,
  description: r.description,
  organiserId: r.organiser_id,
  createdBy: r.created_by ?? null,
  guestName: r.guest_name,
  startsAt: r.starts_at,
  durationMin: r.duration_min,
  placeKind: r.place_kind,
  place: r.place,
  seats: r.seats,
  audience: r.audience,
  status: r.status,
  createdAt: r.created_at,
  cancelledAt: r.cancelled_at,
});

const participantFromRow = (r: ParticipantRow): Participant => ({
  sessionId: r.session_id,
  personId: r.person_id,
  state: r.state,
  seq: r.seq,
  joinedAt: r.joined_at,
  leftAt: r.left_at,
  leftReason: r.left_reason,
  attended: r.attended === null ? null : r.attended === 1,
  rating: r.rating,
  takeaway: r.takeaway,
  feedbackAt: r.feedback_at,
});

/** The SQL of sessions, constant texts prepared through the shared statement cache. */
const SQL = {
  insert: `INSERT INTO sessions (organisation_id, topic_id, title, description, organiser_id, created_by, guest_name, starts_at, duration_min, place_kind, place, seats, audience, created_at)
     VALUES (@organisationId, @topicId, @title, @description, @organiserId, @createdBy, @guestName, @startsAt, @durationMin, @placeKind, @place, @seats, @audience, @now)`,
  get: 'SELECT * FROM sessions WHERE id = ? AND organisation_id = ?',
  upcoming: `SELECT * FROM sessions WHERE organisation_id = ? AND status = 'scheduled' AND starts_at > ? ORDER BY starts_at, id LIMIT ?`,
  between: `SELECT * FROM sessions WHERE organisation_id = ? AND starts_at >= ? AND starts_at < ? ORDER BY starts_at, id`,
  ofOrganiser: `SELECT * FROM sessions WHERE organiser_id = ? AND status = 'scheduled' AND starts_at > ? ORDER BY starts_at, id`,
  overlapping: `SELECT * FROM sessions WHERE organiser_id = ? AND status = 'scheduled' AND starts_at < ? AND starts_at + duration_min * 60000 > ? ORDER BY starts_at`,
  move: `UPDATE sessions SET starts_at = ? WHERE id = ? AND status = 'scheduled'`,
  cancel: `UPDATE sessions SET status = 'cancelled', cancelled_at = ? WHERE id = ? AND status = 'scheduled'`,
  clearOrganiser: 'UPDATE sessions SET organiser_id = NULL WHERE organiser_id = ?',
  place: 'SELECT * FROM session_participants WHERE session_id = ? AND person_id = ?',
  count: 'SELECT COUNT(*) AS n FROM session_participants WHERE session_id = ? AND state = ?',
  inState: 'SELECT * FROM session_participants WHERE session_id = ? AND state = ? ORDER BY seq',
  firstWaiting: `SELECT * FROM session_participants WHERE session_id = ? AND state = 'waiting' ORDER BY seq LIMIT 1`,
  position: `SELECT COUNT(*) AS n FROM session_participants WHERE session_id = ? AND state = 'waiting' AND seq <= ?`,
  nextSeq: 'SELECT COALESCE(MAX(seq), 0) + 1 AS s FROM session_participants WHERE session_id = ?',
  upsertPlace: `INSERT INTO session_participants (session_id, person_id, organisation_id, state, seq, joined_at)
     VALUES (@sessionId, @personId, @orgId, @state, @seq, @now)
     ON CONFLICT (session_id, person_id) DO UPDATE SET state = excluded.state, seq = excluded.seq, joined_at = excluded.joined_at,
       left_at = NULL, left_reason = NULL`,
  setState: 'UPDATE session_participants SET state = ? WHERE session_id = ? AND person_id = ?',
  leave: `UPDATE session_participants SET state = 'left', left_at = ?, left_reason = ? WHERE session_id = ? AND person_id = ? AND state != 'left'`,
  placesOfPerson: `SELECT p.* FROM session_participants p JOIN sessions s ON s.id = p.session_id WHERE p.person_id = ? ORDER BY s.starts_at`,
  activePlacesOfPerson: `SELECT p.* FROM session_participants p JOIN sessions s ON s.id = p.session_id
     WHERE p.person_id = ? AND p.state != 'left' AND s.status = 'scheduled' AND s.starts_at > ? ORDER BY s.starts_at`,
  metBefore: `SELECT 1 FROM session_participants p JOIN sessions s ON s.id = p.session_id
     WHERE p.person_id = @personId AND p.attended = 1 AND s.id != @id AND s.status = 'scheduled' AND s.starts_at < @startsAt
       AND ((@guest IS NULL AND s.guest_name IS NULL AND s.organiser_id = @organiserId) OR (@guest IS NOT NULL AND lower(s.guest_name) = lower(@guest)))
     LIMIT 1`,
  addInvitee: 'INSERT OR IGNORE INTO session_invitees (session_id, person_id) VALUES (?, ?)',
  invitees: 'SELECT person_id FROM session_invitees WHERE session_id = ? ORDER BY person_id',
  forgetInvitee: 'DELETE FROM session_invitees WHERE person_id = ?',
  setAttended: 'UPDATE session_participants SET attended = ? WHERE session_id = ? AND person_id = ?',
  setRating: 'UPDATE session_participants SET rating = ?, feedback_at = ? WHERE session_id = ? AND person_id = ?',
  setTakeaway: 'UPDATE session_participants SET takeaway = ?, feedback_at = ? WHERE session_id = ? AND person_id = ?',
  forgetFeedback: 'UPDATE session_participants SET takeaway = NULL WHERE person_id = ?',
} as const;

const sessions = (st: Statement, ...args: unknown[]) => (st.all(...args) as SessionRow[]).map(sessionFromRow);
const places = (st: Statement, ...args: unknown[]) => (st.all(...args) as ParticipantRow[]).map(participantFromRow);

export interface NewSessionRow {
  organisationId: number;
  topicId: number | null;
  title: string;
  description: string;
  organiserId: number;
  createdBy?: number | null;
  guestName: string | null;
  startsAt: number;
  durationMin: number;
  placeKind: PlaceKind;
  place: string;
  seats: number;
  audience: SessionAudience;
  now: number;
}

export function insertSession(db: DB, s: NewSessionRow): number {
  return Number(statement(db, SQL.insert).run({ ...s, createdBy: s.createdBy ?? null }).lastInsertRowid);
}

/** The session in this organisation, or null (a forged or foreign id gives null). */
export function getSession(db: DB, orgId: number, id: number): Session | null {
  const row = statement(db, SQL.get).get(id, orgId) as SessionRow | undefined;
  return row ? sessionFromRow(row) : null;
}

export function upcomingSessions(db: DB, orgId: number, now: number, limit = 20): Session[] {
  return sessions(statement(db, SQL.upcoming), orgId, now, limit);
}

export function sessionsBetween(db: DB, orgId: number, from: number, to: number): Session[] {
  return sessions(statement(db, SQL.between), orgId, from, to);
}

export function organisedUpcoming(db: DB, personId: number, now: number): Session[] {
  return sessions(statement(db, SQL.ofOrganiser), personId, now);
}

/** Scheduled sessions of this organiser overlapping [from, to). */
export function overlappingSessions(db: DB, organiserId: number, from: number, to: number): Session[] {
  return sessions(statement(db, SQL.overlapping), organiserId, to, from);
}

export function setStart(db: DB, id: number, startsAt: number): boolean {
  return statement(db, SQL.move).run(startsAt, id).changes === 1;
}

export function markCancelled(db: DB, id: number, now: number): boolean {
  return statement(db, SQL.cancel).run(now, id).changes === 1;
}

export function clearOrganiser(db: DB, personId: number): void {
  statement(db, SQL.clearOrganiser).run(personId);
}

export function placeOf(db: DB, sessionId: number, personId: number): Participant | null {
  const row = statement(db, SQL.place).get(sessionId, personId) as ParticipantRow | undefined;
  return row ? participantFromRow(row) : null;
}

export function countInState(db: DB, sessionId: number, state: PlaceState): number {
  return (statement(db, SQL.count).get(sessionId, state) as { n: number }).n;
}

export function participantsInState(db: DB, sessionId: number, state: PlaceState): Participant[] {
  return places(statement(db, SQL.inState), sessionId, state);
}

export function firstWaiting(db: DB, sessionId: number): Participant | null {
  const row = statement(db, SQL.firstWaiting).get(sessionId) as ParticipantRow | undefined;
  return row ? participantFromRow(row) : null;
}

/** 1-based position on the waiting list. */
export function waitingPosition(db: DB, sessionId: number, seq: number): number {
  return (statement(db, SQL.position).get(sessionId, seq) as { n: number }).n;
}

export function takePlace(db: DB, p: { sessionId: number; personId: number; orgId: number; state: 'seat' | 'waiting'; now: number }): void {
  const seq = (statement(db, SQL.nextSeq).get(p.sessionId) as { s: number }).s;
  statement(db, SQL.upsertPlace).run({ ...p, seq });
}

export function setPlaceState(db: DB, sessionId: number, personId: number, state: PlaceState): void {
  statement(db, SQL.setState).run(state, sessionId, personId);
}

export function leavePlace(db: DB, sessionId: number, personId: number, reason: string, now: number): boolean {
  return statement(db, SQL.leave).run(now, reason, sessionId, personId).changes === 1;
}

export function placesOfPerson(db: DB, personId: number): Participant[] {
  return places(statement(db, SQL.placesOfPerson), personId);
}

/** A person's seats and waiting places in scheduled sessions still to come. */
export function activePlacesOfPerson(db: DB, personId: number, now: number): Participant[] {
  return places(statement(db, SQL.activePlacesOfPerson), personId, now);
}

/** Whether this person already came to an earlier session of the same host. */
export function metBefore(db: DB, session: Session, personId: number): boolean {
  return Boolean(
    statement(db, SQL.metBefore).get({ personId, id: session.id, startsAt: session.startsAt, guest: session.guestName, organiserId: session.organiserId ?? -1 }),
  );
}

export function setAttended(db: DB, sessionId: number, personId: number, attended: boolean): void {
  statement(db, SQL.setAttended).run(attended ? 1 : 0, sessionId, personId);
}

export function setRating(db: DB, sessionId: number, personId: number, rating: number, now: number): void {
  statement(db, SQL.setRating).run(rating, now, sessionId, personId);
}

export function setTakeaway(db: DB, sessionId: number, personId: number, text: string, now: number): void {
  statement(db, SQL.setTakeaway).run(text, now, sessionId, personId);
}

export function forgetFeedbackText(db: DB, personId: number): void {
  statement(db, SQL.forgetFeedback).run(personId);
}

export function addInvitees(db: DB, sessionId: number, personIds: number[]): void {
  for (const id of personIds) statement(db, SQL.addInvitee).run(sessionId, id);
}

export function inviteesOf(db: DB, sessionId: number): number[] {
  return (statement(db, SQL.invitees).all(sessionId) as { person_id: number }[]).map((r) => r.person_id);
}

export function forgetInvitee(db: DB, personId: number): void {
  statement(db, SQL.forgetInvitee).run(personId);
}

const RUN_BY = `SELECT s.organiser_id AS id, COUNT(DISTINCT s.id) AS n, SUM(p.rating) AS total, COUNT(p.rating) AS rated FROM sessions s
       LEFT JOIN session_participants p ON p.session_id = s.id
       WHERE s.organisation_id = ? AND s.status = 'scheduled' AND s.organiser_id IS NOT NULL
         AND s.starts_at >= ? AND s.starts_at + s.duration_min * 60000 <= ? GROUP BY s.organiser_id`;

/** Per organiser: the scheduled sessions that took place in [from, until), and the sum and count of the participants' ratings. */
export function sessionsRunBy(db: DB, orgId: number, from: number, until: number): { id: number; n: number; total: number | null; rated: number }[] {
  return statement(db, RUN_BY).all(orgId, from, until) as { id: number; n: number; total: number | null; rated: number }[];
}
