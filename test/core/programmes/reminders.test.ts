import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { at, pair, people, reminders } from './support.js';
import { getItem, itemsOf } from '../../../src/core/programmes/programme.js';
import { sweepKey } from '../../../src/core/programmes/reminders.js';
import { pendingJob } from '../../../src/core/kernel/jobs/jobs.js';
import { openDatabase } from '../../../src/db/database.js';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { said, text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

// The harness starts on Monday 23 November 2026, 10:00 in Moscow. A deadline on Friday 27 November:
// 3 days before = Tue 24, 1 day before = Thu 26, the day = Fri 27, overdue from Sat 28 (a day off:
// Monday 30), the mentor 3 days later (Tue 1 Dec), the curator 7 days later (Sat 5 Dec: Monday 7).

describe('plan reminders', () => {
  it('before, on and after the deadline, at the mentee’s hours, then to the mentor, then to the curator', async () => {
    h = await createHarness();
    const cast = people(h);
    pair(h, cast, [{ title: 'Оформить документацию группы', dueOn: '2026-11-27' }]);

    await at(h, '2026-11-24T08:59');
    expect(reminders(h, 'ivan')).toEqual([]);
    await at(h, '2026-11-24T09:00');
    expect(reminders(h, 'ivan')).toHaveLength(1);
    expect(reminders(h, 'ivan')[0]).toContain('«Оформить документацию группы» — срок в пятницу, 27 ноября, осталось 3 дня');
    expect(h.last('ivan').buttons.flat().some((b) => b.label.includes('Оформить документацию'))).toBe(true);

    await at(h, '2026-11-26T09:00');
    expect(reminders(h, 'ivan')).toHaveLength(2);
    expect(reminders(h, 'ivan')[1]).toContain('остался 1 день');

    await at(h, '2026-11-27T09:00');
    expect(reminders(h, 'ivan')[2]).toMatch(said('programmes-remind-day'));

    // Saturday and Sunday are outside the mentee's days: the overdue reminder waits for Monday.
    await at(h, '2026-11-28T12:00');
    await at(h, '2026-11-29T12:00');
    expect(reminders(h, 'ivan')).toHaveLength(3);
    await at(h, '2026-11-30T09:00');
    expect(reminders(h, 'ivan')).toHaveLength(4);
    expect(reminders(h, 'ivan')[3]).toContain(text('programmes-remind-overdue', { title: 'Оформить документацию группы', date: '27 ноября' }));
    expect(reminders(h, 'olga')).toEqual([]);

    await at(h, '2026-12-01T09:00');
    expect(reminders(h, 'olga')).toHaveLength(1);
    expect(reminders(h, 'olga')[0]).toContain(text('programmes-remind-mentor', { mentees: 'Иван Новичок', title: 'Оформить документацию группы', date: '27 ноября' }));
    expect(reminders(h, 'anna')).toEqual([]);

    await at(h, '2026-12-07T09:00');
    expect(reminders(h, 'anna')).toHaveLength(1);
    expect(reminders(h, 'anna')[0]).toContain(text('programmes-remind-curator', { mentor: 'Ольга Наставник', mentees: 'Иван Новичок', title: 'Оформить документацию группы', date: '27 ноября' }));

    // Nothing more: every stage has fired once.
    await at(h, '2026-12-31T12:00');
    expect(reminders(h, 'ivan')).toHaveLength(4);
    expect(reminders(h, 'olga')).toHaveLength(1);
    expect(reminders(h, 'anna')).toHaveLength(1);
    expect(pendingJob(h.db, sweepKey(h.org.id))).toBeNull();
  });

  it('an item reported at 08:59 gets no 09:00 reminder; the mentor confirms; nothing more comes', async () => {
    h = await createHarness();
    const cast = people(h);
    pair(h, cast, [{ title: 'Открытое занятие', dueOn: '2026-11-27' }]);
    await at(h, '2026-11-24T09:00');
    expect(reminders(h, 'ivan')).toHaveLength(1);

    await at(h, '2026-11-26T08:59');
    await h.press('ivan', 'Открытое занятие');
    expect(h.lastText('ivan')).toContain(text('programmes-report-ask', { title: 'Открытое занятие' }));
    await h.say('ivan', 'Провёл, конспект у наставника');
    expect(h.lastText('ivan')).toContain(text('programmes-report-sent', { title: 'Открытое занятие' }));
    // The mentor hears of it at the start of her hours, not at 08:59.
    expect(h.messages('olga')).toEqual([]);

    await at(h, '2026-11-26T09:00');
    expect(h.lastText('olga')).toContain(text('programmes-reported-to-mentor', { name: 'Иван Новичок', title: 'Открытое занятие', date: 'в пятницу, 27 ноября', comment: 'Провёл, конспект у наставника' }));
    expect(h.lastText('olga')).toContain('Провёл, конспект у наставника');
    await at(h, '2026-12-10T09:00');
    expect(reminders(h, 'ivan')).toHaveLength(1);
    expect(reminders(h, 'olga')).toHaveLength(0);

    await h.press('olga', text('programmes-button-confirm'));
    expect(h.lastText('ivan')).toContain(text('programmes-confirmed-to-mentee', { name: 'Ольга Наставник', title: 'Открытое занятие' }));
    const [item] = itemsOf(h.db, 1);
    expect(item!.state).toBe('done');
    // Pressing again is a stale button: a clear answer, nothing changes.
    const again = await h.press('olga', text('programmes-button-confirm'));
    expect(again.ackText).toBe(text('programmes-item-not-reported'));
    expect(getItem(h.db, item!.id)!.state).toBe('done');
  });

  it('a returned item is open again and its reminders resume', async () => {
    h = await createHarness();
    const cast = people(h);
    pair(h, cast, [{ title: 'Родительское собрание', dueOn: '2026-12-04' }]);
    await h.pressAction('ivan', `prg.done:1`);
    await h.press('ivan', text('programmes-button-no-comment'));
    await h.press('olga', text('programmes-button-return'));
    await h.say('olga', 'Нет протокола собрания');
    expect(h.lastText('ivan')).toContain(text('programmes-returned-to-mentee', { name: 'Ольга Наставник', title: 'Родительское собрание', remark: 'Нет протокола собрания' }));
    expect(getItem(h.db, 1)!.state).toBe('open');
    await at(h, '2026-12-03T09:00');
    expect(reminders(h, 'ivan')).toHaveLength(1);
    expect(reminders(h, 'ivan')[0]).toContain('остался 1 день');
    await h.say('ivan', '/plan');
    expect(h.lastText('ivan')).toContain(text('programmes-item-remark', { remark: 'Нет протокола собрания' }));
  });

  it('after downtime the missed reminders come once, collapsed into one message per person', async () => {
    h = await createHarness();
    const cast = people(h);
    pair(h, cast, [
      { title: 'Первое', dueOn: '2026-11-25' },
      { title: 'Второе', dueOn: '2026-11-26' },
      { title: 'Третье', dueOn: '2026-12-20' },
    ]);
    // The bot was down from Monday to Friday noon.
    await at(h, '2026-11-27T12:00');
    const got = reminders(h, 'ivan');
    expect(got).toHaveLength(1);
    expect(got[0]).toContain(text('programmes-remind-overdue', { title: 'Первое', date: '25 ноября' }));
    expect(got[0]).toContain(text('programmes-remind-overdue', { title: 'Второе', date: '26 ноября' }));
    expect(got[0]).not.toContain('Третье');
    expect(got[0]).not.toMatch(said('programmes-remind-before'));
    // Ticking again at the same moment (a clock that does not move, a second process) doubles nothing.
    await h.tick();
    await h.tick();
    expect(reminders(h, 'ivan')).toHaveLength(1);
  });

  it('curators get a weekly digest of overdue events by pair on Monday morning', async () => {
    h = await createHarness();
    const cast = people(h);
    pair(h, cast, [
      { title: 'Просроченное', dueOn: '2026-11-24' },
      { title: 'Будущее', dueOn: '2027-02-01' },
    ]);
    await at(h, '2026-11-30T08:59');
    expect(h.allText('anna')).not.toMatch(said('programmes-digest-title'));
    await at(h, '2026-11-30T09:00');
    expect(h.allText('anna')).toContain(text('programmes-digest-title', { count: 1 }));
    expect(h.allText('anna')).toContain(text('programmes-digest-line', { id: 1, mentor: 'Ольга Наставник', mentees: 'Иван Новичок', overdue: 1 }));
    // And again next Monday, once.
    await at(h, '2026-12-07T09:00');
    expect(h.messages('anna').filter((m) => said('programmes-digest-title').test(m.text))).toHaveLength(2);
  });

  it('a restart loses nothing: the next reminder comes from the rows of the database file', async () => {
    const path = `${mkdtempSync(`${tmpdir()}/prg-`)}/bot.db`;
    h = await createHarness({ dbPath: path });
    const cast = people(h);
    pair(h, cast, [{ title: 'Самодиагностика', dueOn: '2026-11-27' }]);
    await h.app.dispatcher.stop();
    h.db.close();
    const db = openDatabase(path);
    h = await createHarness({ db });
    await at(h, '2026-11-24T09:00');
    expect(reminders(h, 'ivan')).toHaveLength(1);
  });

  it('respects a mentee’s own afternoon hours and zone (Yekaterinburg)', async () => {
    h = await createHarness();
    const cast = people(h);
    h.db.prepare('UPDATE persons SET timezone = ?, contact_from = ?, contact_to = ? WHERE id = ?').run('Asia/Yekaterinburg', 14 * 60, 20 * 60, cast.mentee.id);
    pair(h, cast, [{ title: 'Анализ занятия', dueOn: '2026-11-27' }]);
    // 3 days before: Tue 24 November. 14:00 in Yekaterinburg is 12:00 in Moscow.
    await at(h, '2026-11-24T11:59');
    expect(reminders(h, 'ivan')).toEqual([]);
    await at(h, '2026-11-24T12:00');
    expect(reminders(h, 'ivan')).toHaveLength(1);
  });

  it('places reminders by the organisation’s wall clock across a DST change', async () => {
    // Berlin moves to summer time on Sunday 28 March 2027: 09:00 is 08:00 UTC before, 07:00 UTC after.
    h = await createHarness({ timezone: 'Europe/Berlin', now: Date.UTC(2027, 2, 22, 9, 0) });
    const cast = people(h);
    pair(
      h,
      cast,
      [
        { title: 'Отчёт за четверть', dueOn: '2027-03-29' },
        { title: 'Весенний утренник', dueOn: '2027-04-01' },
      ],
      { startsOn: '2027-03-01' },
    );
    await at(h, '2027-03-26T08:59', 'Europe/Berlin');
    expect(reminders(h, 'ivan')).toEqual([]);
    await at(h, '2027-03-26T09:00', 'Europe/Berlin');
    await at(h, '2027-03-29T08:59', 'Europe/Berlin');
    expect(reminders(h, 'ivan')).toHaveLength(1);
    await at(h, '2027-03-29T09:00', 'Europe/Berlin');
    expect(reminders(h, 'ivan')).toHaveLength(2);
    expect(reminders(h, 'ivan')[1]).toContain('«Весенний утренник» — срок в четверг, 1 апреля, осталось 3 дня');
    const sent = h.db
      .prepare(`SELECT created_at FROM outbox WHERE person_id = ? AND source = 'programmes:reminder' ORDER BY id`)
      .all(cast.mentee.id) as { created_at: number }[];
    expect(sent.map((r) => new Date(r.created_at).toISOString())).toEqual(['2027-03-26T08:00:00.000Z', '2027-03-29T07:00:00.000Z']);
  });
});

describe('an item added close to its deadline (issue 15)', () => {
  it('due today: «срок сегодня» the same day, not first the overdue one at midnight', async () => {
    h = await createHarness(); // Monday 23 November, 10:00
    const cast = people(h);
    pair(h, cast, [{ title: 'Сегодняшнее', dueOn: '2026-11-23' }]);
    await h.tick();
    expect(reminders(h, 'ivan')).toHaveLength(1);
    expect(reminders(h, 'ivan')[0]).toContain('«Сегодняшнее» — срок сегодня, 23 ноября');
    await at(h, '2026-11-24T09:00');
    expect(reminders(h, 'ivan')).toHaveLength(2);
    expect(reminders(h, 'ivan')[1]).toContain('срок прошёл 23 ноября');
  });

  it('due tomorrow: «остался 1 день» today; due in two days: «осталось 2 дня», not the three the stage is named for', async () => {
    h = await createHarness();
    const cast = people(h);
    pair(h, cast, [
      { title: 'Завтрашнее', dueOn: '2026-11-24' },
      { title: 'Через два дня', dueOn: '2026-11-25' },
    ]);
    await h.tick();
    const [first] = reminders(h, 'ivan');
    expect(reminders(h, 'ivan')).toHaveLength(1);
    expect(first).toContain('«Завтрашнее» — срок во вторник, 24 ноября, остался 1 день');
    expect(first).toContain('«Через два дня» — срок в среду, 25 ноября, осталось 2 дня');
    await at(h, '2026-11-24T09:00');
    expect(reminders(h, 'ivan')[1]).toContain('«Завтрашнее» — срок сегодня');
    expect(reminders(h, 'ivan')[1]).toContain('«Через два дня» — срок в среду, 25 ноября, остался 1 день');
    // Each stage once.
    await at(h, '2026-11-24T18:00');
    expect(reminders(h, 'ivan')).toHaveLength(2);
  });
});
