import { DateTime } from 'luxon';
import { UserError } from '../errors.js';
import { parseWhen } from './parse-when.js';
import { offsetMinutes } from '../contact/hours.js';
import { workingDaysPhrase } from './working-days-phrase.js';
import { russianCalendar } from '../calendar/working-calendar.js';

/**
 * Deadlines are calendar days in the organisation's zone ("2027-03-15"); a day starts at local
 * midnight, whatever DST does to the length of the days between.
 */

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The calendar day of an ISO date as a UTC Date, or null when it is not a real day. Plain Date
 * arithmetic: luxon answers the same for these, but costs tens of microseconds a call, and
 * seeding or sweeping a large plan calls these for every item.
 */
function utcDay(s: string): Date | null {
  if (!ISO.test(s)) return null;
  const y = Number(s.slice(0, 4)), m = Number(s.slice(5, 7)), d = Number(s.slice(8, 10));
  if (m < 1 || m > 12 || d < 1) return null;
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

/** "YYYY-MM-DD" of a UTC Date; null outside years 0–9999 (luxon then answers). */
function isoOf(date: Date): string | null {
  const y = date.getUTCFullYear();
  if (y < 0 || y > 9999) return null;
  return `${String(y).padStart(4, '0')}-${String(date.getUTCMonth() + 1).padStart(2, '0')}-${String(date.getUTCDate()).padStart(2, '0')}`;
}

export function isIsoDate(s: string): boolean {
  return utcDay(s) !== null;
}

const dayStarts = new Map<string, number>();

/** The instant local midnight starts the day `iso` (plus `plusDays` days) in `zone` (memoised: zone rules are fixed). */
export function dayStart(iso: string, zone: string, plusDays = 0): number {
  const key = `${zone}|${iso}|${plusDays}`;
  let at = dayStarts.get(key);
  if (at === undefined) {
    const d = DateTime.fromISO(iso, { zone }).startOf('day');
    at = (plusDays ? d.plus({ days: plusDays }) : d).toMillis();
    if (dayStarts.size > 50_000) dayStarts.clear();
    dayStarts.set(key, at);
  }
  return at;
}

export function todayIn(zone: string, now: number): string {
  const offset = offsetMinutes(zone, now);
  const fast = offset === null ? null : isoOf(new Date(now + offset * 60_000));
  return fast ?? DateTime.fromMillis(now, { zone }).toISODate()!;
}

export function addDays(iso: string, days: number): string {
  const day = Number.isInteger(days) ? utcDay(iso) : null;
  const fast = day ? isoOf(new Date(day.getTime() + days * 86_400_000)) : null;
  return fast ?? DateTime.fromISO(iso, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

export function addMonths(iso: string, months: number): string {
  return DateTime.fromISO(iso, { zone: 'UTC' }).plus({ months }).toISODate()!;
}

/** "15.03.2027" for display. */
export function showDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** Whole days from the start of `fromIso` to the start of `toIso`. */
export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round(DateTime.fromISO(toIso, { zone: 'UTC' }).diff(DateTime.fromISO(fromIso, { zone: 'UTC' }), 'days').days);
}

/** A deadline as a person typed it ("15.03", "15.03.2027", "15 марта", "завтра"): the ISO day, or a UserError. */
export function parseDeadline(text: string, now: number, zone: string): string {
  // "через 3 рабочих дня": counted on the working calendar (holidays and moved days off skipped).
  const workingDays = workingDaysPhrase(text);
  if (workingDays !== null) return russianCalendar().addWorkingDays(todayIn(zone, now), workingDays);
  const parsed = parseWhen(text, { now, zone, allowPast: true });
  if (!parsed.ok) throw new UserError(parsed.reason === 'impossible' ? 'programmes-date-impossible' : 'programmes-date-unparsed');
  const day = DateTime.fromMillis(parsed.at, { zone }).toISODate()!;
  if (day < todayIn(zone, now)) throw new UserError('programmes-date-past');
  return day;
}
