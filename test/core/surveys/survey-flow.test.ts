import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import ExcelJS from 'exceljs';
import { createHarness, type Harness } from '../../support/harness.js';
import { fileWorker } from '../../../src/core/kernel/files/files.js';
import { answerAction, startAction } from '../../../src/core/surveys/answering.js';
import { said, text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

const DEFINITION = {
  title: 'Пробный опрос',
  questions: [
    { id: 'sat', type: 'scale', text: 'Оцените наставничество', min: 1, max: 5 },
    { id: 'form', type: 'single', text: 'Лучшая форма', options: ['Вопросы', 'Встречи', 'Программа'] },
    { id: 'help', type: 'multi', text: 'Что помогло', options: ['Советы', 'Материалы', 'Поддержка'] },
    { id: 'stay', type: 'yesno', text: 'Останетесь в профессии?' },
    { id: 'wish', type: 'text', text: 'Пожелания', optional: true },
  ],
};

const MENTEES = ['m1', 'm2', 'm3', 'm4', 'm5'];

async function setUp(dbPath?: string) {
  h = await createHarness({ dbPath });
  h.addPerson({ name: 'Куратор Анна', userId: 'cur', roles: ['curator'] });
  MENTEES.forEach((u, i) => h.addPerson({ name: `Наставляемая ${i + 1}`, userId: u, roles: ['mentee'] }));
  h.addPerson({ name: 'Наставник Олег', userId: 'olga', roles: ['mentor'] });
}

/** The curator creates the survey from a definition file: mentees, anonymous, 7 days, 2 reminders. */
async function launch(def: object = DEFINITION, anonymous = true) {
  await h.say('cur', '/survey_new');
  await h.local.sendFile('cur', { kind: 'document', name: 'survey.json', bytes: Buffer.from(JSON.stringify(def, null, 2)) });
  await h.flush();
  await h.press('cur', text('surveys-builder-next'));
  expect(h.lastText('cur')).toMatch(said('surveys-new-audience'));
  await h.press('cur', text('surveys-audience-mentee'));
  await h.press('cur', anonymous ? text('surveys-mode-anonymous') : text('surveys-mode-named'));
  await h.press('cur', text('surveys-opens-now'));
  await h.press('cur', text('surveys-days', { count: 7 }));
  await h.press('cur', '2');
  await h.press('cur', text('surveys-builder-launch'));
  expect(h.lastText('cur')).toMatch(said('surveys-launched'));
  return Number(/№(\d+)/.exec(h.lastText('cur'))![1]);
}

/** Presses a button on the curator's card of survey `id` (from /surveys). */
async function onCard(id: number, label: string) {
  await h.say('cur', '/surveys');
  const card = [...h.messages('cur')].reverse().find((m) => m.text.includes(`№${id} `))!;
  await h.press('cur', label, card.id);
}

/** Answers the whole survey with buttons and text. */
async function answerAll(u: string, score: string, wish: string | null) {
  await h.press(u, text('surveys-start-button'));
  await h.press(u, score);
  await h.press(u, 'Встречи');
  await h.press(u, 'Советы');
  await h.press(u, 'Поддержка');
  await h.press(u, text('surveys-multi-done'));
  await h.press(u, text('surveys-yes'));
  if (wish === null) await h.press(u, text('surveys-skip'));
  else await h.say(u, wish);
}

describe('surveys in the chat', () => {
  it('launch → every question type → back → stop, restart, continue → submitted once', async () => {
    const dir = mkdtempSync(`${tmpdir()}/sv-`);
    await setUp(`${dir}/bot.db`);
    const id = await launch();
    expect(h.lastText('m1')).toContain(text('surveys-invitation', { title: 'Пробный опрос', count: 5, until: '30 ноября в 10:00', anonymous: 'yes' }));
    expect(h.lastText('m1')).toMatch(said('surveys-invitation'));
    expect(h.allText('olga')).not.toContain('Пробный опрос');

    await h.press('m1', text('surveys-start-button'));
    expect(h.lastText('m1')).toContain(text('surveys-progress', { n: 1, total: 5, title: 'Пробный опрос' }));
    await h.press('m1', '4');
    expect(h.lastText('m1')).toContain(text('surveys-progress', { n: 2, total: 5, title: 'Пробный опрос' }));
    // Back to the first question: the earlier answer is marked, and can be changed.
    await h.press('m1', text('surveys-back'));
    expect(h.lastText('m1')).toContain(text('surveys-progress', { n: 1, total: 5, title: 'Пробный опрос' }));
    expect(h.last('m1').buttons.flat().map((b) => b.label)).toContain('✅ 4');
    await h.press('m1', '5');
    await h.press('m1', 'Программа');
    // Text where a button is expected: a pointer to the buttons and the question again; nothing saved.
    await h.say('m1', 'Советы');
    expect(h.messages('m1').at(-2)!.text).toContain(text('surveys-use-buttons'));
    expect(h.lastText('m1')).toContain(text('surveys-progress', { n: 3, total: 5, title: 'Пробный опрос' }));
    await h.press('m1', 'Советы');
    expect(h.last('m1').buttons.flat().map((b) => b.label)).toContain('✅ Советы');
    const draft = h.db.prepare('SELECT position, answers FROM survey_drafts WHERE survey_id = ?').get(id) as { position: number; answers: string };
    expect(draft.position).toBe(2);
    expect(JSON.parse(draft.answers).answers).toEqual({ sat: '5', form: '2' });

    // Stop here; the bot restarts.
    await h.close();
    h = await createHarness({ dbPath: `${dir}/bot.db` });
    await h.say('m1', '/surveys');
    expect(h.lastText('m1')).toContain(text('surveys-open-list', { count: 1 }));
    await h.press('m1', 'Пробный опрос');
    expect(h.lastText('m1')).toContain(text('surveys-progress', { n: 3, total: 5, title: 'Пробный опрос' }));
    expect(h.last('m1').buttons.flat().map((b) => b.label)).toContain('✅ Советы');
    await h.press('m1', 'Материалы');
    await h.press('m1', text('surveys-multi-done'));
    await h.press('m1', text('surveys-no'));
    expect(h.lastText('m1')).toContain(text('surveys-progress', { n: 5, total: 5, title: 'Пробный опрос' }));
    // An oversized answer is refused and changes nothing; the router refuses above 4096 at once.
    await h.say('m1', 'а'.repeat(3000));
    expect(h.lastText('m1')).toContain(text('surveys-text-too-long', { length: 3000, max: 2000 }));
    await h.say('m1', 'б'.repeat(10_000));
    expect(h.lastText('m1')).toContain(text('common-too-long', { max: 4096 }));
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM survey_responses').get()).toEqual({ n: 0 });
    await h.say('m1', 'Больше встреч');
    expect(h.lastText('m1')).toContain(text('surveys-thanks-anonymous'));

    const answers = h.db.prepare('SELECT question_id, value FROM survey_answers ORDER BY question_id').all();
    expect(answers).toEqual([
      { question_id: 'form', value: '2' },
      { question_id: 'help', value: '[0,1]' },
      { question_id: 'sat', value: '5' },
      { question_id: 'stay', value: '0' },
      { question_id: 'wish', value: 'Больше встреч' },
    ]);
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM survey_drafts').get()).toEqual({ n: 0 });

    // Answering twice: the old buttons and the start button are refused, nothing is added.
    await h.pressAction('m1', answerAction.encode(id, 0, 3));
    expect(h.lastText('m1')).toContain(text('surveys-already-answered'));
    await h.pressAction('m1', startAction.encode(id));
    expect(h.lastText('m1')).toContain(text('surveys-already-answered'));
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM survey_responses').get()).toEqual({ n: 1 });
    // A person outside the audience.
    await h.pressAction('olga', startAction.encode(id));
    expect(h.lastText('olga')).toContain(text('surveys-not-asked'));
  });

  it('stale and forged buttons change nothing', async () => {
    await setUp();
    const id = await launch();
    await h.press('m2', text('surveys-start-button'));
    await h.press('m2', '3');
    // A button from question 1 pressed again while on question 2.
    await h.pressAction('m2', answerAction.encode(id, 0, 5));
    expect(h.lastText('m2')).toContain(text('surveys-stale-question'));
    // Out-of-range values, unknown surveys, malformed payloads.
    await h.pressAction('m2', answerAction.encode(id, 1, 9));
    await h.pressAction('m2', answerAction.encode(999, 0, 1));
    const ack = await h.pressAction('m2', 'sv.a:1:x:2');
    expect(ack.ackText).toBe(text('common-stale-button'));
    const draft = h.db.prepare('SELECT position, answers FROM survey_drafts').get() as { position: number; answers: string };
    expect(draft.position).toBe(1);
    expect(JSON.parse(draft.answers).answers).toEqual({ sat: '3' });
    // A mentee cannot use the curator's buttons.
    const refused = await h.pressAction('m2', 'svm.close:1');
    expect(refused.ackText).toBe(text('common-not-allowed'));
  });

  it('reminders go to those who have not finished, within their hours, no more than set; closing stops answers', async () => {
    await setUp();
    const id = await launch();
    await answerAll('m1', '5', null);
    const job = h.db.prepare(`SELECT due_at FROM jobs WHERE key = ? AND status = 'pending'`).get(`surveys.remind:${id}:1`) as { due_at: number };
    expect(job).toBeTruthy();
    const invitesOf = (u: string) => h.messages(u).filter((m) => said('surveys-reminder').test(m.text)).length;
    // Two reminder periods and more: at most 2 reminders each.
    for (let i = 0; i < 10; i++) await h.advance(24 * 3600_000);
    expect(invitesOf('m1')).toBe(0);
    expect(invitesOf('m2')).toBe(2);
    // Reminders waited for contact hours (09:00–18:00 Moscow, Monday–Friday).
    const queued = h.db.prepare(`SELECT not_before FROM outbox WHERE person_id = (SELECT person_id FROM accounts WHERE chat_id = 'm2') AND payload LIKE '%Напоминание%'`).all() as { not_before: number }[];
    for (const q of queued) {
      const local = new Date(q.not_before + 3 * 3600_000);
      expect(local.getUTCHours()).toBeGreaterThanOrEqual(9);
      expect(local.getUTCHours()).toBeLessThan(18);
      expect([0, 6]).not.toContain(local.getUTCDay());
    }
    // Closed after 7 days: an old button gets a clear answer.
    expect((h.db.prepare('SELECT status FROM surveys WHERE id = ?').get(id) as { status: string }).status).toBe('closed');
    await h.pressAction('m2', startAction.encode(id));
    expect(h.lastText('m2')).toContain(text('surveys-closed-already'));
    expect(h.allText('cur')).toContain(text('surveys-closed-notice', { title: 'Пробный опрос' }));
  });

  it('results, charts and exports; a small group is not shown', async () => {
    await setUp();
    const id = await launch();
    // Before anyone answered, the export says there is nothing.
    await onCard(id, 'Закрыть');
    await onCard(id, 'Выгрузить');
    expect(h.lastText('cur')).toContain(text('surveys-export-empty'));
    // The survey was closed above (no answers), so use a new one.
    const id2 = await launch();
    expect(id2).toBeGreaterThan(id);
    const scores = ['5', '4', '4', '3', '5'];
    for (const [i, u] of MENTEES.entries()) await answerAll(u, scores[i]!, i % 2 ? null : `=HYPERLINK("x") пожелание ${i}`);
    await onCard(id2, 'Закрыть');
    await onCard(id2, 'Результаты');
    const results = h.lastText('cur');
    expect(results).toContain(text('surveys-results-title', { title: 'Пробный опрос', count: 5 }));
    expect(results).toContain(text('surveys-results-scale', { mean: 4.2, median: 4, answered: 5 }));
    expect(results).toContain('Встречи: 5 (100%)');
    // Everyone ticked two options: each is 100 % of the respondents, not 50 % of the ticks.
    expect(results).toContain('Советы: 5 (100%)');
    expect(results).toContain('Поддержка: 5 (100%)');
    expect(results).toContain('Материалы: 0 (0%)');
    expect(results).toContain(text('surveys-rate-total', { finished: 5, asked: 5, percent: 100 }));

    await onCard(id2, 'Выгрузить');
    expect(h.lastText('cur')).toContain(text('surveys-export-started'));
    await fileWorker(h.app.deps).run();
    await h.flush();
    const files = h.messages('cur').filter((m) => m.file);
    const pngs = files.filter((m) => m.file!.mime === 'image/png');
    // The four charts come together, in one picture.
    expect(pngs.length).toBe(1);
    for (const p of pngs) expect(p.file!.bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
    const xlsx = files.find((m) => m.file!.name.endsWith('.xlsx'))!.file!.bytes;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const summary = wb.getWorksheet('Сводка')!;
    const rows = summary.getSheetValues().filter(Boolean) as unknown[][];
    const sat5 = rows.find((r) => r[1] === 'Оцените наставничество' && r[2] === '5')!;
    expect(sat5[3]).toBe(2);
    expect(sat5[4]).toBe(40);
    expect(rows.find((r) => r[1] === 'Оцените наставничество' && r[2] === '1')![5]).toBe(4.2);
    expect(rows.find((r) => r[1] === 'Что помогло' && r[2] === 'Советы')!.slice(3, 5)).toEqual([5, 100]);
    // A heading: the survey's name, its dates and the respondents.
    expect(rows[0]![1]).toBe('Пробный опрос');
    expect(String(rows[1]![1])).toMatch(/^Проводился с \d\d\.\d\d\.2026 по \d\d\.\d\d\.2026$/);
    expect(rows[2]![1]).toBe('Ответили: 5');
    const responses = wb.getWorksheet('Ответы')!;
    expect(responses.rowCount).toBe(6);
    const csv = files.find((m) => m.file!.name.endsWith('.csv'))!.file!.bytes.toString('utf8');
    expect(csv).toContain(`"'=HYPERLINK(""x"") пожелание 0"`);
    expect(csv).not.toMatch(/(^|[,;])=HYPERLINK/m);
    expect(csv).not.toContain('Наставляемая');
    // For Russian Excel: a BOM and semicolons.
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')[0]).toBe('\ufeffГруппа;Оцените наставничество;Лучшая форма;Что помогло;Останетесь в профессии?;Пожелания');
  });
});

describe('a survey closing under a person', () => {
  it('text typed into a closed survey gets a clear answer once, then the bot is itself again', async () => {
    await setUp();
    const id = await launch({ title: 'Короткий', questions: [{ id: 'w', type: 'text', text: 'Ваше мнение' }] });
    await h.press('m3', text('surveys-start-button'));
    expect(h.lastText('m3')).toContain(text('surveys-progress', { n: 1, total: 1, title: 'Короткий' }));
    await onCard(id, 'Закрыть');
    await h.say('m3', 'Моё мнение');
    expect(h.lastText('m3')).toContain(text('surveys-closed-already'));
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM survey_responses').get()).toEqual({ n: 0 });
    await h.say('m3', 'Моё мнение');
    expect(h.lastText('m3')).toContain(text('common-dont-understand'));
  });
});

describe('a survey opening later', () => {
  it('invitations wait for the opening date; the card says when; the old button is refused before', async () => {
    await setUp();
    await h.say('cur', '/survey_new');
    await h.press('cur', 'Отзыв о быстрой встрече');
    await h.press('cur', text('surveys-builder-next'));
    await h.press('cur', text('surveys-audience-mentee'));
    await h.press('cur', text('surveys-mode-named'));
    await h.say('cur', '30.11 10:00');
    expect(h.lastText('cur')).toContain(text('surveys-new-closes', { opens: '30 ноября в 10:00' }));
    await h.say('cur', '30.11 10:30');
    expect(h.lastText('cur')).toContain(text('surveys-date-before-open'));
    await h.press('cur', text('surveys-days', { count: 7 }));
    await h.press('cur', '1');
    await h.press('cur', text('surveys-builder-launch'));
    expect(h.lastText('cur')).toContain(text('surveys-launched', { title: 'Отзыв о быстрой встрече', id: 1, count: 5, later: 'yes', opens: '30 ноября в 10:00', until: '7 декабря в 10:00' }));
    expect(h.allText('m1')).not.toContain('Отзыв о быстрой встрече');
    await h.say('cur', '/surveys');
    expect(h.allText('cur')).toContain(text('surveys-card-later', { id: 1, title: 'Отзыв о быстрой встрече', opens: '30 ноября в 10:00', until: '7 декабря в 10:00', anonymous: 'no' }));
    await h.say('m1', '/surveys');
    expect(h.lastText('m1')).toContain(text('surveys-none-open'));
    await h.advance(7 * 86_400_000);
    expect(h.lastText('m1')).toContain('Отзыв о быстрой встрече');
    await h.press('m1', text('surveys-start-button'));
    expect(h.lastText('m1')).toContain(text('surveys-progress', { n: 1, total: 3, title: 'Отзыв о быстрой встрече' }));
  });
});
