import { afterEach, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createHarness, type Harness } from '../../support/harness.js';
import { allFeatures } from '../../../src/app/features.js';
import type { Feature } from '../../../src/core/kernel/feature.js';
import { fileWorker } from '../../../src/core/kernel/files/files.js';
import { schoolYear, schoolYearOf } from '../../../src/core/kernel/calendar/school-year.js';
import { seedDemo } from '../../../src/core/surveys/demo.js';
import { said, text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

/** Another capability's part of the report, as the questions feature would give it. */
const questionsPart: Feature = {
  name: 'questions-stand-in',
  yearReport: (_deps, _org, period) => [
    {
      sheet: 'Пример раздела',
      summary: [`Пример: 12 (с ${new Date(period.from).toISOString().slice(0, 10)})`],
      columns: ['Тема', 'Вопросов', 'Медиана, мин'],
      rows: [
        ['Работа с родителями', 7, 35],
        ['=cmd()', 5, 50],
      ],
    },
  ],
};

describe('the year-end report', () => {
  it('school years run September to August in the organisation zone', () => {
    const { from, to } = schoolYear(2026, 'Europe/Moscow');
    expect(new Date(from).toISOString()).toBe('2026-08-31T21:00:00.000Z');
    expect(new Date(to).toISOString()).toBe('2027-08-31T21:00:00.000Z');
    expect(schoolYearOf(Date.UTC(2027, 4, 20), 'Europe/Moscow')).toBe(2026);
    expect(schoolYearOf(Date.UTC(2026, 8, 2), 'Europe/Moscow')).toBe(2026);
  });

  it('combines every feature section: a summary in the chat and a workbook made outside the transaction', async () => {
    h = await createHarness({ features: [...allFeatures(), questionsPart] });
    const cur = h.addPerson({ name: 'Куратор', userId: 'cur', roles: ['curator'] });
    const mentors = [1, 2, 3].map((i) => h.addPerson({ name: `Наставник ${i}`, userId: `o${i}`, roles: ['mentor'] }).id);
    const mentees = [1, 2, 3, 4, 5, 6].map((i) => h.addPerson({ name: `Наставляемый ${i}`, userId: `e${i}`, roles: ['mentee'] }).id);
    h.db.transaction(() => seedDemo(h.app.deps, h.org.id, { curatorId: cur.id, mentorIds: mentors, menteeIds: mentees }, h.clock.now()))();
    await h.flush();

    await h.say('cur', '/report');
    const summary = h.messages('cur').find((m) => m.text.includes(text('reports-title', { from: '2026', to: '2027', org: 'Детский сад №7' })))!.text;
    expect(summary).toContain(text('reports-participants-line', { mentors: 3, mentees: 6 }));
    expect(summary).toContain('Пример: 12');
    expect(summary).toMatch(said('surveys-report-line-numbered'));
    expect(summary).toMatch(/ответили 5 из 6/); // the figures: said() cannot bind a value
    expect(h.messages('cur').some((m) => m.file)).toBe(false);

    await fileWorker(h.app.deps).run();
    await h.flush();
    const file = h.messages('cur').find((m) => m.file?.name === 'report-2026-2027.xlsx')!.file!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheets = wb.worksheets.map((w) => w.name);
    expect(sheets[0]).toBe('Участники');
    expect(sheets).toEqual(expect.arrayContaining(['Опросы', 'Пример раздела']));
    expect(new Set(sheets).size).toBe(sheets.length);
    const people = wb.getWorksheet('Участники')!;
    // Every sheet heads with the organisation and the year.
    for (const ws of wb.worksheets) expect(ws.getRow(1).getCell(1).value).toBe('Итоги наставничества за 2026/2027 учебный год — Детский сад №7');
    expect(people.getRow(4).values).toEqual([undefined, 'Наставники', 3]);
    expect(people.getRow(5).values).toEqual([undefined, 'Наставляемые', 6]);
    // Then everyone by name, whatever they did this year.
    const names = (people.getSheetValues().filter(Boolean) as unknown[][]).map((r) => r[1]);
    for (const n of ['Наставник 1', 'Наставник 2', 'Наставник 3', 'Наставляемый 6']) expect(names).toContain(n);
    const questions = wb.getWorksheet('Пример раздела')!;
    expect(questions.getRow(5).getCell(1).value).toBe("'=cmd()");
    const surveys = wb.getWorksheet('Опросы')!;
    const sat = (surveys.getSheetValues().filter(Boolean) as unknown[][]).find((r) => typeof r[4] === 'string' && String(r[4]).includes('удовлетворены'));
    expect(typeof sat?.[5]).toBe('number');
    // The snapshot is not kept after delivery.
    expect(h.db.prepare(`SELECT status, params FROM report_files`).all()).toEqual([{ status: 'done', params: '{}' }]);
  });

  it('an organisation name with HTML in it is shown as text, not markup', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Куратор', userId: 'cur', roles: ['curator'] });
    h.db.prepare('UPDATE organisations SET name = ? WHERE id = ?').run('Школа <№1> & сад', h.org.id);
    await h.say('cur', '/report');
    const m = h.messages('cur').find((x) => x.text.includes('Школа'))!;
    expect(m.format).toBe('html');
    expect(m.text).toContain('Школа &lt;№1&gt; &amp; сад');
    expect(m.text).not.toContain('<№1>');
  });

  it('a bad year and a non-curator get clear answers', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Куратор', userId: 'cur', roles: ['curator'] });
    h.addPerson({ name: 'Сотрудник', userId: 'st', roles: ['mentee'] });
    await h.say('cur', '/report 3000');
    expect(h.lastText('cur')).toBe(text('reports-bad-year', { year: '2026' }));
    await h.say('cur', '/report прошлый');
    expect(h.lastText('cur')).toBe(text('reports-bad-year', { year: '2026' }));
    await h.say('st', '/report');
    expect(h.lastText('st')).toBe(text('common-not-allowed'));
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM report_files').get()).toEqual({ n: 0 });
  });

  it('a file request survives a restart: the job wakes the worker again', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Куратор', userId: 'cur', roles: ['curator'] });
    await h.say('cur', '/report');
    // As if the process stopped before rendering: the row is still pending (or stuck rendering).
    h.db.prepare(`UPDATE report_files SET status = 'rendering', claimed_at = ?`).run(h.clock.now());
    await h.advance(11 * 60_000);
    await fileWorker(h.app.deps).run();
    await h.flush();
    expect(h.messages('cur').some((m) => m.file?.name.endsWith('.xlsx'))).toBe(true);
  });
});
