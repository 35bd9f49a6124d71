import { plainIsoDate } from '../kernel/dates/spoken.js';
import { z } from 'zod';
import type { Button } from '../../messaging/types.js';
import { defineDialog, type Turn } from '../kernel/feature.js';
import type { DialogState } from '../kernel/dialogs/dialogs.js';
import { requireRole } from '../kernel/access.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { schoolYearOf } from '../kernel/calendar/school-year.js';
import { showDate, todayIn } from '../kernel/dates/days.js';
import { shortLabel } from '../../messaging/labels.js';
import { addHolidayAction, removeHolidayAction } from './actions.js';
import { addSchoolHoliday, removeSchoolHoliday, schoolHolidaysBetween, schoolYearBounds } from '../kernel/calendar/school-holidays.js';
import { russianCalendar } from '../kernel/calendar/working-calendar.js';

/**
 * `/holidays` (curators): what the working calendar knows about this year and the next (from
 * which decree, or only weekends), and the school holidays of this school year and the next,
 * with buttons to add a range and remove one.
 */

export const HOLIDAY_DIALOG = 'calendar-holiday';
const RANGE = /^(\d{1,2})[./](\d{1,2})(?:[./](\d{4}))?\s*(?:-|–|—|\.\.)\s*(\d{1,2})[./](\d{1,2})(?:[./](\d{4}))?(?:\s+(.+))?$/s;

export function holidaysCommand(turn: Turn): void {
  requireRole(turn.person, 'curator');
  const { db } = turn.deps;
  const year = schoolYearOf(turn.now, turn.org.timezone);
  const calendar = russianCalendar();
  const thisYear = Number(todayIn(turn.org.timezone, turn.now).slice(0, 4));
  const lines: string[] = [turn.t('calendar-title')];
  for (const y of [thisYear, thisYear + 1]) {
    const coverage = calendar.coverage(y);
    lines.push(turn.t(`calendar-coverage-${coverage}`, { year: String(y), source: calendar.source(y) ?? '' }));
  }
  const from = schoolYearBounds(year).from;
  const to = schoolYearBounds(year + 1).to;
  const ranges = schoolHolidaysBetween(db, turn.org.id, from, to);
  lines.push('', ranges.length ? turn.t('calendar-school-holidays') : turn.t('calendar-no-school-holidays'));
  for (const r of ranges) lines.push(`• ${plainIsoDate(turn.tx.lang, r.startsOn, turn.now, turn.tx.zone)} – ${plainIsoDate(turn.tx.lang, r.endsOn, turn.now, turn.tx.zone)}${r.title ? ` ${r.title}` : ''}`);
  const buttons: Button[][] = [[{ label: turn.t('calendar-button-add'), action: addHolidayAction.encode(), style: 'primary' }]];
  for (const r of ranges.slice(0, 20)) {
    buttons.push([{ label: shortLabel(turn.t('calendar-button-remove', { from: showDate(r.startsOn), to: showDate(r.endsOn) })), action: removeHolidayAction.encode(r.id) }]);
  }
  turn.reply({ text: lines.join('\n'), buttons });
}

export function onAddHoliday(turn: Turn): void {
  requireRole(turn.person, 'curator');
  const year = schoolYearOf(turn.now, turn.org.timezone);
  turn.setDialog(HOLIDAY_DIALOG, 'range', {});
  turn.reply(turn.t('calendar-holiday-ask', { from: String(year), to: String(year + 1) }));
}

export function onRemoveHoliday(turn: Turn, [id]: [number]): void {
  requireRole(turn.person, 'curator');
  if (!removeSchoolHoliday(turn.deps.db, turn.org.id, id)) throw new StaleButton();
  turn.reply(turn.t('calendar-holiday-removed'));
}

/**
 * "26.10 – 03.11 осенние каникулы", "28.12.2026-11.01.2027": a range of days and a title. A day
 * without a year takes the school year's: September to December of its first year, January to
 * August of its second.
 */
export function parseHolidayRange(text: string, schoolYear: number): { startsOn: string; endsOn: string; title: string } | null {
  const m = RANGE.exec(text.trim());
  if (!m) return null;
  const day = (d: string, mo: string, y: string | undefined): string => {
    const month = Number(mo);
    const year = y ? Number(y) : month >= 9 ? schoolYear : schoolYear + 1;
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Number(d)).padStart(2, '0')}`;
  };
  return { startsOn: day(m[1]!, m[2]!, m[3]), endsOn: day(m[4]!, m[5]!, m[6]), title: (m[7] ?? '').trim() };
}

function holidayText(turn: Turn, _state: DialogState, text: string): void {
  requireRole(turn.person, 'curator');
  const year = schoolYearOf(turn.now, turn.org.timezone);
  const parsed = parseHolidayRange(text, year);
  if (!parsed) throw new UserError('calendar-holiday-unparsed');
  const range = addSchoolHoliday(turn.deps.db, { orgId: turn.org.id, ...parsed, createdBy: turn.person.id, currentSchoolYear: year, now: turn.now });
  turn.clearDialog();
  turn.reply(turn.t('calendar-holiday-added', { from: plainIsoDate(turn.tx.lang, range.startsOn, turn.now, turn.tx.zone), to: plainIsoDate(turn.tx.lang, range.endsOn, turn.now, turn.tx.zone) }));
}

export const holidayDialogs = {
  [HOLIDAY_DIALOG]: defineDialog({ titleKey: 'dialog-title-calendar-holiday', steps: ['range'], schema: z.looseObject({}), onText: holidayText }),
};
