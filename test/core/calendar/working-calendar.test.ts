import { afterEach, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { russianCalendar } from '../../../src/core/kernel/calendar/working-calendar.js';
import { parseHolidayRange } from '../../../src/core/calendar/holidays-command.js';
import { Notifier } from '../../../src/core/kernel/contact/notifier.js';
import { createHarness, type Harness } from '../../support/harness.js';
import { pair, people } from '../programmes/support.js';
import { text } from '../../support/said.js';

const cal = russianCalendar();

function nonWorkingWeekdays(year: number): string[] {
  const out: string[] = [];
  for (let d = DateTime.utc(year, 1, 1); d.year === year; d = d.plus({ days: 1 })) {
    const iso = d.toISODate()!;
    if (d.weekday <= 5 && !cal.isWorkingDay(iso)) out.push(iso);
  }
  return out;
}

describe('the working calendar', () => {
  it('2026 as decree № 1466 of 24.09.2025 and art. 112 have it: 247 working days, the weekdays off, the short days', () => {
    expect(cal.coverage(2026)).toBe('decree');
    expect(cal.source(2026)).toContain('№ 1466');
    expect(nonWorkingWeekdays(2026)).toEqual([
      '2026-01-01', '2026-01-02', '2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08',
      '2026-01-09', // moved from Saturday 3 January
      '2026-02-23',
      '2026-03-09', // 8 March is a Sunday
      '2026-05-01',
      '2026-05-11', // 9 May is a Saturday
      '2026-06-12',
      '2026-11-04',
      '2026-12-31', // moved from Sunday 4 January
    ]);
    expect(cal.workingDaysBetween('2026-01-01', '2026-12-31')).toBe(247);
    const byMonth = Array.from({ length: 12 }, (_, m) => {
      const first = DateTime.utc(2026, m + 1, 1);
      return cal.workingDaysBetween(first.toISODate()!, first.endOf('month').toISODate()!);
    });
    expect(byMonth).toEqual([15, 19, 21, 22, 19, 21, 23, 21, 22, 22, 20, 22]);
    expect(['2026-04-30', '2026-05-08', '2026-06-11', '2026-11-03'].map((d) => cal.kindOf(d))).toEqual(['shortened', 'shortened', 'shortened', 'shortened']);
    expect(cal.kindOf('2026-01-09')).toBe('day-off');
    expect(cal.kindOf('2026-01-03')).toBe('holiday');
    expect(cal.kindOf('2026-02-21')).toBe('weekend');
  });

  it('2025 as decree № 1335 has it, with Saturday 1 November a (short) working day', () => {
    expect(cal.workingDaysBetween('2025-01-01', '2025-12-31')).toBe(247);
    expect(cal.isWorkingDay('2025-11-01')).toBe(true);
    expect(cal.kindOf('2025-11-01')).toBe('shortened');
    expect(cal.isWorkingDay('2025-11-03')).toBe(false);
    expect(cal.isWorkingDay('2025-05-08')).toBe(false);
    expect(cal.isWorkingDay('2025-06-13')).toBe(false);
  });

  it('2027 is provisional (no decree yet) and a year without data falls back to weekends', () => {
    expect(cal.coverage(2027)).toBe('provisional');
    expect(cal.isWorkingDay('2027-01-07')).toBe(false);
    expect(cal.isWorkingDay('2027-05-03')).toBe(false);
    expect(cal.coverage(2028)).toBe('weekends');
    expect(cal.source(2028)).toBeNull();
    expect(cal.isWorkingDay('2028-01-03')).toBe(true); // a Monday: its holiday is not known here
    expect(cal.isWorkingDay('2028-01-01')).toBe(false); // a Saturday
    expect(cal.uncertainYears('2026-12-01', '2028-02-01')).toEqual([2027, 2028]);
  });

  it('three working days counted across the May holidays and across the New Year break', () => {
    // Notice given on Thursday 30 April 2026: 1–3 May off, then 4, 5, 6 May.
    expect(cal.addWorkingDays('2026-04-30', 3)).toBe('2026-05-06');
    // On Friday 8 May 2026: 9–11 May off, then 12, 13, 14 May.
    expect(cal.addWorkingDays('2026-05-08', 3)).toBe('2026-05-14');
    // On Monday 29 December 2025: 30 December, then 31 December – 11 January off, then 12, 13 January.
    expect(cal.addWorkingDays('2025-12-29', 3)).toBe('2026-01-13');
    expect(cal.addWorkingDays('2026-01-03', 0)).toBe('2026-01-12');
    expect(cal.addWorkingDays('2026-01-12', 0)).toBe('2026-01-12');
  });

  it('reads a school-holiday range typed with or without years', () => {
    expect(parseHolidayRange('26.10 – 03.11 осенние каникулы', 2026)).toEqual({ startsOn: '2026-10-26', endsOn: '2026-11-03', title: 'осенние каникулы' });
    expect(parseHolidayRange('28.12-11.01', 2026)).toEqual({ startsOn: '2026-12-28', endsOn: '2027-01-11', title: '' });
    expect(parseHolidayRange('01.06.2027 — 31.08.2027 летние', 2026)).toEqual({ startsOn: '2027-06-01', endsOn: '2027-08-31', title: 'летние' });
    expect(parseHolidayRange('в понедельник', 2026)).toBeNull();
  });
});

let h: Harness;
afterEach(async () => h?.close());

const wall = (ms: number) => DateTime.fromMillis(ms, { zone: 'Europe/Moscow' }).toFormat('yyyy-MM-dd HH:mm');

describe('pings and the working calendar', () => {
  it('a ping or a reminder on the New Year holidays waits for the first working day; an escalation and what was asked for cut through', async () => {
    h = await createHarness({ now: Date.UTC(2026, 0, 5, 8, 0) }); // Monday 5 January 2026, 11:00 in Moscow
    const olga = h.addPerson({ name: 'Ольга', userId: 'olga' });
    const every = h.addPerson({ name: 'Всегда', userId: 'every', days: 0b1111111 });
    const notifier = new Notifier(h.app.deps, h.org);
    expect(wall(notifier.deliveryTime(olga, 'ping'))).toBe('2026-01-12 09:00');
    expect(wall(notifier.deliveryTime(olga, 'reminder'))).toBe('2026-01-12 09:00');
    // Contact days "every day" still do not reach into the public holidays.
    expect(wall(notifier.deliveryTime(every, 'bulk'))).toBe('2026-01-10 09:00');
    expect(notifier.deliveryTime(olga, 'escalation')).toBe(h.clock.now());
    expect(notifier.deliveryTime(olga, 'asked')).toBe(h.clock.now());
    expect(notifier.deliveryTime(olga, 'reply')).toBe(h.clock.now());
  });

  it('a Friday-evening ping before the May holidays of 2026 waits until Monday 4 May; a Thursday-evening one before 9 May until Tuesday 12 May', async () => {
    h = await createHarness({ now: Date.UTC(2026, 3, 30, 16, 0) }); // Thursday 30 April, 19:00
    const olga = h.addPerson({ name: 'Ольга', userId: 'olga' });
    const notifier = new Notifier(h.app.deps, h.org);
    expect(wall(notifier.deliveryTime(olga, 'ping'))).toBe('2026-05-04 09:00');
    h.clock.set(Date.UTC(2026, 4, 8, 16, 0)); // Friday 8 May, 19:00
    expect(wall(notifier.deliveryTime(olga, 'ping'))).toBe('2026-05-12 09:00');
  });
});

describe('school holidays and plan deadlines', () => {
  it('the curator enters holidays; a range typed backwards or outside the school year is refused', async () => {
    h = await createHarness();
    const { curator } = people(h);
    void curator;
    await h.say('anna', '/holidays');
    expect(h.lastText('anna')).toContain('2026 год: праздники и переносы по постановлению');
    expect(h.lastText('anna')).toContain('2027 год: праздники по Трудовому кодексу');
    expect(h.lastText('anna')).toContain('Школьные каникулы ещё не внесены');
    await h.press('anna', text('calendar-button-add'));
    await h.say('anna', '03.11 – 26.10 осенние');
    expect(h.lastText('anna')).toContain('Конец каникул раньше начала');
    await h.say('anna', '25.08.2027 – 05.09.2027');
    expect(h.lastText('anna')).toContain('в один учебный год, с 01.09.2026 по 31.08.2028');
    await h.say('anna', '28.12 – 11.01 зимние каникулы');
    expect(h.lastText('anna')).toBe('Каникулы с 28 декабря по 11 января 2027 записаны.');
    await h.say('anna', '/holidays');
    expect(h.lastText('anna')).toContain('• 28 декабря – 11 января 2027 зимние каникулы');
    await h.press('anna', '🗑 28.12.2026');
    expect(h.lastText('anna')).toBe('Каникулы удалены.');
    // Not a curator: refused.
    h.addPerson({ name: 'Иван', userId: 'ivan2' });
    await h.say('ivan2', '/holidays');
    expect(h.lastText('ivan2')).not.toContain('Производственный календарь');
  });

  it('a deadline planned on a public holiday is flagged with the working day before it', async () => {
    h = await createHarness();
    const ids = people(h);
    const p = pair(h, ids, []);
    await h.say('anna', '/holidays');
    await h.press('anna', text('calendar-button-add'));
    await h.say('anna', '28.12 – 11.01 зимние каникулы');
    await h.say('olga', `/plan`);
    await h.pressAction('olga', `prg.add:${p.id}`);
    await h.say('olga', 'Открытое занятие');
    await h.say('olga', '04.01.2027');
    const reply = h.lastText('olga');
    expect(reply).toContain('4 января — нерабочий праздничный день. Ближайший рабочий день до него — 30 декабря 2026');
    expect(reply).toContain('приходится на каникулы (28 декабря 2026 – 11 января)');
    await h.pressAction('olga', `prg.add:${p.id}`);
    await h.say('olga', 'Отчёт');
    await h.say('olga', '15.03.2027');
    expect(h.lastText('olga')).not.toContain('⚠️');
  });
});

describe('deadlines typed in working days', () => {
  it('"через 3 рабочих дня" counts on the calendar', async () => {
    const { parseDeadline } = await import('../../../src/core/kernel/dates/days.js');
    const { workingDaysPhrase } = await import('../../../src/core/kernel/dates/working-days-phrase.js');
    const thursday = Date.UTC(2026, 3, 30, 7, 0); // 30 April 2026, Moscow morning
    expect(parseDeadline('через 3 рабочих дня', thursday, 'Europe/Moscow')).toBe('2026-05-06');
    expect(parseDeadline('через 1 рабочий день', thursday, 'Europe/Moscow')).toBe('2026-05-04');
    expect(parseDeadline('in 5 working days', thursday, 'Europe/Moscow')).toBe('2026-05-08');
    expect(workingDaysPhrase('через 3 дня')).toBeNull();
    expect(workingDaysPhrase('через 0 рабочих дней')).toBeNull();
  });
});
