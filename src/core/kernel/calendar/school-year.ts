import { DateTime } from 'luxon';

/** The school year starting 1 September of `year`, in the organisation's zone. */
export function schoolYear(year: number, zone: string): { from: number; to: number } {
  const from = DateTime.fromObject({ year, month: 9, day: 1 }, { zone });
  return { from: from.toMillis(), to: from.plus({ years: 1 }).toMillis() };
}

/** The school year a moment falls in (September to August). */
export function schoolYearOf(at: number, zone: string): number {
  const d = DateTime.fromMillis(at, { zone });
  return d.month >= 9 ? d.year : d.year - 1;
}
