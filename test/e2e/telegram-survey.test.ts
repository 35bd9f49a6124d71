/**
 * End to end through Telegram: a curator launches the mentees' end-of-year survey from its
 * template, a mentee answers every question with the real grammY adapter against
 * telegram-test-api (buttons, toggles edited in place, "back", free text), and the response is
 * stored anonymously.
 */
import { describe, expect, it } from 'vitest';
import { type Harness } from '../support/harness.js';
import type { TelegramEmulator } from '../support/telegram-emulator.js';
import { useTelegramApp } from '../support/telegram-app.js';
import { TelegramPerson, UpdateTracker } from '../support/telegram-person.js';
import { said, text } from '../support/said.js';

let emu: TelegramEmulator;
let h: Harness;
const tracker = new UpdateTracker();
useTelegramApp(tracker, (app) => ({ emu, h } = app));

describe('a survey through Telegram', () => {
  it('launched by the curator, answered by a mentee with buttons and text, stored without the person', async () => {
    h.addPerson({ name: 'Куратор Анна', platform: 'telegram', userId: '7101', roles: ['curator'] });
    h.addPerson({ name: 'Наставляемая Вера', platform: 'telegram', userId: '7102', roles: ['mentee'] });
    const curator = new TelegramPerson(emu, 7101, tracker, 'Анна');
    const vera = new TelegramPerson(emu, 7102, tracker, 'Вера');

    await curator.say('/survey_new');
    await curator.press('анкета наставляемого');
    // The template's questions are shown before anything is launched.
    const title = 'Итоги года: анкета наставляемого';
    const progress = (n: number) => text('surveys-progress', { n, total: 8, title });
    expect(curator.lastText()).toContain(text('surveys-builder-preview', { title, count: 8 }));
    await curator.press(text('surveys-builder-next'));
    await curator.press(text('surveys-audience-mentee'));
    await curator.press(text('surveys-mode-anonymous'));
    await curator.press(text('surveys-opens-now'));
    await curator.press(text('surveys-days', { count: 14 }));
    await curator.press('1');
    await curator.press(text('surveys-builder-launch'));
    expect(curator.lastText()).toMatch(said('surveys-launched'));
    await h.flush();

    expect(vera.lastText()).toMatch(said('surveys-invitation'));
    expect(vera.lastText()).toContain(title);
    await vera.press(text('surveys-start-button'));
    expect(vera.lastText()).toContain(progress(1));
    await vera.press('4');
    await vera.press(text('surveys-back'));
    expect(vera.lastText()).toContain(progress(1));
    await vera.press('5');
    await vera.press('3');
    // Multiple choice: toggles edit the message in place.
    await vera.press('Быстрые встречи');
    expect(vera.last().message.text).toContain(progress(3));
    await vera.press('Консультации куратора');
    await vera.press(text('surveys-multi-done'));
    await vera.press('Стали лучше');
    // Text where a button is expected.
    await vera.say('да');
    expect(vera.lastText()).toContain(progress(5));
    await vera.press(text('surveys-yes'));
    await vera.press(text('surveys-no'));
    await vera.press('Пока нет');
    expect(vera.lastText()).toContain(progress(8));
    await vera.say('Больше открытых занятий');
    expect(vera.lastText()).toBe(text('surveys-thanks-anonymous'));

    const rows = h.db.prepare('SELECT question_id, value FROM survey_answers ORDER BY question_id').all();
    expect(rows).toEqual([
      { question_id: 'colleagues', value: '0' },
      { question_id: 'gaps_closed', value: '3' },
      { question_id: 'help_form', value: '[1,4]' },
      { question_id: 'mentor_ready', value: '0' },
      { question_id: 'own_works', value: '2' },
      { question_id: 'satisfaction', value: '5' },
      { question_id: 'stay', value: '1' },
      { question_id: 'wishes', value: 'Больше открытых занятий' },
    ]);
    expect(h.db.prepare('SELECT person_id FROM survey_responses').all()).toEqual([{ person_id: null }]);
  });
});
