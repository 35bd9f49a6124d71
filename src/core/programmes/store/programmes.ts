import type { DB } from '../../../db/database.js';
import { statement } from '../../../db/statement-cache.js';

/**
 * The programme store, programmes and their members: the tables `programmes`,
 * `programme_members` and `programme_events`. Rows in, domain objects out; no rules here.
 */

export const PROGRAMME_KINDS = ['traditional', 'group', 'reverse', 'goal_setting', 'distance'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];
export type ProgrammeStatus = 'proposed' | 'active' | 'ended' | 'declined';

export interface Programme {
  id: number;
  organisationId: number;
  kind: ProgrammeKind;
  title: string;
  goals: string;
  agreement: Record<string, string>;
  template: string | null;
  startsOn: string;
  endsOn: string;
  status: ProgrammeStatus;
  curatorId: number | null;
  createdAt: number;
  activatedAt: number | null;
  endedAt: number | null;
  endedBy: number | null;
  endReason: string | null;
  mentorId: number | null;
  menteeIds: number[];
}

export interface Member {
  personId: number;
  role: 'mentor' | 'mentee';
  confirmedAt: number | null;
  leftAt: number | null;
}

interface ProgrammeRow {
  id: number;
  organisation_id: number;
  kind: ProgrammeKind;
  title: string;
  goals: string;
  agreement: string;
  template: string | null;
  starts_on: string;
  ends_on: string;
  status: ProgrammeStatus;
  curator_id: number | null;
  created_at: number;
  activated_at: number | null;
  ended_at: number | null;
  ended_by: number | null;
  end_reason: string | null;
}

interface MemberRow {
  programme_id: number;
  person_id: number;
  role: 'mentor' | 'mentee';
  confirmed_at: number | null;
  left_at: number | null;
}

const PROGRAMME = 'SELECT * FROM programmes WHERE id = ?';
const PROGRAMMES_MANY = 'SELECT * FROM programmes WHERE id IN (SELECT value FROM json_each(?))';
const MEMBERS = 'SELECT person_id, role, confirmed_at, left_at FROM programme_members WHERE programme_id = ? ORDER BY role DESC, person_id';
const MEMBERS_MANY =
  'SELECT programme_id, person_id, role, confirmed_at, left_at FROM programme_members WHERE programme_id IN (SELECT value FROM json_each(?)) ORDER BY programme_id, role DESC, person_id';
const PROGRAMMES_OF_PERSON = `SELECT p.id FROM programmes p JOIN programme_members m ON m.programme_id = p.id
       WHERE m.person_id = ? AND m.left_at IS NULL AND p.status IN ('proposed', 'active') ORDER BY p.id`;
const PROGRAMMES_OF_ORG = 'SELECT id FROM programmes WHERE organisation_id = ? AND status IN (SELECT value FROM json_each(?)) ORDER BY id';
const INSERT_PROGRAMME = `INSERT INTO programmes (organisation_id, kind, title, goals, agreement, template, starts_on, ends_on, status, curator_id, created_at)
       VALUES (@orgId, @kind, @title, @goals, @agreement, @template, @startsOn, @endsOn, 'proposed', @curatorId, @now)`;
const INSERT_MEMBER = 'INSERT INTO programme_members (programme_id, person_id, role, confirmed_at) VALUES (?, ?, ?, ?)';

const memberFromRow = (r: Omit<MemberRow, 'programme_id'>): Member => ({ personId: r.person_id, role: r.role, confirmedAt: r.confirmed_at, leftAt: r.left_at });

export function membersOf(db: DB, programmeId: number): Member[] {
  return (statement(db, MEMBERS).all(programmeId) as Omit<MemberRow, 'programme_id'>[]).map(memberFromRow);
}

export function getProgramme(db: DB, id: number): Programme | null {
  const r = statement(db, PROGRAMME).get(id) as ProgrammeRow | undefined;
  return r ? programmeFromRow(r, membersOf(db, id)) : null;
}

/** Programmes by id, many at once (the reminder sweep): two queries for the lot. */
export function loadProgrammes(db: DB, ids: number[]): Map<number, Programme> {
  const json = JSON.stringify(ids);
  const members = new Map<number, Member[]>();
  for (const r of statement(db, MEMBERS_MANY).all(json) as MemberRow[]) {
    let list = members.get(r.programme_id);
    if (!list) members.set(r.programme_id, (list = []));
    list.push(memberFromRow(r));
  }
  const out = new Map<number, Programme>();
  for (const r of statement(db, PROGRAMMES_MANY).all(json) as ProgrammeRow[]) out.set(r.id, programmeFromRow(r, members.get(r.id) ?? []));
  return out;
}

function programmeFromRow(r: ProgrammeRow, allMembers: Member[]): Programme {
  const members = allMembers.filter((m) => m.leftAt === null);
  let agreement: Record<string, string> = {};
  try {
    agreement = JSON.parse(r.agreement) as Record<string, string>;
  } catch {
    agreement = {};
  }
  return {
    id: r.id,
    organisationId: r.organisation_id,
    kind: r.kind,
    title: r.title,
    goals: r.goals,
    agreement,
    template: r.template,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    status: r.status,
    curatorId: r.curator_id,
    createdAt: r.created_at,
    activatedAt: r.activated_at,
    endedAt: r.ended_at,
    endedBy: r.ended_by,
    endReason: r.end_reason,
    mentorId: members.find((m) => m.role === 'mentor')?.personId ?? null,
    menteeIds: members.filter((m) => m.role === 'mentee').map((m) => m.personId),
  };
}

export function getProgrammeInOrg(db: DB, orgId: number, id: number): Programme | null {
  const p = getProgramme(db, id);
  return p && p.organisationId === orgId ? p : null;
}

/** Programmes (proposed or active) a person takes part in. */
export function programmesOfPerson(db: DB, personId: number): Programme[] {
  return (statement(db, PROGRAMMES_OF_PERSON).all(personId) as { id: number }[]).map((r) => getProgramme(db, r.id)!);
}

export function listProgrammes(db: DB, orgId: number, statuses: ProgrammeStatus[] = ['proposed', 'active']): Programme[] {
  const rows = statement(db, PROGRAMMES_OF_ORG).all(orgId, JSON.stringify(statuses)) as { id: number }[];
  return rows.map((r) => getProgramme(db, r.id)!);
}

export type ProgrammeRecord = Pick<Programme, 'kind' | 'title' | 'goals' | 'agreement' | 'template' | 'startsOn' | 'endsOn' | 'curatorId'> & { orgId: number; now: number };

/** A new programme, proposed; its id. */
export function insertProgramme(db: DB, p: ProgrammeRecord): number {
  return Number(statement(db, INSERT_PROGRAMME).run({ ...p, agreement: JSON.stringify(p.agreement) }).lastInsertRowid);
}

/** A member of a new programme (agreed already when `confirmedAt` is set). */
export function insertMember(db: DB, programmeId: number, personId: number, role: 'mentor' | 'mentee', confirmedAt: number | null): void {
  statement(db, INSERT_MEMBER).run(programmeId, personId, role, confirmedAt);
}

/** A member agreed to take part. */
export function confirmMember(db: DB, programmeId: number, personId: number, now: number): void {
  statement(db, 'UPDATE programme_members SET confirmed_at = ? WHERE programme_id = ? AND person_id = ?').run(now, programmeId, personId);
}

/** Every member agreed: the programme runs (its reminders are planned by planning.ts). */
export function markProgrammeActive(db: DB, programmeId: number, now: number): void {
  statement(db, `UPDATE programmes SET status = 'active', activated_at = ? WHERE id = ? AND status = 'proposed'`).run(now, programmeId);
}

/** A member declined: the proposed programme will not run. */
export function markProgrammeDeclined(db: DB, programmeId: number, by: number, now: number): void {
  statement(db, `UPDATE programmes SET status = 'declined', ended_at = ?, ended_by = ?, end_reason = 'declined' WHERE id = ?`).run(now, by, programmeId);
}

/** The programme ended (by a person, or by itself with `by` null), with a reason and the note they wrote. */
export function markProgrammeEnded(db: DB, programmeId: number, end: { by: number | null; reason: string; note: string | null; now: number }): void {
  statement(db, `UPDATE programmes SET status = 'ended', ended_at = ?, ended_by = ?, end_reason = ?, end_note = ? WHERE id = ?`).run(
    end.now,
    end.by,
    end.reason,
    end.note,
    programmeId,
  );
}

/** The plan template the programme was filled from (the first one applied). */
export function setTemplate(db: DB, programmeId: number, code: string): void {
  statement(db, 'UPDATE programmes SET template = ? WHERE id = ? AND template IS NULL').run(code, programmeId);
}

/** Something that happened to a programme as a whole (an agreement, an extension asked or made); its id. */
export function recordProgrammeEvent(db: DB, programmeId: number, personId: number | null, kind: string, note: string | null, now: number): number {
  return Number(
    statement(db, 'INSERT INTO programme_events (programme_id, person_id, kind, note, at) VALUES (?, ?, ?, ?, ?)').run(programmeId, personId, kind, note, now).lastInsertRowid,
  );
}

export interface ProgrammeEvent {
  programmeId: number;
  personId: number | null;
  kind: string;
  note: string | null;
}

export function getProgrammeEvent(db: DB, id: number): ProgrammeEvent | null {
  const r = statement(db, 'SELECT programme_id, person_id, kind, note FROM programme_events WHERE id = ?').get(id) as
    | { programme_id: number; person_id: number | null; kind: string; note: string | null }
    | undefined;
  return r ? { programmeId: r.programme_id, personId: r.person_id, kind: r.kind, note: r.note } : null;
}

/** The id of the programme's latest event (an answer to an older proposal is stale). */
export function latestProgrammeEventId(db: DB, programmeId: number): number | null {
  return (statement(db, 'SELECT MAX(id) AS id FROM programme_events WHERE programme_id = ?').get(programmeId) as { id: number | null }).id;
}

export function setAgreement(db: DB, programmeId: number, agreement: { text: string; by: string; at: string }): void {
  statement(db, 'UPDATE programmes SET agreement = ? WHERE id = ?').run(JSON.stringify(agreement), programmeId);
}

export function setEndsOn(db: DB, programmeId: number, endsOn: string): void {
  statement(db, 'UPDATE programmes SET ends_on = ? WHERE id = ?').run(endsOn, programmeId);
}

export function leaveProgramme(db: DB, programmeId: number, personId: number, now: number): void {
  statement(db, 'UPDATE programme_members SET left_at = ? WHERE programme_id = ? AND person_id = ?').run(now, programmeId, personId);
}

/** A member's rating of an ended programme; false when they were not in it. */
export function rateProgramme(db: DB, programmeId: number, personId: number, score: number): boolean {
  return statement(db, 'UPDATE programme_members SET rating = ? WHERE programme_id = ? AND person_id = ?').run(score, programmeId, personId).changes > 0;
}

/** The programme's mentor from now on (a former member comes back as its mentor). */
export function setMentor(db: DB, programmeId: number, mentorId: number, now: number): void {
  statement(
    db,
    `INSERT INTO programme_members (programme_id, person_id, role, confirmed_at) VALUES (?, ?, 'mentor', ?)
     ON CONFLICT (programme_id, person_id) DO UPDATE SET role = 'mentor', left_at = NULL, confirmed_at = excluded.confirmed_at`,
  ).run(programmeId, mentorId, now);
}

/** Whether the organisation has a programme running (the weekly digest goes on while it has). */
export function hasActiveProgramme(db: DB, orgId: number): boolean {
  return statement(db, `SELECT 1 FROM programmes WHERE organisation_id = ? AND status = 'active' LIMIT 1`).get(orgId) !== undefined;
}
