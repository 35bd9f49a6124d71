import type { DB } from '../../../db/database.js';
import { statement } from '../../../db/statement-cache.js';

/** The programme store, one person's part of it across its tables: what /my_data shows and what /forget clears. */

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
