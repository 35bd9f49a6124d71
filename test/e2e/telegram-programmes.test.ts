/**
 * End to end through Telegram: the real grammY adapter against telegram-test-api and the whole
 * app behind it. A curator forms a pair, both agree, the scheduler's tick sends the mentee a
 * reminder with a button, the mentee reports the item done, the mentor accepts it.
 */
import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { getProgramme, itemsOf } from '../../src/core/programmes/programme.js';
import { type Harness } from '../support/harness.js';
import type { TelegramEmulator } from '../support/telegram-emulator.js';
import { useTelegramApp } from '../support/telegram-app.js';
import { TelegramPerson, UpdateTracker } from '../support/telegram-person.js';
import { said, text } from '../support/said.js';

let emu: TelegramEmulator;
let h: Harness;
const tracker = new UpdateTracker();
useTelegramApp(tracker, (app) => ({ emu, h } = app));

describe('a programme through Telegram', () => {
  it('form → agree → reminder → report → accept', async () => {
    h.addPerson({ name: 'Анна Куратор', roles: ['curator'], platform: 'telegram', userId: '7201' });
    h.addPerson({ name: 'Ольга Наставник', roles: ['mentor'], offers: ['parents'], platform: 'telegram', userId: '7202' });
    h.addPerson({ name: 'Иван Новичок', roles: ['mentee'], wants: ['parents'], platform: 'telegram', userId: '7203' });
    const anna = new TelegramPerson(emu, 7201, tracker, 'Анна');
    const olga = new TelegramPerson(emu, 7202, tracker, 'Ольга');
    const ivan = new TelegramPerson(emu, 7203, tracker, 'Иван');

    await anna.say('/new_programme');
    await anna.press('Иван Новичок');
    await anna.press(text('common-next'));
    expect(anna.lastText()).toMatch(said('programmes-candidate'));
    // said() cannot pin one line of a message to its values: the common topics stay as written.
    expect(anna.lastText()).toContain('общие темы: Работа с родителями');
    await anna.press('Ольга Наставник');
    await anna.press(text('programmes-kind-traditional'));
    await anna.press('Реверсивное наставничество');
    await anna.say('30.31.2027');
    expect(anna.lastText()).toBe(text('programmes-date-impossible'));
    await anna.press('До ');
    expect(anna.lastText()).toContain(text('programmes-created', { id: 1 }));

    expect(ivan.lastText()).toMatch(said('programmes-invitation'));
    await ivan.press(text('programmes-button-agree'));
    await olga.press(text('programmes-button-agree'));
    expect(getProgramme(h.db, 1)!.status).toBe('active');

    // The first item is due a week after the start (Monday 30 November); 3 days before, at 09:00.
    h.clock.set(DateTime.fromISO('2026-11-27T09:00', { zone: 'Europe/Moscow' }).toMillis());
    await h.tick();
    expect(ivan.lastText()).toMatch(said('programmes-remind-title'));
    await ivan.press('Выбрать инструменты');
    expect(ivan.lastText()).toMatch(said('programmes-report-ask'));
    await ivan.say('Выбрали: сайт и таблицы');
    expect(ivan.lastText()).toMatch(said('programmes-report-sent'));
    expect(olga.lastText()).toMatch(said('programmes-reported-to-mentor'));
    expect(olga.lastText()).toContain('Выбрали: сайт и таблицы');
    await olga.press(text('programmes-button-confirm'));
    expect(itemsOf(h.db, 1)[0]!.state).toBe('done');
    expect(ivan.lastText()).toMatch(said('programmes-confirmed-to-mentee'));

    // A stale button through the real adapter: answered, nothing changes.
    await olga.press(text('programmes-button-confirm'));
    const last = tracker.outcomes.at(-1)!;
    expect(last.outcome.ackText).toBe(text('programmes-item-not-reported'));

    // /plan explains its state icons and names its buttons (issue 17).
    await ivan.say('/plan');
    const t = (key: string, args?: Record<string, string | number>) => h.app.deps.i18n.t('ru', key, args);
    expect(ivan.lastText()).toContain(t('programmes-legend', { done_on_time: '✅', done_late: '☑️', awaiting: '🕓', overdue: '⚠️', upcoming: '▫️' }));
    const labels = ((ivan.last().message.reply_markup as { inline_keyboard?: { text: string }[][] } | undefined)?.inline_keyboard ?? []).flat().map((b) => b.text);
    expect(labels).toContain(t('programmes-button-move-item', { n: 2 }));
  });
});
