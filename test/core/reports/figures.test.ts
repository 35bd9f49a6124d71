/**
 * The year report's figures agree with what people see in the chat: plan events ahead are not
 * counted as overdue, a session's status says whether it was held, and a participant the host
 * marked absent can neither rate the session nor count in its average.
 */
import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { DateTime } from 'luxon';
import { HOUR } from '../../../src/clock.js';
import { fileWorker } from '../../../src/core/kernel/files/files.js';
import { createSession } from '../../../src/core/sessions/organising.js';
import { signUpPerson } from '../../../src/core/sessions/sign-up.js';
import { Notifier } from '../../../src/core/kernel/contact/notifier.js';
import { attendanceAction, rateAction } from '../../../src/core/sessions/buttons.js';
import { createHarness, type Harness } from '../../support/harness.js';
import { pair, people } from '../programmes/support.js';
import { text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

const msk = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Moscow' }).toMillis();

async function workbook(userId: string): Promise<ExcelJS.Workbook> {
  await fileWorker(h.app.deps).run();
  await h.flush();
  const file = [...h.messages(userId)].reverse().find((m) => m.file?.name.endsWith('.xlsx'))!.file!;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
  return wb;
}

function rowsOf(wb: ExcelJS.Workbook, sheet: string): unknown[][] {
  // The title (organisation and year) comes first, then the table's header and rows.
  const rows = (wb.getWorksheet(sheet)!.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r.slice(1));
  expect(String(rows[0]![0])).toMatch(/^Итоги наставничества за 2026\/2027/);
  return rows.slice(1);
}

describe('year report figures', () => {
  it('counts plan events ahead as ahead, as /programmes does, not as overdue', async () => {
    h = await createHarness();
    const cast = people(h);
    const p = pair(h, cast, [
      { title: 'Первое', dueOn: '2026-11-25' },
      { title: 'Второе', dueOn: '2026-11-26' },
      { title: 'Третье', dueOn: '2026-12-10' },
      { title: 'Четвёртое', dueOn: '2027-02-10' },
      { title: 'Пятое', dueOn: '2027-04-10' },
    ]);
    // Done on time, then one left overdue.
    h.db.prepare(`UPDATE plan_items SET state = 'done', reported_at = ?, confirmed_at = ? WHERE programme_id = ? AND title = 'Первое'`).run(h.clock.now(), h.clock.now(), p.id);
    h.clock.set(msk('2026-11-28T10:00'));
    await h.say('anna', '/programmes');
    const list = h.allText('anna');
    expect(list).toContain(text('programmes-progress', { onTime: 1, late: 0, awaiting: 0, overdue: 1, upcoming: 3 }));

    await h.say('anna', '/report');
    const rows = rowsOf(await workbook('anna'), 'Программы наставничества');
    const header = rows[0] as string[];
    const row = rows[1]!;
    const col = (name: string) => row[header.indexOf(name)];
    expect(col('Мероприятий')).toBe(5);
    expect(col('В срок')).toBe(1);
    expect(col('Просрочено')).toBe(1);
    expect(col('Впереди')).toBe(3);
  });

  it('a session says whether it was held; an absent participant cannot rate it and does not count', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Анна Куратор', roles: ['curator'], userId: 'anna' });
    const host = h.addPerson({ name: 'Марина Ведущая', roles: ['mentor'], userId: 'marina' });
    const came = h.addPerson({ name: 'Борис', roles: ['mentee'], userId: 'boris' });
    const absent = h.addPerson({ name: 'Вера', roles: ['mentee'], userId: 'vera' });
    const ctx = () => ({ deps: h.app.deps, org: h.org, notifier: new Notifier(h.app.deps, h.org), now: h.clock.now() });
    const make = (title: string, startsAt: number) =>
      h.db.transaction(() => createSession(ctx(), { organiserId: host.id, topicId: h.topicId('parents'), title, startsAt, durationMin: 60, placeKind: 'room', place: 'Кабинет 12', seats: 5 }))();
    const past = make('Прошедшая', msk('2026-11-24T15:00'));
    make('Будущая', msk('2027-03-24T15:00'));
    h.db.transaction(() => {
      signUpPerson(ctx(), past.id, came.id);
      signUpPerson(ctx(), past.id, absent.id);
    })();
    await h.flush();
    await h.advance(32 * HOUR); // the session is over: everyone is asked to rate it
    await h.pressAction('marina', attendanceAction.encode(past.id, absent.id));
    await h.pressAction('vera', rateAction.encode(past.id, 5));
    expect(h.lastText('vera')).toBe(text('session-feedback-absent'));
    await h.pressAction('boris', rateAction.encode(past.id, 3));

    await h.say('anna', '/report');
    expect(h.allText('anna')).toContain(text('session-report-summary', { held: 1, people: 1, pairs: 1, average: '3' }));
    const rows = rowsOf(await workbook('anna'), 'Скоростное наставничество');
    const header = rows[0] as string[];
    const status = header.indexOf('Статус');
    expect(rows.find((r) => r[1] === 'Прошедшая')![status]).toBe('состоялась');
    expect(rows.find((r) => r[1] === 'Будущая')![status]).toBe('впереди');
    expect(rows.find((r) => r[1] === 'Прошедшая')![header.indexOf('Пришли')]).toBe(1);
    expect(rows.find((r) => r[1] === 'Прошедшая')![header.indexOf('Оценка')]).toBe(3);
    // The host took no question this year, and is on the mentors' sheet all the same.
    const mentors = rowsOf(await workbook('anna'), 'Вопросы');
    expect(mentors.find((r) => r[0] === 'Марина Ведущая')?.[1]).toBe(0);
  });

  it('a rating given before the host marked someone absent is left out', async () => {
    h = await createHarness();
    const host = h.addPerson({ name: 'Марина Ведущая', roles: ['mentor', 'curator'], userId: 'marina' });
    const a = h.addPerson({ name: 'Борис', roles: ['mentee'], userId: 'boris' });
    const b = h.addPerson({ name: 'Вера', roles: ['mentee'], userId: 'vera' });
    const ctx = () => ({ deps: h.app.deps, org: h.org, notifier: new Notifier(h.app.deps, h.org), now: h.clock.now() });
    const s = h.db.transaction(() =>
      createSession(ctx(), { organiserId: host.id, topicId: h.topicId('parents'), title: 'Встреча', startsAt: msk('2026-11-24T15:00'), durationMin: 60, placeKind: 'room', place: 'Кабинет 12', seats: 5 }),
    )();
    h.db.transaction(() => {
      signUpPerson(ctx(), s.id, a.id);
      signUpPerson(ctx(), s.id, b.id);
    })();
    await h.advance(32 * HOUR);
    await h.pressAction('vera', rateAction.encode(s.id, 1));
    await h.pressAction('boris', rateAction.encode(s.id, 5));
    await h.pressAction('marina', attendanceAction.encode(s.id, b.id));
    await h.say('marina', '/report');
    expect(h.allText('marina')).toContain(text('session-report-summary', { held: 1, people: 1, pairs: 1, average: '5' }));
  });
});
