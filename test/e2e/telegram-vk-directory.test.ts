/**
 * Issue 17, the directory end to end: a Telegram teacher finds a VK colleague with /find (a word
 * in another form), writes to her (an empty message is refused, the colleague answers with one
 * button) and asks her a question (her topics first; she gets the offer before anyone else). A
 * button for a colleague who has left since is refused.
 */
import { describe, expect, it } from 'vitest';
import type { TextArgs } from '../../src/i18n/i18n.js';
import type { TelegramEmulator } from '../support/telegram-emulator.js';
import { useTelegramVkApp } from '../support/telegram-app.js';
import { TelegramPerson, UpdateTracker } from '../support/telegram-person.js';
import type { VkHarness } from '../support/vk-harness.js';

const TG_TEACHER = 9501;
const VK_MENTOR = 9502;

let emu: TelegramEmulator;
let v: VkHarness;
const tracker = new UpdateTracker();
useTelegramVkApp(tracker, (app) => ({ emu, v } = app));

type Markup = { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined;
const callbacks = (p: TelegramPerson) => ((p.last().message.reply_markup as Markup)?.inline_keyboard ?? []).flat().map((b) => b.callback_data);

describe('the directory: write to a colleague or ask her (Telegram and VK)', () => {
  it('/find → «Написать» (empty refused, answered back) → «Задать вопрос» → her offer first → a colleague who left', async () => {
    const { h } = v;
    const t = (key: string, args?: TextArgs) => h.app.deps.i18n.t('ru', key, args);
    h.addPerson({ name: 'Мария Новикова', roles: ['mentee'], platform: 'telegram', userId: String(TG_TEACHER) });
    const irina = h.addPerson({ name: 'Соколова Ирина', roles: ['mentor'], offers: ['parents'], platform: 'vk', userId: String(VK_MENTOR) });
    h.addPerson({ name: 'Пётр Орлов', roles: ['mentor'], offers: ['parents'], userId: 'petr' });
    const gone = h.addPerson({ name: 'Соколов Пётр', roles: ['mentor'], offers: ['parents'], userId: 'sokolov' });
    const masha = new TelegramPerson(emu, TG_TEACHER, tracker, 'Мария');

    await masha.say('/find Соколовой');
    expect(callbacks(masha)).toEqual([`ppl.write:${gone.id}`, `q.askto:${gone.id}`, `ppl.write:${irina.id}`, `q.askto:${irina.id}`]);
    const found = masha.last().messageId;

    // Write to her: an empty message is refused, the dialog stays; she answers with one button.
    await masha.press(t('directory-write', { name: 'Соколова Ирина' }));
    await masha.say('   ');
    expect(masha.lastText()).toBe(t('directory-write-empty'));
    await masha.say('Можно прийти к вам на урок в четверг?');
    expect(masha.lastText()).toBe(t('directory-message-sent', { name: 'Соколова Ирина' }));
    expect(v.lastText(VK_MENTOR)).toContain('Можно прийти к вам на урок в четверг?');
    await v.press(VK_MENTOR, t('directory-answer'));
    await v.say(VK_MENTOR, 'Конечно, приходите');
    expect(masha.lastText()).toContain('Конечно, приходите');

    // Ask her a question: she gets the offer first, nobody else yet.
    await masha.pressData(`q.askto:${irina.id}`, found);
    expect(masha.lastText()).toBe(t('question-ask-person-text', { name: 'Соколова Ирина' }));
    await masha.say('Как говорить с родителями о поведении ребёнка?');
    await masha.press('Работа с родителями');
    await masha.press(t('question-send'));
    expect(masha.lastText()).toBe(t('question-sent-to', { id: 1, name: 'Соколова Ирина' }));
    const offers = h.db.prepare('SELECT person_id FROM question_offers WHERE question_id = 1').pluck().all();
    expect(offers).toEqual([irina.id]);
    expect(v.lastText(VK_MENTOR)).toContain(t('question-asked-of-you', { name: 'Мария Новикова' }));
    await v.press(VK_MENTOR, t('question-take'));
    expect(h.db.prepare('SELECT status, mentor_id AS m FROM questions WHERE id = 1').get()).toEqual({ status: 'taken', m: irina.id });

    // The other colleague has left since /find: both of her buttons are refused.
    h.db.prepare("UPDATE persons SET status = 'deactivated' WHERE id = ?").run(gone.id);
    await masha.pressData(`ppl.write:${gone.id}`, found);
    expect(masha.lastText()).toBe(t('directory-person-gone'));
    await masha.pressData(`q.askto:${gone.id}`, found);
    expect(masha.lastText()).toBe(t('question-person-cannot-be-asked'));
  });
});
