import { DateTime } from 'luxon';
import { UserError } from '../errors.js';
import { parseWhen } from '../dates/parse-when.js';

/**
 * Deadlines are calendar days in the organisation's zone ("2027-03-15"); a day starts at local
 * midnight, whatever DST does to the length of the days between.
 */

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(s: string): boolean {
  return ISO.test(s) && DateTime.fromISO(s, { zone: 'UTC' }).isValid;
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
  return DateTime.fromMillis(now, { zone }).toISODate()!;
}

export function addDays(iso: string, days: number): string {
  return DateTime.fromISO(iso, { zone: 'UTC' }).plus({ days }).toISODate()!;
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
  const parsed = parseWhen(text, { now, zone, allowPast: true });
  if (!parsed.ok) throw new UserError(parsed.reason === 'impossible' ? 'programmes-date-impossible' : 'programmes-date-unparsed');
  const day = DateTime.fromMillis(parsed.at, { zone }).toISODate()!;
  if (day < todayIn(zone, now)) throw new UserError('programmes-date-past');
  return day;
}
