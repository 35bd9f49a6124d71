import type { DB } from '../../../db/database.js';
import { statement } from '../../../db/statement-cache.js';
import { UserError } from '../errors.js';
import { isIsoDate, showDate } from '../dates/days.js';

/**
 * School holidays (каникулы) the curator enters: ranges of days within one school year
 * (1 September to 31 August). The only SQL of the calendar lives here.
 */

export interface SchoolHoliday {
  id: number;
  organisationId: number;
  startsOn: string;
  endsOn: string;
  title: string;
}

export const MAX_HOLIDAY_TITLE = 100;

interface Row {
  id: number;
  organisation_id: number;
  starts_on: string;
  ends_on: string;
  title: string;
}

const fromRow = (r: Row): SchoolHoliday => ({ id: r.id, organisationId: r.organisation_id, startsOn: r.starts_on, endsOn: r.ends_on, title: r.title });

/** The school year (its September's calendar year) a day falls in. */
export function schoolYearOfDay(iso: string): number {
  const y = Number(iso.slice(0, 4));
  return Number(iso.slice(5, 7)) >= 9 ? y : y - 1;
}

export function schoolYearBounds(year: number): { from: string; to: string } {
  return { from: `${year}-09-01`, to: `${year + 1}-08-31` };
}

/** Adds a range; refuses one typed backwards, or not within one school year (the current or the next). */
export function addSchoolHoliday(
  db: DB,
  h: { orgId: number; startsOn: string; endsOn: string; title: string; createdBy: number | null; currentSchoolYear: number; now: number },
): SchoolHoliday {
  if (!isIsoDate(h.startsOn) || !isIsoDate(h.endsOn)) throw new UserError('calendar-holiday-unparsed');
  if (h.endsOn < h.startsOn) throw new UserError('calendar-holiday-backwards');
  const year = schoolYearOfDay(h.startsOn);
  const bounds = schoolYearBounds(h.currentSchoolYear);
  const next = schoolYearBounds(h.currentSchoolYear + 1);
  if (schoolYearOfDay(h.endsOn) !== year || (year !== h.currentSchoolYear && year !== h.currentSchoolYear + 1)) {
    throw new UserError('calendar-holiday-outside', { from: showDate(bounds.from), to: showDate(next.to) });
  }
  const title = h.title.trim().slice(0, MAX_HOLIDAY_TITLE);
  const info = statement(
    db,
    'INSERT INTO school_holidays (organisation_id, starts_on, ends_on, title, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(h.orgId, h.startsOn, h.endsOn, title, h.createdBy, h.now);
  return { id: Number(info.lastInsertRowid), organisationId: h.orgId, startsOn: h.startsOn, endsOn: h.endsOn, title };
}

export function removeSchoolHoliday(db: DB, orgId: number, id: number): boolean {
  return statement(db, 'DELETE FROM school_holidays WHERE id = ? AND organisation_id = ?').run(id, orgId).changes > 0;
}

/** Ranges touching [from, to], in order. */
export function schoolHolidaysBetween(db: DB, orgId: number, from: string, to: string): SchoolHoliday[] {
  return (
    statement(db, 'SELECT * FROM school_holidays WHERE organisation_id = ? AND starts_on <= ? AND ends_on >= ? ORDER BY starts_on, id').all(orgId, to, from) as Row[]
  ).map(fromRow);
}

/** The school-holiday range a day falls in, if any. */
export function schoolHolidayOn(db: DB, orgId: number, iso: string): SchoolHoliday | null {
  return schoolHolidaysBetween(db, orgId, iso, iso)[0] ?? null;
}
