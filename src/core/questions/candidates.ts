import { DateTime } from 'luxon';
import type { DB } from '../../db/database.js';
import { nextWindowStartSkipping } from '../kernel/contact/hours.js';
import { localDay, russianCalendar } from '../kernel/calendar/working-calendar.js';
import { activeIdsOfferingTopic, getPerson, listPersons, type Person } from '../kernel/persons/person.js';
import { candidatesInOrder, type Candidate, type CandidateQuery } from './question.js';

/**
 * Who may be offered a question now: active people competent in its topic (they offer it), not
 * the asker, not paused, reachable in some messenger, under their open-question cap, not offered
 * this question before, and inside their contact days and hours in their own zone. Ordered by
 * fewest open questions, then longest since their last offer, then rating.
 *
 * The query walks the index question_mentor_order in exactly that order, probing the topic and
 * the person by primary key, and the caller stops reading as soon as a wave is found: routing
 * one question reads a handful of rows however many mentors there are. The query lives in the
 * questions' store (store/offers.ts).
 */

export interface Pick {
  /** Up to `want` candidates inside their contact hours now, best first. */
  available: Candidate[];
  /** Whether anyone at all qualifies (in hours or not). */
  any: boolean;
  /** When none is in hours now: the earliest start of a qualifying candidate's window. */
  firstWindow: number | null;
}

/** Reads candidates in routing order until `want` are inside their hours (or none are left). */
export function pickCandidates(db: DB, q: CandidateQuery, want: number): Pick {
  const clock = new ZoneClock(q.now);
  const available: Candidate[] = [];
  const outside: Candidate[] = [];
  const rows = candidatesInOrder(db, q);
  for (const c of rows) {
    if (clock.isWithin(c)) {
      available.push(c);
      if (available.length >= want) {
        rows.return?.();
        break;
      }
    } else if (!available.length) outside.push(c);
  }
  return {
    available,
    any: available.length > 0 || outside.length > 0,
    firstWindow: available.length ? null : clock.firstWindow(outside),
  };
}

/** Active people competent in the topic, whatever their hours or load (the curator's assign buttons). */
export function competentPeople(db: DB, orgId: number, topicId: number, askerId: number, limit = 6): number[] {
  return activeIdsOfferingTopic(db, orgId, topicId, askerId, limit);
}

/** A zone's weekday and minute of the day for one UTC minute (zone offsets are whole minutes). */
const wallClocks = new Map<string, { dayBit: number; minute: number; dayOff: boolean }>();

/** Reads each zone's wall clock once per minute, however many candidates and routings ask. */
export class ZoneClock {
  private readonly epochMinute: number;
  constructor(private readonly now: number) {
    this.epochMinute = Math.floor(now / 60_000);
  }

  isWithin(c: Pick_<Candidate, 'zone' | 'days' | 'from' | 'to'>): boolean {
    const key = `${c.zone}|${this.epochMinute}`;
    let local = wallClocks.get(key);
    if (!local) {
      if (wallClocks.size > 500) wallClocks.clear();
      const dt = DateTime.fromMillis(this.now, { zone: c.zone });
      // A public holiday or a moved day off has no contact window (the working calendar).
      local = { dayBit: 1 << (dt.weekday - 1), minute: dt.hour * 60 + dt.minute, dayOff: russianCalendar().isPublicDayOff(dt.toISODate()!) };
      wallClocks.set(key, local);
    }
    return !local.dayOff && (c.days & local.dayBit) !== 0 && local.minute >= c.from && local.minute < c.to;
  }

  /** The earliest start of anyone's contact window among the candidates (null if none has one). */
  firstWindow(candidates: Candidate[]): number | null {
    let first: number | null = null;
    const seen = new Set<string>();
    for (const c of candidates) {
      const k = `${c.zone}|${c.days}|${c.from}|${c.to}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const calendar = russianCalendar();
      const at = nextWindowStartSkipping({ zone: c.zone, days: c.days, from: c.from, to: c.to }, this.now, (t) => calendar.isPublicDayOff(localDay(t, c.zone)));
      if (at !== null && (first === null || at < first)) first = at;
    }
    return first;
  }
}

type Pick_<T, K extends keyof T> = { [P in K]: T[P] };

/**
 * Whether a person can still take a question today: active, not paused, today a day they work
 * (their contact days, and not a public holiday or a moved day off in the working calendar), and
 * their working hours not over yet, in their own zone.
 */
export function availableToday(person: Pick_<Person, 'status' | 'pausedUntil' | 'timezone' | 'contactDays' | 'contactFrom' | 'contactTo'>, orgZone: string, now: number): boolean {
  if (person.status !== 'active') return false;
  if (person.pausedUntil !== null && person.pausedUntil > now) return false;
  const local = DateTime.fromMillis(now, { zone: person.timezone ?? orgZone });
  if (!(person.contactDays & (1 << (local.weekday - 1)))) return false;
  if (russianCalendar().isPublicDayOff(local.toISODate()!)) return false;
  return local.hour * 60 + local.minute < person.contactTo;
}

/**
 * The colleagues a curator may hand a question to today: those competent in its topic first, then
 * any other mentor, all of them available today; never the asker, never someone who declined it.
 */
export function colleaguesForToday(db: DB, orgId: number, orgZone: string, q: { topicId: number; askerId: number; declined: readonly number[] }, now: number, limit = 6): Person[] {
  const skip = new Set<number>([q.askerId, ...q.declined]);
  const out: Person[] = [];
  const consider = (p: Person | null) => {
    if (!p || skip.has(p.id) || out.length >= limit) return;
    skip.add(p.id);
    if (availableToday(p, orgZone, now)) out.push(p);
  };
  for (const id of competentPeople(db, orgId, q.topicId, q.askerId, 50)) consider(getPerson(db, id));
  if (out.length < limit) for (const p of listPersons(db, orgId, { roles: ['mentor'] })) consider(p);
  return out;
}
