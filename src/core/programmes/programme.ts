import type { Statement } from 'better-sqlite3';
import type { DB } from '../../db/database.js';
import { statement } from '../../db/statement-cache.js';
import type { FileRef } from '../../messaging/types.js';
import type { CoreDeps } from '../kernel/deps.js';
import { UserError } from '../kernel/errors.js';
import { getPersonInOrg } from '../kernel/persons/person.js';
import { getOrganisation } from '../kernel/organisation/organisation.js';
import { dayStart, isIsoDate, todayIn } from '../kernel/dates/days.js';

/**
 * A personalised programme: one mentor and one or more mentees, a kind, a term (dates in the
 * organisation's zone), goals and the pair's agreement, and a plan of items with deadlines.
 * Proposed until every member agreed (voluntariness), then active until it ends.
 */

export const PROGRAMME_KINDS = ['traditional', 'group', 'reverse', 'goal_setting', 'distance'] as const;
export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];
export type ProgrammeStatus = 'proposed' | 'active' | 'ended' | 'declined';
export const RESPONSIBLE = ['mentee', 'mentor', 'both'] as const;
export type Responsible = (typeof RESPONSIBLE)[number];
export type ItemState = 'open' | 'reported' | 'done' | 'archived';

export const MAX_TITLE = 200;
export const MAX_NOTE = 1000;

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

export interface PlanItem {
  id: number;
  organisationId: number;
  programmeId: number;
  title: string;
  description: string;
  responsible: Responsible;
  dueOn: string;
  dueAt: number;
  state: ItemState;
  reportedAt: number | null;
  reportedBy: number | null;
  comment: string | null;
  evidence: FileRef | null;
  confirmedAt: number | null;
  remark: string | null;
  remindStage: number;
  remindAt: number | null;
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

export interface ItemRow {
  id: number;
  organisation_id: number;
  programme_id: number;
  title: string;
  description: string;
  responsible: Responsible;
  due_on: string;
  due_at: number;
  state: ItemState;
  reported_at: number | null;
  reported_by: number | null;
  comment: string | null;
  evidence: string | null;
  confirmed_at: number | null;
  remark: string | null;
  remind_stage: number;
  remind_at: number | null;
}

/** Prepared statements, built once per database. */
class Statements {
  readonly programme: Statement;
  readonly members: Statement;
  readonly insertProgramme: Statement;
  readonly insertMember: Statement;
  readonly item: Statement;
  readonly itemsOf: Statement;
  readonly insertItem: Statement;
  readonly insertEvent: Statement;
  readonly programmesOf: Statement;
  readonly programmesMany: Statement;
  readonly membersMany: Statement;
  constructor(db: DB) {
    this.programmesMany = db.prepare('SELECT * FROM programmes WHERE id IN (SELECT value FROM json_each(?))');
    this.membersMany = db.prepare(
      'SELECT programme_id, person_id, role, confirmed_at, left_at FROM programme_members WHERE programme_id IN (SELECT value FROM json_each(?)) ORDER BY programme_id, role DESC, person_id',
    );
    this.programme = db.prepare('SELECT * FROM programmes WHERE id = ?');
    this.members = db.prepare('SELECT person_id, role, confirmed_at, left_at FROM programme_members WHERE programme_id = ? ORDER BY role DESC, person_id');
    this.insertProgramme = db.prepare(
      `INSERT INTO programmes (organisation_id, kind, title, goals, agreement, template, starts_on, ends_on, status, curator_id, created_at)
       VALUES (@orgId, @kind, @title, @goals, @agreement, @template, @startsOn, @endsOn, 'proposed', @curatorId, @now)`,
    );
    this.insertMember = db.prepare('INSERT INTO programme_members (programme_id, person_id, role, confirmed_at) VALUES (?, ?, ?, ?)');
    this.item = db.prepare('SELECT * FROM plan_items WHERE id = ?');
    this.itemsOf = db.prepare(`SELECT * FROM plan_items WHERE programme_id = ? AND state != 'archived' ORDER BY due_at, id`);
    this.insertItem = db.prepare(
      `INSERT INTO plan_items (organisation_id, programme_id, title, description, responsible, due_on, due_at, created_by, created_at)
       VALUES (@orgId, @programmeId, @title, @description, @responsible, @dueOn, @dueAt, @createdBy, @now)`,
    );
    this.insertEvent = db.prepare('INSERT INTO plan_item_events (item_id, person_id, kind, note, at) VALUES (?, ?, ?, ?, ?)');
    this.programmesOf = db.prepare(
      `SELECT p.id FROM programmes p JOIN programme_members m ON m.programme_id = p.id
       WHERE m.person_id = ? AND m.left_at IS NULL AND p.status IN ('proposed', 'active') ORDER BY p.id`,
    );
  }
}
const cache = new WeakMap<DB, Statements>();
export function statements(db: DB): Statements {
  let s = cache.get(db);
  if (!s) cache.set(db, (s = new Statements(db)));
  return s;
}

export function membersOf(db: DB, programmeId: number): Member[] {
  return (statements(db).members.all(programmeId) as { person_id: number; role: 'mentor' | 'mentee'; confirmed_at: number | null; left_at: number | null }[]).map(
    (r) => ({ personId: r.person_id, role: r.role, confirmedAt: r.confirmed_at, leftAt: r.left_at }),
  );
}

export function getProgramme(db: DB, id: number): Programme | null {
  const r = statements(db).programme.get(id) as ProgrammeRow | undefined;
  return r ? programmeFromRow(r, membersOf(db, id)) : null;
}

/** Programmes by id, many at once (the reminder sweep): two queries for the lot. */
export function loadProgrammes(db: DB, ids: number[]): Map<number, Programme> {
  const s = statements(db);
  const json = JSON.stringify(ids);
  const members = new Map<number, Member[]>();
  for (const r of s.membersMany.all(json) as { programme_id: number; person_id: number; role: 'mentor' | 'mentee'; confirmed_at: number | null; left_at: number | null }[]) {
    let list = members.get(r.programme_id);
    if (!list) members.set(r.programme_id, (list = []));
    list.push({ personId: r.person_id, role: r.role, confirmedAt: r.confirmed_at, leftAt: r.left_at });
  }
  const out = new Map<number, Programme>();
  for (const r of s.programmesMany.all(json) as ProgrammeRow[]) out.set(r.id, programmeFromRow(r, members.get(r.id) ?? []));
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

export function itemFromRow(r: ItemRow): PlanItem {
  let evidence: FileRef | null = null;
  if (r.evidence) {
    try {
      evidence = JSON.parse(r.evidence) as FileRef;
    } catch {
      evidence = null;
    }
  }
  return {
    id: r.id,
    organisationId: r.organisation_id,
    programmeId: r.programme_id,
    title: r.title,
    description: r.description,
    responsible: r.responsible,
    dueOn: r.due_on,
    dueAt: r.due_at,
    state: r.state,
    reportedAt: r.reported_at,
    reportedBy: r.reported_by,
    comment: r.comment,
    evidence,
    confirmedAt: r.confirmed_at,
    remark: r.remark,
    remindStage: r.remind_stage,
    remindAt: r.remind_at,
  };
}

export function getItem(db: DB, id: number): PlanItem | null {
  const r = statements(db).item.get(id) as ItemRow | undefined;
  return r ? itemFromRow(r) : null;
}

export function itemsOf(db: DB, programmeId: number): PlanItem[] {
  return (statements(db).itemsOf.all(programmeId) as ItemRow[]).map(itemFromRow);
}

/** Programmes (proposed or active) a person takes part in. */
export function programmesOfPerson(db: DB, personId: number): Programme[] {
  return (statements(db).programmesOf.all(personId) as { id: number }[]).map((r) => getProgramme(db, r.id)!);
}

export function listProgrammes(db: DB, orgId: number, statuses: ProgrammeStatus[] = ['proposed', 'active']): Programme[] {
  const rows = db
    .prepare(`SELECT id FROM programmes WHERE organisation_id = ? AND status IN (${statuses.map(() => '?').join(',')}) ORDER BY id`)
    .all(orgId, ...statuses) as { id: number }[];
  return rows.map((r) => getProgramme(db, r.id)!);
}

export function recordEvent(db: DB, itemId: number, personId: number | null, kind: string, note: string | null, now: number): void {
  statements(db).insertEvent.run(itemId, personId, kind, note, now);
}

/** Every member agreed: the programme runs (its reminders are planned by planning.ts). */
export function markProgrammeActive(db: DB, programmeId: number, now: number): void {
  statement(db, `UPDATE programmes SET status = 'active', activated_at = ? WHERE id = ? AND status = 'proposed'`).run(now, programmeId);
}

export type ItemProgress = 'done_on_time' | 'done_late' | 'awaiting' | 'overdue' | 'upcoming';

/** Where an item stands: done on time (reported by the end of its deadline day), late, waiting for the mentor, overdue, upcoming. */
export function progressOf(item: PlanItem, now: number, zone: string): ItemProgress {
  if (item.state === 'done') return (item.reportedAt ?? item.confirmedAt ?? 0) < dayStart(item.dueOn, zone, 1) ? 'done_on_time' : 'done_late';
  if (item.state === 'reported') return 'awaiting';
  return now >= dayStart(item.dueOn, zone, 1) ? 'overdue' : 'upcoming';
}

export function countProgress(items: PlanItem[], now: number, zone: string): Record<ItemProgress, number> {
  const c: Record<ItemProgress, number> = { done_on_time: 0, done_late: 0, awaiting: 0, overdue: 0, upcoming: 0 };
  for (const i of items) if (i.state !== 'archived') c[progressOf(i, now, zone)]++;
  return c;
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

/** A plan item leaves the plan: kept (archived) once anything happened to it, else deleted; true when archived. */
export function removeItem(db: DB, itemId: number, open: boolean): boolean {
  const history = statement(db, 'SELECT 1 FROM plan_item_events WHERE item_id = ? LIMIT 1').get(itemId);
  if (history || !open) {
    statement(db, `UPDATE plan_items SET state = 'archived', remind_at = NULL WHERE id = ?`).run(itemId);
    return true;
  }
  statement(db, 'DELETE FROM plan_items WHERE id = ?').run(itemId);
  return false;
}

export function leaveProgramme(db: DB, programmeId: number, personId: number, now: number): void {
  statement(db, 'UPDATE programme_members SET left_at = ? WHERE programme_id = ? AND person_id = ?').run(now, programmeId, personId);
}

/** Everything stored of one person in programmes (their /my_data). */
export function programmeDataOf(db: DB, personId: number) {
  return {
    memberships: statement(db, 'SELECT programme_id, rating FROM programme_members WHERE person_id = ? ORDER BY programme_id').all(personId) as { programme_id: number; rating: number | null }[],
    endNotes: new Map(
      (statement(db, 'SELECT id, end_note FROM programmes WHERE ended_by = ?').all(personId) as { id: number; end_note: string | null }[]).map((r) => [r.id, r.end_note]),
    ),
    reports: statement(db, `SELECT title, due_on, state, comment, evidence IS NOT NULL AS has_file, reported_at FROM plan_items WHERE reported_by = ? ORDER BY id`).all(personId) as {
      title: string;
      due_on: string;
      state: string;
      comment: string | null;
      has_file: number;
      reported_at: number | null;
    }[],
    itemEvents: statement(db, 'SELECT item_id, kind, note, at FROM plan_item_events WHERE person_id = ? ORDER BY id').all(personId) as { item_id: number; kind: string; note: string | null; at: number }[],
    programmeEvents: statement(db, 'SELECT programme_id, kind, note, at FROM programme_events WHERE person_id = ? ORDER BY id').all(personId) as {
      programme_id: number;
      kind: string;
      note: string | null;
      at: number;
    }[],
  };
}

/** A person's words leave programmes: their reports' comments and files, remarks, notes, end notes. */
export function forgetProgrammeWords(db: DB, personId: number): void {
  statement(db, 'UPDATE plan_items SET comment = NULL, evidence = NULL WHERE reported_by = ?').run(personId);
  statement(db, `UPDATE plan_items SET remark = NULL WHERE id IN (SELECT item_id FROM plan_item_events WHERE person_id = ? AND kind = 'returned')`).run(personId);
  statement(db, `UPDATE plan_item_events SET note = NULL WHERE person_id = ? AND kind NOT LIKE 'move-%'`).run(personId);
  // An agreement they wrote stays the pair's, without their name under it.
  statement(
    db,
    `UPDATE programmes SET agreement = json_set(agreement, '$.by', '') WHERE agreement IS NOT NULL AND id IN (SELECT programme_id FROM programme_events WHERE person_id = ? AND kind = 'agreement')`,
  ).run(personId);
  statement(db, 'UPDATE programmes SET end_note = NULL WHERE ended_by = ?').run(personId);
}

/** A plan item's event, as a proposal to answer reads it. */
export interface ItemEvent {
  id: number;
  item_id: number;
  person_id: number | null;
  kind: string;
  note: string | null;
}

export function getItemEvent(db: DB, id: number): ItemEvent | null {
  return (statement(db, 'SELECT id, item_id, person_id, kind, note FROM plan_item_events WHERE id = ?').get(id) as ItemEvent | undefined) ?? null;
}

/** The id of a plan item's latest event (of one kind of events, by prefix, e.g. 'move-'). */
export function latestItemEventId(db: DB, itemId: number, kindPrefix = ''): number | null {
  return statement(db, `SELECT MAX(id) FROM plan_item_events WHERE item_id = ? AND kind LIKE ? || '%'`).pluck().get(itemId, kindPrefix) as number | null;
}

/** A new deadline for a plan item: its reminders start over. */
export function setItemDeadline(db: DB, itemId: number, dueOn: string, dueAt: number): void {
  statement(db, 'UPDATE plan_items SET due_on = ?, due_at = ?, remind_stage = 0 WHERE id = ?').run(dueOn, dueAt, itemId);
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

