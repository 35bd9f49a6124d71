import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { offsetMinutes } from '../contact/hours.js';

/**
 * Russia's working calendar (five-day week): the non-working public holidays, the days off moved
 * by the government's yearly decree (and by art. 112 part 2 of the Labour Code), the weekends
 * made working, and the shortened pre-holiday days, shipped as data in data/calendar/russia.json
 * with the decree each year comes from. A year the data does not cover falls back to Saturdays
 * and Sundays, and says so (`coverage`). Dates are calendar days ("2026-05-11"), as people live
 * them, whatever the time zone.
 */

export const CALENDAR_FILE = fileURLToPath(new URL('../../../../data/calendar/russia.json', import.meta.url));

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const yearSchema = z.object({
  status: z.enum(['decree', 'provisional']),
  source: z.string().min(1),
  transfers: z.array(z.string()),
  holidays: z.array(isoDay),
  daysOff: z.array(isoDay),
  workingWeekends: z.array(isoDay),
  shortened: z.array(isoDay),
  workingDays: z.number().int().nullable(),
  note: z.string().optional(),
});
const fileSchema = z.object({ country: z.string(), about: z.string(), years: z.record(z.string().regex(/^\d{4}$/), yearSchema) });
export type CalendarYearData = z.infer<typeof yearSchema>;

/** How well a year is known: from the decree, from the Labour Code alone (decree not yet in the data), or weekends only. */
export type Coverage = 'decree' | 'provisional' | 'weekends';
/** What a day is: an ordinary working day, a shortened one, a weekend, a public holiday, a day off moved onto a weekday. */
export type DayKind = 'working' | 'shortened' | 'weekend' | 'holiday' | 'day-off';

export class WorkingCalendar {
  private readonly kinds = new Map<string, DayKind>();
  private readonly years = new Map<number, CalendarYearData>();

  constructor(data: z.infer<typeof fileSchema>) {
    for (const [y, year] of Object.entries(data.years)) {
      const n = Number(y);
      this.years.set(n, year);
      const own = (iso: string) => {
        if (!iso.startsWith(`${y}-`)) throw new Error(`calendar ${y}: ${iso} is not in the year`);
        return iso;
      };
      for (const d of year.shortened) this.kinds.set(own(d), 'shortened');
      for (const d of year.workingWeekends) if (!this.kinds.has(d)) this.kinds.set(own(d), 'working');
      for (const d of year.daysOff) this.kinds.set(own(d), 'day-off');
      for (const d of year.holidays) this.kinds.set(own(d), 'holiday');
    }
  }

  coverage(year: number): Coverage {
    return this.years.get(year)?.status ?? 'weekends';
  }

  /** The decree (or the law) a year's data comes from; null for a year not covered. */
  source(year: number): string | null {
    return this.years.get(year)?.source ?? null;
  }

  kindOf(iso: string): DayKind {
    const known = this.kinds.get(iso);
    if (known) return known;
    return isWeekend(iso) ? 'weekend' : 'working';
  }

  isWorkingDay(iso: string): boolean {
    const k = this.kindOf(iso);
    return k === 'working' || k === 'shortened';
  }

  /** A public holiday or a moved day off: a day nobody is pinged on, whatever their contact days. */
  isPublicDayOff(iso: string): boolean {
    const k = this.kindOf(iso);
    return k === 'holiday' || k === 'day-off';
  }

  /**
   * The `n`-th working day after `iso` (the day itself does not count, as a notice's term starts
   * the next day); n = 0 gives `iso` if it is a working day, else the next working day.
   */
  addWorkingDays(iso: string, n: number): string {
    if (!Number.isInteger(n) || n < 0) throw new Error('addWorkingDays: n must be a whole number ≥ 0');
    let day = iso;
    if (n === 0) {
      while (!this.isWorkingDay(day)) day = nextDay(day);
      return day;
    }
    for (let left = n; left > 0; ) {
      day = nextDay(day);
      if (this.isWorkingDay(day)) left--;
    }
    return day;
  }

  /** Working days from `fromIso` to `toIso`, both included. */
  workingDaysBetween(fromIso: string, toIso: string): number {
    let count = 0;
    for (let d = fromIso; d <= toIso; d = nextDay(d)) if (this.isWorkingDay(d)) count++;
    return count;
  }

  /** Years whose data is not from a decree (provisional or absent) among those a range of days touches. */
  uncertainYears(fromIso: string, toIso: string): number[] {
    const out: number[] = [];
    for (let y = Number(fromIso.slice(0, 4)); y <= Number(toIso.slice(0, 4)); y++) if (this.coverage(y) !== 'decree') out.push(y);
    return out;
  }
}

function utc(iso: string): Date {
  return new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));
}

export function isWeekend(iso: string): boolean {
  const wd = utc(iso).getUTCDay();
  return wd === 0 || wd === 6;
}

export function nextDay(iso: string): string {
  return new Date(utc(iso).getTime() + 86_400_000).toISOString().slice(0, 10);
}

/** The calendar day an instant falls on in a zone. */
export function localDay(at: number, zone: string): string {
  const offset = offsetMinutes(zone, at) ?? 0;
  return new Date(at + offset * 60_000).toISOString().slice(0, 10);
}

export function loadCalendar(file: string = CALENDAR_FILE): WorkingCalendar {
  const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
  return new WorkingCalendar(parsed.data);
}

let shipped: WorkingCalendar | null = null;

/** The calendar shipped with the bot (read once). */
export function russianCalendar(): WorkingCalendar {
  return (shipped ??= loadCalendar());
}
