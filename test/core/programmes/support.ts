import { DateTime } from 'luxon';
import type { Harness } from '../../support/harness.js';
import { said } from '../../support/said.js';
import { type Programme, type Responsible } from '../../../src/core/programmes/programme.js';
import { addItem, createProgramme } from '../../../src/core/programmes/planning.js';

/** A pair (or group) set up straight in the database, and moving the fake clock to wall-clock times. */

export function people(h: Harness) {
  return {
    curator: h.addPerson({ name: 'Анна Куратор', roles: ['curator'], userId: 'anna' }),
    mentor: h.addPerson({ name: 'Ольга Наставник', roles: ['mentor'], offers: ['parents', 'documentation'], userId: 'olga' }),
    mentee: h.addPerson({ name: 'Иван Новичок', roles: ['mentee'], wants: ['parents'], userId: 'ivan' }),
  };
}

export function pair(
  h: Harness,
  ids: { curator: { id: number }; mentor: { id: number }; mentee: { id: number } },
  items: { title: string; dueOn: string; responsible?: Responsible }[],
  opts: { startsOn?: string; endsOn?: string } = {},
): Programme {
  const deps = h.app.deps;
  return h.db.transaction(() => {
    const p = createProgramme(deps, {
      orgId: h.org.id,
      kind: 'traditional',
      mentorId: ids.mentor.id,
      menteeIds: [ids.mentee.id],
      startsOn: opts.startsOn ?? '2026-11-23',
      endsOn: opts.endsOn ?? '2027-05-31',
      curatorId: ids.curator.id,
      confirmed: true,
      now: h.clock.now(),
    });
    for (const i of items) addItem(deps, { programmeId: p.id, title: i.title, dueOn: i.dueOn, responsible: i.responsible ?? 'mentee', now: h.clock.now() });
    return p;
  })();
}

/** Sets the clock to a wall-clock time in a zone, runs the tick, delivers what is due. */
export async function at(h: Harness, local: string, zone = 'Europe/Moscow'): Promise<void> {
  const ms = DateTime.fromISO(local, { zone }).toMillis();
  if (ms < h.clock.now()) throw new Error(`the clock does not go back: ${local}`);
  h.clock.set(ms);
  await h.tick();
}

export function reminders(h: Harness, userId: string): string[] {
  return h.messages(userId).map((m) => m.text).filter((t) => said('programmes-remind-title').test(t));
}
