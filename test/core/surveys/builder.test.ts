/**
 * The survey builder in the chat: a curator writes a survey question by question, sees the preview,
 * edits and deletes, chooses audience, anonymity and dates, sees a summary and only then launches.
 * Templates are previewed and copied into the same draft. Bad input at each step is refused with a
 * clear word; the draft survives a restart; /cancel and set-aside work.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHarness, type Harness } from '../../support/harness.js';
import { MAX_QUESTIONS } from '../../../src/core/surveys/definition.js';
import { surveyTemplates } from '../../../src/core/surveys/templates.js';
import type { TextArgs } from '../../../src/i18n/i18n.js';
import { said } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());
const t = (key: string, args?: TextArgs) => h.app.deps.i18n.t('ru', key, args);

async function setUp(dbPath?: string) {
  h = await createHarness({ dbPath });
  h.addPerson({ name: 'Куратор Анна', userId: 'cur', roles: ['curator'] });
  ['m1', 'm2', 'm3'].forEach((u, i) => h.addPerson({ name: `Наставляемая ${i + 1}`, userId: u, roles: ['mentee'] }));
}

const surveys = () => (h.db.prepare('SELECT COUNT(*) AS n FROM surveys').get() as { n: number }).n;
// A person writing a survey takes a few seconds a step (and stays under the flood limit).
const pause = () => h.clock.advance(3000);
const say = (text: string) => (pause(), h.say('cur', text));
const press = (label: string) => (pause(), h.press('cur', label));
const last = () => h.lastText('cur');

/** Writes one question: its text, its kind, and what the kind needs. */
async function question(text: string, kind: 'scale' | 'single' | 'multi' | 'yesno' | 'text', extra?: string) {
  await say(text);
  await press(t(`surveys-builder-kind-${kind}`));
  if (kind === 'scale') {
    await press('1–5');
    if (extra) await say(extra);
    else await press(t('surveys-builder-no-legend'));
  }
  if (kind === 'single' || kind === 'multi') await say(extra!);
}

/** From the preview: mentees, the mode, now, 7 days, one reminder → the summary. */
async function choose(anonymous = false) {
  await press(t('surveys-builder-next'));
  await press(t('surveys-audience-mentee'));
  await press(t(anonymous ? 'surveys-mode-anonymous' : 'surveys-mode-named'));
  await press(t('surveys-opens-now'));
  await press(t('surveys-days', { count: 7 }));
  await press('1');
}

describe('writing a survey in the chat', () => {
  it('question by question, with a preview, an edit and a delete; nothing starts before «Запустить»', async () => {
    await setUp();
    await say('/survey_new');
    await press(t('surveys-builder-own'));
    expect(last()).toBe(t('surveys-builder-ask-title', { max: 120 }));
    await say('Как прошла осень');
    expect(last()).toBe(t('surveys-builder-ask-question', { n: 1, max: 500 }));
    await question('Насколько полезны встречи?', 'scale', 'бесполезны / очень полезны');
    expect(last()).toContain(t('surveys-builder-preview', { title: 'Как прошла осень', count: 1, max: MAX_QUESTIONS }));
    expect(last()).toContain('1. Насколько полезны встречи?');
    expect(last()).toContain(t('surveys-scale-ends', { min: 1, max: 5, minLabel: 'бесполезны', maxLabel: 'очень полезны' }));
    // Typing at the preview writes the next question.
    await question('Какая форма лучше?', 'single', 'Вопросы\nВстречи\nПрограмма');
    await question('Нужен ли наставник дальше?', 'yesno');
    await question('Что помогло?', 'multi', 'Советы; Материалы; Поддержка');
    await question('Пожелания', 'text');
    expect(last()).toContain(t('surveys-builder-preview', { title: 'Как прошла осень', count: 5, max: MAX_QUESTIONS }));
    expect(last()).toContain(t('surveys-builder-line-single', { options: 'Вопросы · Встречи · Программа' }));

    // Edit question 2: a new text, the kind kept.
    await press(t('surveys-builder-edit'));
    await press('2');
    expect(last()).toContain(t('surveys-builder-ask-new-text', { n: 2, text: 'Какая форма лучше?' }));
    await say('Какая форма работы вам ближе?');
    await press(t('surveys-builder-keep-kind'));
    expect(last()).toContain('2. Какая форма работы вам ближе?');
    expect(last()).toContain(t('surveys-builder-line-single', { options: 'Вопросы · Встречи · Программа' }));
    // Delete question 3 by typing its number.
    await press(t('surveys-builder-delete'));
    await say('3');
    expect(h.allText('cur')).toContain(t('surveys-builder-deleted', { n: 3 }));
    expect(last()).toContain(t('surveys-builder-preview', { title: 'Как прошла осень', count: 4, max: MAX_QUESTIONS }));
    expect(last()).not.toContain('Нужен ли наставник');
    // Rename.
    await press(t('surveys-builder-rename'));
    await say('Осень: как прошли встречи');
    expect(last()).toContain(t('surveys-builder-preview', { title: 'Осень: как прошли встречи', count: 4, max: MAX_QUESTIONS }));

    await choose();
    expect(last()).toMatch(said('surveys-builder-summary'));
    expect(last()).toContain('«Осень: как прошли встречи», 4 вопроса'); // the count in its plural form
    expect(last()).toContain(t('surveys-audience-mentee'));
    expect(last()).toContain('3 человека'); // plural form
    expect(surveys()).toBe(0);
    expect(h.allText('m1')).not.toContain('Осень');

    await press(t('surveys-builder-launch'));
    expect(last()).toMatch(said('surveys-launched'));
    expect(surveys()).toBe(1);
    const def = JSON.parse((h.db.prepare('SELECT definition FROM surveys').get() as { definition: string }).definition);
    expect(def.questions.map((q: { type: string }) => q.type)).toEqual(['scale', 'single', 'multi', 'text']);
    expect(def.questions[0]).toMatchObject({ min: 1, max: 5, minLabel: 'бесполезны', maxLabel: 'очень полезны' });
    expect(def.questions[1].text).toBe('Какая форма работы вам ближе?');
    expect(h.lastText('m1')).toMatch(said('surveys-invitation'));
    expect(h.lastText('m1')).toContain('Осень: как прошли встречи');
    // The mentee answers the built survey like any other.
    await h.press('m1', t('surveys-start-button'));
    expect(h.lastText('m1')).toContain(t('surveys-progress', { n: 1, total: 4, title: 'Осень: как прошли встречи' }));
  });

  it('can go back from the summary to the questions, and an old «Запустить» is refused', async () => {
    await setUp();
    await say('/survey_new');
    await press(t('surveys-builder-own'));
    await say('Короткий');
    await question('Всё ли понятно?', 'yesno');
    await choose(true);
    const summary = h.last('cur');
    await press(t('surveys-builder-back-to-questions'));
    await question('Что добавить?', 'text');
    // The summary's button from before the change.
    const launch = summary.buttons.flat().find((b) => b.label === t('surveys-builder-launch'))!;
    await h.local.pressAction('cur', launch.action!, summary.id);
    await h.flush();
    expect(last()).toBe(t('common-stale-button'));
    expect(surveys()).toBe(0);
    await choose(true);
    expect(last()).toMatch(said('surveys-builder-summary'));
    expect(last()).toContain('2 вопроса'); // plural form
    await press(t('surveys-builder-launch'));
    expect(surveys()).toBe(1);
  });
});

describe('templates in the builder', () => {
  it('shows a template’s questions before launch; a copy is edited, the template stays as it was', async () => {
    await setUp();
    const template = surveyTemplates().find((x) => x.definition.title.includes('быстрой встрече'))!;
    const first = template.definition.questions[0]!;
    await say('/survey_new');
    await press('Отзыв о быстрой встрече');
    const preview = last();
    template.definition.questions.forEach((q, i) => expect(preview).toContain(`${i + 1}. ${q.text}`));
    await press(t('surveys-builder-edit'));
    await press('1');
    await say('Насколько полезной была встреча для вас лично?');
    await press(t('surveys-builder-keep-kind'));
    await choose();
    await press(t('surveys-builder-launch'));
    const def = JSON.parse((h.db.prepare('SELECT definition FROM surveys').get() as { definition: string }).definition);
    expect(def.questions[0]).toMatchObject({ id: first.id, type: first.type, text: 'Насколько полезной была встреча для вас лично?' });
    expect(surveyTemplates().find((x) => x.id === template.id)!.definition.questions[0]!.text).toBe(first.text);
  });
});

describe('bad input in the builder', () => {
  it('refuses an empty or overlong text, an option list of one, repeated options, a one-sided legend', async () => {
    await setUp();
    await say('/survey_new');
    await press(t('surveys-builder-own'));
    await say('   ');
    expect(last()).toBe(t('surveys-builder-title-empty'));
    await say('x'.repeat(121));
    expect(last()).toBe(t('surveys-builder-too-long', { length: 121, max: 120 }));
    await say('Опрос');
    await say('  \n ');
    expect(last()).toBe(t('surveys-builder-question-empty'));
    await say('в'.repeat(501));
    expect(last()).toBe(t('surveys-builder-too-long', { length: 501, max: 500 }));
    await say('Какая форма лучше?');
    await say('шкала');
    expect(last()).toBe(t('common-use-buttons'));
    await press(t('surveys-builder-kind-single'));
    await say('Только один вариант');
    expect(last()).toBe(t('surveys-builder-options-few'));
    await say('Да\nда');
    expect(last()).toBe(t('surveys-builder-options-repeat'));
    await say(`Встречи\n${'о'.repeat(61)}`);
    expect(last()).toBe(t('surveys-builder-too-long', { length: 61, max: 60 }));
    await say('Встречи\nВопросы');
    expect(last()).toContain('1. Какая форма лучше?');
    await say('Оцените');
    await press(t('surveys-builder-kind-scale'));
    await press('0–10');
    await say('только одна подпись');
    expect(last()).toBe(t('surveys-builder-legend-two'));
    await press(t('surveys-builder-no-legend'));
    expect(last()).toContain(t('surveys-builder-line-scale', { min: 0, max: 10, legend: 'none' }));
    await press(t('surveys-builder-delete'));
    await say('7');
    expect(last()).toBe(t('surveys-builder-pick-number', { count: 2 }));
    expect(surveys()).toBe(0);
  });

  it(`stops at ${MAX_QUESTIONS} questions, told clearly, when 60 are tried`, async () => {
    await setUp();
    await say('/survey_new');
    await press(t('surveys-builder-own'));
    await say('Длинный опрос');
    for (let i = 1; i <= 60; i++) {
      await say(`Вопрос номер ${i}?`);
      if (i > MAX_QUESTIONS) {
        expect(last()).toBe(t('surveys-builder-too-many', { max: MAX_QUESTIONS }));
        continue;
      }
      await press(t('surveys-builder-kind-yesno'));
    }
    expect(last()).toBe(t('surveys-builder-too-many', { max: MAX_QUESTIONS }));
    const preview = [...h.messages('cur')].reverse().find((m) => m.text.startsWith(t('surveys-builder-preview', { title: 'Длинный опрос', count: MAX_QUESTIONS, max: MAX_QUESTIONS })))!;
    expect(preview).toBeDefined();
    pause();
    await h.press('cur', t('surveys-builder-add'), preview.id);
    expect(last()).toBe(t('surveys-builder-too-many', { max: MAX_QUESTIONS }));
    // The draft is whole and can still go on.
    await h.press('cur', t('surveys-builder-next'), preview.id);
    expect(last()).toMatch(said('surveys-new-audience'));
  });

  it('refuses an opening date in the past and a button from an older preview', async () => {
    await setUp();
    await say('/survey_new');
    await press(t('surveys-builder-own'));
    await say('Опрос');
    await question('Первый?', 'yesno');
    const old = h.last('cur');
    await question('Второй?', 'yesno');
    // «Удалить» on the preview from before the second question.
    const del = old.buttons.flat().find((b) => b.label === t('surveys-builder-delete'))!;
    await h.local.pressAction('cur', del.action!, old.id);
    await h.flush();
    expect(last()).toBe(t('common-stale-button'));
    await press(t('surveys-builder-next'));
    await press(t('surveys-audience-mentee'));
    await press(t('surveys-mode-named'));
    await say('20.11.2026 09:00');
    expect(last()).toBe(t('surveys-builder-opens-past'));
    // A button of a step already passed.
    await h.pressAction('cur', 'svn.mode:1');
    expect(last()).toBe(t('common-stale-button'));
    await press(t('surveys-opens-now'));
    expect(last()).toMatch(said('surveys-new-closes'));
  });
});

describe('options as people type them', () => {
  it('drops list marks but keeps numbers that belong to an option; a file at the preview does not replace the draft', async () => {
    await setUp();
    await say('/survey_new');
    await press(t('surveys-builder-own'));
    await say('Частота');
    await question('Как часто встречаться?', 'single', '1) Раз в неделю\n2) 2 раза в месяц\n- 1 раз в четверть');
    expect(last()).toContain(t('surveys-builder-line-single', { options: 'Раз в неделю · 2 раза в месяц · 1 раз в четверть' }));
    pause();
    await h.local.sendFile('cur', { kind: 'document', name: 'other.json', bytes: Buffer.from('{"title":"x","questions":[{"id":"a","type":"yesno","text":"?"}]}') });
    await h.flush();
    expect(last()).toBe(t('common-file-not-expected'));
    await press(t('surveys-builder-add'));
    expect(last()).toBe(t('surveys-builder-ask-question', { n: 2, max: 500 }));
  });
});

describe('the draft as a dialog', () => {
  it('survives a restart', async () => {
    const dir = mkdtempSync(`${tmpdir()}/svb-`);
    await setUp(`${dir}/bot.db`);
    await say('/survey_new');
    await press(t('surveys-builder-own'));
    await say('После перезапуска');
    await question('Первый вопрос?', 'yesno');
    await h.close();
    h = await createHarness({ dbPath: `${dir}/bot.db` });
    await say('Второй вопрос?');
    await press(t('surveys-builder-kind-yesno'));
    expect(last()).toContain(t('surveys-builder-preview', { title: 'После перезапуска', count: 2, max: MAX_QUESTIONS }));
    expect(last()).toContain('1. Первый вопрос?');
  });

  it('is set aside by another command and taken up again; /cancel ends it with nothing launched', async () => {
    await setUp();
    await say('/survey_new');
    await press(t('surveys-builder-own'));
    await say('Отложенный');
    await question('Первый?', 'yesno');
    await say('/help');
    expect(h.allText('cur')).toContain(t('dialog-resume-offer', { what: t('dialog-title-survey-new') }));
    await press(t('dialog-resume'));
    expect(last()).toContain('1. Первый?');
    await say('/cancel');
    expect(h.allText('cur')).toContain(t('dialog-title-survey-new'));
    await say('Второй?');
    expect(last()).not.toContain(t('surveys-builder-ask-kind'));
    expect(surveys()).toBe(0);
  });
});
