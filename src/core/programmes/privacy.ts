import type { CoreDeps } from '../kernel/deps.js';
import { Notifier } from '../kernel/contact/notifier.js';
import { getOrganisation } from '../kernel/organisation/organisation.js';
import { getPerson } from '../kernel/persons/person.js';
import { getProgramme, membersOf, programmesOfPerson } from './programme.js';
import { askCurators, leave } from './mentor-change.js';

/**
 * A person's part of programmes in /my_data, and /forget: their comments and files on plan items
 * go; the programmes they ran stay (anonymous) for the year's statistics; a forgotten mentee
 * leaves their running programmes, a forgotten mentor's programmes go to the curator.
 */

export function exportProgrammes(deps: CoreDeps, personId: number): Record<string, unknown> {
  const { db } = deps;
  const rows = db.prepare('SELECT programme_id FROM programme_members WHERE person_id = ? ORDER BY programme_id').all(personId) as { programme_id: number }[];
  const programmes = rows.map(({ programme_id }) => {
    const p = getProgramme(db, programme_id)!;
    const me = membersOf(db, programme_id).find((m) => m.personId === personId)!;
    return {
      id: p.id,
      kind: p.kind,
      role: me.role,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      status: p.status,
      agreedAt: me.confirmedAt ? new Date(me.confirmedAt).toISOString() : null,
      leftAt: me.leftAt ? new Date(me.leftAt).toISOString() : null,
      rating: (db.prepare('SELECT rating FROM programme_members WHERE programme_id = ? AND person_id = ?').get(programme_id, personId) as { rating: number | null }).rating,
      endNote: p.endedBy === personId ? (db.prepare('SELECT end_note FROM programmes WHERE id = ?').get(programme_id) as { end_note: string | null }).end_note : null,
    };
  });
  const reports = (
    db
      .prepare(`SELECT title, due_on, state, comment, evidence IS NOT NULL AS has_file, reported_at FROM plan_items WHERE reported_by = ? ORDER BY id`)
      .all(personId) as { title: string; due_on: string; state: string; comment: string | null; has_file: number; reported_at: number | null }[]
  ).map((r) => ({
    item: r.title,
    deadline: r.due_on,
    state: r.state,
    comment: r.comment,
    file: r.has_file === 1,
    reportedAt: r.reported_at ? new Date(r.reported_at).toISOString() : null,
  }));
  // Everything they did to a plan item (reported, confirmed, returned, moved) and to a programme as a whole.
  const events = (db.prepare('SELECT item_id, kind, note, at FROM plan_item_events WHERE person_id = ? ORDER BY id').all(personId) as { item_id: number; kind: string; note: string | null; at: number }[]).map(
    (e) => ({ itemId: e.item_id, kind: e.kind, note: e.note, at: new Date(e.at).toISOString() }),
  );
  const programmeEvents = (db.prepare('SELECT programme_id, kind, note, at FROM programme_events WHERE person_id = ? ORDER BY id').all(personId) as { programme_id: number; kind: string; note: string | null; at: number }[]).map(
    (e) => ({ programmeId: e.programme_id, kind: e.kind, note: e.note, at: new Date(e.at).toISOString() }),
  );
  return { programmes, reports, events, programmeEvents };
}

export function forgetProgrammes(deps: CoreDeps, personId: number, now: number): void {
  const { db } = deps;
  db.prepare('UPDATE plan_items SET comment = NULL, evidence = NULL WHERE reported_by = ?').run(personId);
  db.prepare(`UPDATE plan_items SET remark = NULL WHERE id IN (SELECT item_id FROM plan_item_events WHERE person_id = ? AND kind = 'returned')`).run(personId);
  db.prepare(`UPDATE plan_item_events SET note = NULL WHERE person_id = ? AND kind NOT LIKE 'move-%'`).run(personId);
  db.prepare('UPDATE programmes SET end_note = NULL WHERE ended_by = ?').run(personId);
  const person = getPerson(db, personId);
  if (!person) return;
  const notifier = new Notifier(deps, getOrganisation(db, person.organisationId));
  for (const p of programmesOfPerson(db, personId)) {
    if (p.mentorId === personId) {
      db.prepare('UPDATE programme_members SET left_at = ? WHERE programme_id = ? AND person_id = ?').run(now, p.id, personId);
      askCurators(deps, notifier, p, 'programmes-mentor-deactivated', { name: '—', mentees: p.menteeIds.map((m) => getPerson(db, m)?.fullName || '—').join(', ') });
    } else leave(deps, notifier, p, personId, now);
  }
}
