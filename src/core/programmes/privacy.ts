import type { CoreDeps } from '../kernel/deps.js';
import { Notifier } from '../kernel/contact/notifier.js';
import { getOrganisation } from '../kernel/organisation/organisation.js';
import { getPerson } from '../kernel/persons/person.js';
import { forgetProgrammeWords, getProgramme, leaveProgramme, membersOf, programmeDataOf, programmesOfPerson } from './programme.js';
import { askCurators, leave } from './mentor-change.js';

/**
 * A person's part of programmes in /my_data, and /forget: their comments and files on plan items
 * go; the programmes they ran stay (anonymous) for the year's statistics; a forgotten mentee
 * leaves their running programmes, a forgotten mentor's programmes go to the curator.
 */

export function exportProgrammes(deps: CoreDeps, personId: number): Record<string, unknown> {
  const { db } = deps;
  const iso = (ms: number | null) => (ms ? new Date(ms).toISOString() : null);
  const data = programmeDataOf(db, personId);
  const programmes = data.memberships.map(({ programme_id, rating }) => {
    const p = getProgramme(db, programme_id)!;
    const me = membersOf(db, programme_id).find((m) => m.personId === personId)!;
    return {
      id: p.id,
      kind: p.kind,
      role: me.role,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      status: p.status,
      agreedAt: iso(me.confirmedAt),
      leftAt: iso(me.leftAt),
      rating,
      endNote: data.endNotes.get(programme_id) ?? null,
    };
  });
  const reports = data.reports.map((r) => ({ item: r.title, deadline: r.due_on, state: r.state, comment: r.comment, file: r.has_file === 1, reportedAt: iso(r.reported_at) }));
  // Everything they did to a plan item (reported, confirmed, returned, moved) and to a programme as a whole.
  const events = data.itemEvents.map((e) => ({ itemId: e.item_id, kind: e.kind, note: e.note, at: iso(e.at) }));
  const programmeEvents = data.programmeEvents.map((e) => ({ programmeId: e.programme_id, kind: e.kind, note: e.note, at: iso(e.at) }));
  return { programmes, reports, events, programmeEvents };
}

export function forgetProgrammes(deps: CoreDeps, personId: number, now: number): void {
  const { db } = deps;
  forgetProgrammeWords(db, personId);
  const person = getPerson(db, personId);
  if (!person) return;
  const notifier = new Notifier(deps, getOrganisation(db, person.organisationId));
  for (const p of programmesOfPerson(db, personId)) {
    if (p.mentorId === personId) {
      leaveProgramme(db, p.id, personId, now);
      askCurators(deps, notifier, p, 'programmes-mentor-deactivated', { name: '—', mentees: p.menteeIds.map((m) => getPerson(db, m)?.fullName || '—').join(', ') });
    } else leave(deps, notifier, p, personId, now);
  }
}
