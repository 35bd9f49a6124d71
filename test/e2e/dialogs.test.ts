/**
 * Dialogs a person can always leave, end to end: the real grammY adapter against telegram-test-api
 * and the real vk-io adapter against the fake VK API, with the whole app behind them. /cancel in the
 * middle says what it cancelled; a command typed in the middle of the session wizard runs and the
 * wizard goes on where it was; a person refused at consent is not left in a dialog.
 */
import { describe, expect, it } from 'vitest';
import { BOOTSTRAP } from '../support/harness.js';
import type { TelegramEmulator } from '../support/telegram-emulator.js';
import { useTelegramVkApp } from '../support/telegram-app.js';
import { TelegramPerson, UpdateTracker } from '../support/telegram-person.js';
import type { VkHarness } from '../support/vk-harness.js';
import { channelOf, loadDialog } from '../../src/core/kernel/dialogs/dialogs.js';
import { text } from '../support/said.js';

let emu: TelegramEmulator;
let v: VkHarness;
const tracker = new UpdateTracker();
useTelegramVkApp(tracker, (app) => ({ emu, v } = app));

const t = (key: string, args?: Record<string, string | number>) => v.h.app.deps.i18n.t('ru', key, args);
const what = (kind: string) => t(`dialog-title-${kind}`);

describe('dialogs through Telegram and VK', () => {
  it('Telegram: /cancel in /ask says what was cancelled; the session wizard survives /help and goes on', async () => {
    const { h } = v;
    h.addPerson({ name: 'Мария Иванова', roles: ['mentee'], platform: 'telegram', userId: '8101' });
    h.addPerson({ name: 'Ольга Николаевна', roles: ['curator', 'mentor'], platform: 'telegram', userId: '8102' });
    const maria = new TelegramPerson(emu, 8101, tracker, 'Мария');
    const olga = new TelegramPerson(emu, 8102, tracker, 'Ольга');

    await maria.say('/ask');
    await maria.say('/cancel');
    expect(maria.lastText()).toBe(t('cancel-done', { what: what('question-ask') }));
    await maria.say('Это уже не вопрос');
    expect(maria.lastText()).not.toBe(t('common-use-buttons'));

    await olga.say('/session_new');
    for (let i = 0; i < 4 && !olga.findButton((x) => x.text === 'Работа с родителями'); i++) await olga.press(text('common-next'));
    await olga.press('Работа с родителями');
    await olga.say('Трудный разговор');
    await olga.say('/help');
    expect(olga.lastText()).toBe(t('dialog-resume-offer', { what: what('session-new') }));
    await olga.press(t('dialog-resume'));
    expect(olga.lastText()).toBe(t('dialog-resumed', { what: what('session-new') }));
    const d = loadDialog(h.db, channelOf('telegram', '8102'))!;
    expect(d.kind).toBe('session-new');
    expect(d.data.title).toBe('Трудный разговор');
    // The wizard takes the next answer where it stopped.
    await olga.press(text('session-skip'));
    expect(loadDialog(h.db, channelOf('telegram', '8102'))!.step).toBe('host');
  });

  it('Telegram: two people start with the bootstrap code; the one refused can write on and is told how to join', async () => {
    const anna = new TelegramPerson(emu, 8201, tracker, 'Анна');
    const boris = new TelegramPerson(emu, 8202, tracker, 'Борис');
    await anna.say(`/start ${BOOTSTRAP}`);
    await boris.say(`/start ${BOOTSTRAP}`);
    await anna.press(text('onboarding-consent-yes'));
    await boris.press(text('onboarding-consent-yes'));
    expect(boris.lastText()).toBe(t('onboarding-bootstrap-used'));
    await boris.say('Здравствуйте');
    expect(boris.lastText()).toBe(t('common-not-member'));
    expect(loadDialog(v.h.db, channelOf('telegram', '8202'))).toBeNull();
  });

  it('VK: /cancel while composing an announcement; a menu button in the middle of /ask sets it aside', async () => {
    const { h } = v;
    h.addPerson({ name: 'Ирина Петровна', roles: ['curator'], platform: 'vk', userId: '8301' });
    h.addPerson({ name: 'Глеб', roles: ['mentee'], platform: 'vk', userId: '8302' });
    await v.say(8301, '/broadcast');
    await v.say(8301, '/cancel');
    expect(v.lastText(8301)).toBe(t('cancel-done', { what: what('broadcast') }));
    expect(loadDialog(h.db, channelOf('vk', '8301'))).toBeNull();

    await v.say(8302, '/start');
    await v.say(8302, '/ask');
    await v.menu(8302, t('menu-profile'));
    expect(v.lastText(8302)).toBe(t('dialog-resume-offer', { what: what('question-ask') }));
    await v.press(8302, t('dialog-resume'));
    expect(v.lastText(8302)).toBe(t('question-ask-text'));
    await v.say(8302, 'Как провести родительское собрание?');
    expect(loadDialog(h.db, channelOf('vk', '8302'))?.step).toBe('topic');
  });
});
