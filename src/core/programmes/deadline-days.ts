import { plainIsoDate } from '../kernel/dates/spoken.js';
import type { DB } from '../../db/database.js';
import type { Texts } from '../kernel/contact/texts.js';
import { russianCalendar } from '../kernel/calendar/working-calendar.js';
import { schoolHolidayOn } from '../kernel/calendar/school-holidays.js';

/**
 * A deadline planned on a day nobody works (a public holiday, a moved day off, a weekend) is
 * flagged when it is planned, with the nearest working day before it; one in the school
 * holidays is mentioned too. The deadline itself stays as typed: the people decide.
 */
export function deadlineWarning(db: DB, orgId: number, tx: Texts, dueOn: string): string {
  const calendar = russianCalendar();
  const lines: string[] = [];
  // The year is said only where it differs from the deadline's own.
  const at = Date.parse(dueOn);
  const kind = calendar.kindOf(dueOn);
  if (kind === 'holiday' || kind === 'day-off' || kind === 'weekend') {
    let before = dueOn;
    for (let i = 0; i < 30 && !calendar.isWorkingDay(before); i++) before = previousDay(before);
    lines.push(tx.t(`calendar-deadline-${kind}`, { date: plainIsoDate(tx.lang, dueOn, at, tx.zone), before: plainIsoDate(tx.lang, before, at, tx.zone) }));
  }
  const school = schoolHolidayOn(db, orgId, dueOn);
  if (school) lines.push(tx.t('calendar-deadline-school-holidays', { date: plainIsoDate(tx.lang, dueOn, at, tx.zone), from: plainIsoDate(tx.lang, school.startsOn, at, tx.zone), to: plainIsoDate(tx.lang, school.endsOn, at, tx.zone) }));
  if (calendar.coverage(Number(dueOn.slice(0, 4))) === 'weekends') lines.push(tx.t('calendar-year-not-covered', { year: dueOn.slice(0, 4) }));
  return lines.join('\n');
}

function previousDay(iso: string): string {
  const d = new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) - 86_400_000);
  return d.toISOString().slice(0, 10);
}
