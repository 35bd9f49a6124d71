/**
 * Issue 17, topics typed instead of paged, end to end: on Telegram a mentee asking a question types
 * «родителями» at the topic step (another word form) and the matching topic comes first; on VK a
 * mentor creating a session sees her own topics first, types a topic nobody has (told so, the
 * list stays) and then one that matches. Paging still works after typing.
 */
import { describe, expect, it } from 'vitest';
import type { TextArgs } from '../../src/i18n/i18n.js';
import type { TelegramEmulator } from '../support/telegram-emulator.js';
import { useTelegramVkApp } from '../support/telegram-app.js';
import { TelegramPerson, UpdateTracker } from '../support/telegram-person.js';
import type { VkHarness } from '../support/vk-harness.js';

const TG_MENTEE = 9601;
const VK_MENTOR = 9602;

let emu: TelegramEmulator;
let v: VkHarness;
const tracker = new UpdateTracker();
useTelegramVkApp(tracker, (app) => ({ emu, v } = app));

type Markup = { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined;
const labels = (p: TelegramPerson) => ((p.last().message.reply_markup as Markup)?.inline_keyboard ?? []).flat().map((b) => b.text);

describe('typing a topic (Telegram and VK)', () => {
  it('the typed topic first in /ask (Telegram) and in /session_new (VK), own topics first, paging kept', async () => {
    const { h } = v;
    const t = (key: string, args?: TextArgs) => h.app.deps.i18n.t('ru', key, args);
    h.addPerson({ name: 'Мария Новикова', roles: ['mentee'], platform: 'telegram', userId: String(TG_MENTEE) });
    h.addPerson({ name: 'Ольга Белова', roles: ['mentor'], offers: ['parents'], userId: 'olga' });
    h.addPerson({ name: 'Ирина Соколова', roles: ['mentor'], offers: ['edu_platforms'], platform: 'vk', userId: String(VK_MENTOR) });
    const masha = new TelegramPerson(emu, TG_MENTEE, tracker, 'Мария');

    await masha.say('/ask');
    await masha.say('Как быть, если папа не приходит на собрания?');
    await masha.say('родителями');
    expect(masha.lastText()).toContain(t('topic-picker-found', { count: 1, query: 'родителями' }));
    expect(labels(masha)[0]).toBe('Работа с родителями');
    // Paging still browses the rest.
    await masha.press(t('common-next'));
    expect(labels(masha)).not.toContain('Работа с родителями');
    await masha.press(t('common-prev'));
    await masha.press('Работа с родителями');
    await masha.press(t('question-send'));
    expect(h.db.prepare('SELECT topic_id FROM questions WHERE id = 1').pluck().get()).toBe(h.topicId('parents'));

    // VK: her own topic comes first; a word nobody has is answered; then a typed one.
    await v.say(VK_MENTOR, '/session_new');
    const firstButton = () => v.lastKeyboard(VK_MENTOR)!.buttons[0]![0]!.action.label;
    expect(firstButton()).toBe('Образовательные платформы');
    await v.say(VK_MENTOR, 'астрономия');
    expect(v.lastText(VK_MENTOR)).toContain(t('topic-picker-none', { query: 'астрономия' }));
    await v.say(VK_MENTOR, 'цифровыми технологиями');
    expect(v.lastText(VK_MENTOR)).toContain(t('topic-picker-found', { count: 1, query: 'цифровыми технологиями' }));
    expect(firstButton()).toBe('Интерактивные и цифровые технологии');
    await v.press(VK_MENTOR, 'Интерактивные и цифровые технологии');
    expect(h.db.prepare("SELECT step FROM dialogs WHERE kind = 'session-new'").pluck().get()).toBe('title');
  });
});
