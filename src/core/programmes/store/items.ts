import type { DB } from '../../../db/database.js';
import { statement } from '../../../db/statement-cache.js';
import type { FileRef } from '../../../messaging/types.js';

/**
 * The programme store, plan items and their events: the tables `plan_items` and
 * `plan_item_events`, with each item's reminder state (its next instant and stage).
 */

export const RESPONSIBLE = ['mentee', 'mentor', 'both'] as const;
export type Responsible = (typeof RESPONSIBLE)[number];
export type ItemState = 'open' | 'reported' | 'done' | 'archived';

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

const ITEM = 'SELECT * FROM plan_items WHERE id = ?';
const ITEMS_OF = `SELECT * FROM plan_items WHERE programme_id = ? AND state != 'archived' ORDER BY due_at, id`;
const INSERT_ITEM = `INSERT INTO plan_items (organisation_id, programme_id, title, description, responsible, due_on, due_at, created_by, created_at)
       VALUES (@orgId, @programmeId, @title, @description, @responsible, @dueOn, @dueAt, @createdBy, @now)`;
const INSERT_EVENT = 'INSERT INTO plan_item_events (item_id, person_id, kind, note, at) VALUES (?, ?, ?, ?, ?)';
const DUE = 'SELECT * FROM plan_items WHERE organisation_id = ? AND remind_at IS NOT NULL AND remind_at <= ? ORDER BY remind_at LIMIT ?';
const NEXT_REMINDER = 'SELECT MIN(remind_at) AS at FROM plan_items WHERE organisation_id = ? AND remind_at IS NOT NULL';
const SET_REMINDER = 'UPDATE plan_items SET remind_stage = ?, remind_at = ? WHERE id = ?';

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
  const r = statement(db, ITEM).get(id) as ItemRow | undefined;
  return r ? itemFromRow(r) : null;
}

export function itemsOf(db: DB, programmeId: number): PlanItem[] {
  return (statement(db, ITEMS_OF).all(programmeId) as ItemRow[]).map(itemFromRow);
}

/** A new item's fields (`dueAt`: the start of the deadline day, in the organisation's zone). */
export type ItemRecord = Pick<PlanItem, 'programmeId' | 'title' | 'description' | 'responsible' | 'dueOn' | 'dueAt'> & { orgId: number; createdBy: number | null; now: number };

/** A new plan item, open; its id. */
export function insertItem(db: DB, item: ItemRecord): number {
  return Number(statement(db, INSERT_ITEM).run(item).lastInsertRowid);
}

export function recordEvent(db: DB, itemId: number, personId: number | null, kind: string, note: string | null, now: number): void {
  statement(db, INSERT_EVENT).run(itemId, personId, kind, note, now);
}

/** A report of an item: waiting for the mentor (`reported`), or done at once (the mentor's own, `confirmedAt` set); its reminders stop. */
export function markItemReported(
  db: DB,
  itemId: number,
  report: { state: 'reported' | 'done'; at: number; by: number; comment: string | null; evidence: FileRef | null; confirmedAt: number | null },
): void {
  statement(
    db,
    `UPDATE plan_items SET state = ?, reported_at = ?, reported_by = ?, comment = ?, evidence = ?, confirmed_at = ?, remind_at = NULL WHERE id = ?`,
  ).run(report.state, report.at, report.by, report.comment, report.evidence ? JSON.stringify(report.evidence) : null, report.confirmedAt, itemId);
}

/** The mentor (or a curator) confirmed a reported item: it is done. */
export function markItemConfirmed(db: DB, itemId: number, now: number): void {
  statement(db, `UPDATE plan_items SET state = 'done', confirmed_at = ? WHERE id = ?`).run(now, itemId);
}

/** A reported item returned with a remark: open again. */
export function reopenItem(db: DB, itemId: number, remark: string): void {
  statement(db, `UPDATE plan_items SET state = 'open', remark = ?, reported_at = NULL, confirmed_at = NULL WHERE id = ?`).run(remark, itemId);
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

/** An item's next reminder: the stage it will fire and when (null: none planned). */
export function setReminder(db: DB, itemId: number, stage: number, at: number | null): void {
  statement(db, SET_REMINDER).run(stage, at, itemId);
}

/** Stops an item's reminders (done, reported, archived). */
export function stopItemReminders(db: DB, itemId: number): void {
  statement(db, 'UPDATE plan_items SET remind_at = NULL WHERE id = ?').run(itemId);
}

/** Stops the reminders of every item of a programme (it ended). */
export function stopProgrammeReminders(db: DB, programmeId: number): void {
  statement(db, 'UPDATE plan_items SET remind_at = NULL WHERE programme_id = ?').run(programmeId);
}

/** Items of the organisation whose reminder is due at `now`, earliest first, at most `limit` (one index). */
export function dueItemsOf(db: DB, orgId: number, now: number, limit: number): PlanItem[] {
  return (statement(db, DUE).all(orgId, now, limit) as ItemRow[]).map(itemFromRow);
}

/** The earliest reminder planned in the organisation, or null. */
export function nextReminderAt(db: DB, orgId: number): number | null {
  return (statement(db, NEXT_REMINDER).get(orgId) as { at: number | null }).at;
}
