import { DateTime } from 'luxon';
import type { Person } from '../persons/person.js';

/**
 * Contact hours: the days and hours a person may be pinged, in their own time zone.
 * Decided when a message is queued: a ping outside the window waits for the next window's start.
 */

export interface ContactWindow {
  zone: string;
  /** Bit 0 = Monday … bit 6 = Sunday. */
  days: number;
  /** Minutes after local midnight, from inclusive, to exclusive. */
  from: number;
  to: number;
}

export function windowOf(person: Pick<Person, 'timezone' | 'contactDays' | 'contactFrom' | 'contactTo'>, orgZone: string): ContactWindow {
  return { zone: person.timezone ?? orgZone, days: person.contactDays, from: person.contactFrom, to: person.contactTo };
}

export function isWithin(w: ContactWindow, at: number): boolean {
  const offset = offsetMinutes(w.zone, at);
  if (offset === null) {
    const local = DateTime.fromMillis(at, { zone: w.zone });
    if (!(w.days & (1 << (local.weekday - 1)))) return false;
    const minute = local.hour * 60 + local.minute;
    return minute >= w.from && minute < w.to;
  }
  // The local wall time is UTC shifted by the zone's offset; read it with UTC getters.
  const local = new Date(at + offset * 60_000);
  const weekdayBit = (local.getUTCDay() + 6) % 7; // Monday = 0
  if (!(w.days & (1 << weekdayBit))) return false;
  const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
  return minute >= w.from && minute < w.to;
}

/**
 * A zone's UTC offset (minutes) at an instant, remembered per zone and quarter of an hour:
 * offsets change only at transitions on quarter-hour boundaries, and asking luxon (Intl) for
 * every message of a broadcast costs more than the rest of queueing it. Null for a zone luxon
 * does not know (the slow path then answers as before).
 */
const QUARTER = 15 * 60_000;
const offsets = new Map<string, Map<number, number | null>>();

export function offsetMinutes(zone: string, at: number): number | null {
  const quarter = Math.floor(at / QUARTER);
  let byQuarter = offsets.get(zone);
  if (!byQuarter) offsets.set(zone, (byQuarter = new Map()));
  let offset = byQuarter.get(quarter);
  if (offset === undefined) {
    if (byQuarter.size >= 2048) byQuarter.clear();
    const dt = DateTime.fromMillis(quarter * QUARTER, { zone });
    offset = dt.isValid && Number.isFinite(dt.offset) ? dt.offset : null;
    byQuarter.set(quarter, offset);
  }
  return offset;
}

/** `at` itself if inside the window, else the start of the next window (null if the window is empty). */
export function nextWindowStart(w: ContactWindow, at: number): number | null {
  if (w.days === 0 || w.from >= w.to) return null;
  if (isWithin(w, at)) return at;
  let day = DateTime.fromMillis(at, { zone: w.zone }).startOf('day');
  for (let i = 0; i < 8; i++) {
    if (w.days & (1 << (day.weekday - 1))) {
      const start = day.set({ hour: Math.floor(w.from / 60), minute: w.from % 60 });
      if (start.toMillis() > at) return start.toMillis();
    }
    day = day.plus({ days: 1 }).startOf('day');
  }
  return null;
}

/**
 * Like nextWindowStart, but a day `skipDay` names (a public holiday, a moved day off: a calendar
 * day in the window's zone) has no window: the start of the first window on a day it does not skip.
 */
export function nextWindowStartSkipping(w: ContactWindow, at: number, skipDay: (at: number) => boolean): number | null {
  let t = nextWindowStart(w, at);
  for (let i = 0; t !== null && skipDay(t) && i < 40; i++) {
    t = nextWindowStart(w, DateTime.fromMillis(t, { zone: w.zone }).plus({ days: 1 }).startOf('day').toMillis());
  }
  return t;
}

/** Parses "9-18", "9:00-18:00", "08:30–17:15" into minutes; null if not a valid range. */
export function parseHoursRange(text: string): { from: number; to: number } | null {
  const m = /^\s*(\d{1,2})(?:[:.](\d{2}))?\s*[-–—]\s*(\d{1,2})(?:[:.](\d{2}))?\s*$/.exec(text);
  if (!m) return null;
  const h1 = Number(m[1]), m1 = Number(m[2] ?? 0), h2 = Number(m[3]), m2 = Number(m[4] ?? 0);
  if (h1 > 24 || h2 > 24 || m1 > 59 || m2 > 59) return null;
  const from = h1 * 60 + m1, to = h2 * 60 + m2;
  if (from >= to || to > 24 * 60) return null;
  return { from, to };
}

export function formatMinutes(min: number): string {
  return `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}`;
}

export const WEEKDAYS_MON_FRI = 0b0011111;
export const WEEKDAYS_MON_SAT = 0b0111111;
export const EVERY_DAY = 0b1111111;
