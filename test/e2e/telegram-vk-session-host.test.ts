/**
 * Issue 17, sessions end to end: a Telegram curator creates a session and chooses its host from
 * the directory by a typed name in another word form («Соколовой»); the colleague who left is never
 * offered (nor taken from a forged button); empty text and a name nobody has are answered; the
 * summary warns that the time is outside the host's hours, shows the description and lets each
 * field be changed; the host, on VK, is invited and gets the host's tools, which work for her.
 */
import { describe, expect, it } from 'vitest';
import type { TextArgs } from '../../src/i18n/i18n.js';
import type { TelegramEmulator } from '../support/telegram-emulator.js';
import { useTelegramVkApp } from '../support/telegram-app.js';
import { TelegramPerson, UpdateTracker } from '../support/telegram-person.js';
import type { VkHarness } from '../support/vk-harness.js';

const TG_CURATOR = 9401;
const VK_HOST = 9402;

let emu: TelegramEmulator;
let v: VkHarness;
const tracker = new UpdateTracker();
useTelegramVkApp(tracker, (app) => ({ emu, v } = app));

type Markup = { inline_keyboard?: { text: string; callback_data?: string }[][] } | undefined;
const buttonsOf = (p: TelegramPerson) => ((p.last().message.reply_markup as Markup)?.inline_keyboard ?? []).flat();

describe('a session hosted by a colleague chosen from the directory (Telegram and VK)', () => {
  it('typed name in another form → matching colleagues (not the one who left) → off-hours warning → edit → create → the host is invited with her tools', async () => {
    const { h } = v;
    const t = (key: string, args?: TextArgs) => h.app.deps.i18n.t('ru', key, args);
    h.addPerson({ name: 'Анна Куратова', roles: ['curator'], platform: 'telegram', userId: String(TG_CURATOR) });
    const sokolova = h.addPerson({ name: 'Соколова Ирина Петровна', roles: ['mentor'], platform: 'vk', userId: String(VK_HOST), position: 'Учитель музыки', from: 9 * 60, to: 14 * 60 });
    const left = h.addPerson({ name: 'Соколов Пётр', roles: ['mentor'], userId: 'sokolov' });
    h.db.prepare("UPDATE persons SET status = 'deactivated' WHERE id = ?").run(left.id);
    const anna = new TelegramPerson(emu, TG_CURATOR, tracker, 'Анна');

    await anna.say('/session_new');
    await anna.press('Интерактивные и цифровые технологии');
    await anna.say('Цифровая доска на уроке');
    await anna.press(t('session-skip'));
    await anna.press(t('session-host-colleague'));
    expect(anna.lastText()).toBe(t('session-form-host-name'));
    await anna.say('   ');
    expect(anna.lastText()).toBe(t('session-form-host-name'));
    await anna.say('Иванову');
    expect(anna.lastText()).toBe(t('session-host-none', { name: 'Иванову' }));
    await anna.say('Соколовой');
    const picks = buttonsOf(anna).map((b) => b.callback_data);
    expect(picks).toEqual([`ses.fhostp:${sokolova.id}`]);
    // A forged button naming the colleague who left is refused; the step stays.
    await anna.pressData(`ses.fhostp:${left.id}`, anna.last().messageId);
    expect(h.db.prepare("SELECT step FROM dialogs WHERE kind = 'session-new'").pluck().get()).toBe('host-name');
    await anna.press('Соколова Ирина Петровна');
    await anna.say('27.11.2026 15:00');
    await anna.press(t('session-yes'));
    await anna.press(t('session-minutes', { count: 45 }));
    await anna.press(t('session-kind-room'));
    await anna.say('Кабинет 12');
    await anna.say('10');
    await anna.press(t('session-audience-all'));
    const summary = anna.lastText();
    expect(summary).toContain('Соколова Ирина Петровна');
    expect(summary).toContain(t('session-host-off-hours', { self: 'no', name: 'Соколова Ирина Петровна', from: '9:00', to: '14:00' }).slice(0, 20));
    expect(buttonsOf(anna).map((b) => b.callback_data)).toEqual(expect.arrayContaining(['ses.fedit:description', 'ses.fedit:host', 'ses.fedit:when', 'ses.fok:1']));

    // Change the description from the summary: the summary comes back with it.
    await anna.press(t('session-edit-description'));
    await anna.say('Покажу, как вести урок с интерактивной доской');
    expect(anna.lastText()).toContain('Покажу, как вести урок с интерактивной доской');
    // And the time, into her hours: the warning goes.
    await anna.press(t('session-edit-when'));
    await anna.say('27.11.2026 11:00');
    await anna.press(t('session-yes'));
    expect(anna.lastText()).not.toContain('⚠️');
    await anna.press(t('session-create'));
    const session = h.db.prepare('SELECT id, organiser_id AS host, created_by AS createdBy, description FROM sessions').get() as { id: number; host: number; createdBy: number; description: string };
    expect(session).toMatchObject({ host: sokolova.id, description: 'Покажу, как вести урок с интерактивной доской' });
    expect(session.createdBy).not.toBe(sokolova.id);

    // The host on VK: invited, with the host's tools, and they work for her.
    await h.flush();
    const invitation = [...v.fake.messagesTo(VK_HOST)].reverse().find((m) => m.text.includes('Цифровая доска на уроке'))!;
    expect(invitation.text).toContain('Анна Куратова');
    const tools = JSON.stringify(invitation.keyboard);
    expect(tools).toContain(`ses.people:${session.id}`);
    expect(tools).toContain(`ses.cancel:${session.id}`);
    await v.press(VK_HOST, t('session-people'));
    expect(v.lastText(VK_HOST)).toContain('Цифровая доска на уроке');
  });
});
