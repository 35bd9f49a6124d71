/**
 * Issue 17, a role change end to end: a Telegram curator presses a role on a colleague's card, is
 * asked first, confirms, and the colleague on VK is told what she can now do; a second press of
 * the same confirmation (stale) changes nothing and tells nobody again.
 */
import { describe, expect, it } from 'vitest';
import type { TextArgs } from '../../src/i18n/i18n.js';
import { getPerson } from '../../src/core/kernel/persons/person.js';
import type { TelegramEmulator } from '../support/telegram-emulator.js';
import { useTelegramVkApp } from '../support/telegram-app.js';
import { TelegramPerson, UpdateTracker } from '../support/telegram-person.js';
import type { VkHarness } from '../support/vk-harness.js';

const TG_CURATOR = 9701;
const VK_TEACHER = 9702;

let emu: TelegramEmulator;
let v: VkHarness;
const tracker = new UpdateTracker();
useTelegramVkApp(tracker, (app) => ({ emu, v } = app));

describe('a role change, confirmed and told (Telegram and VK)', () => {
  it('role → asked → «Да» → the colleague told on VK → a stale «Да» changes nothing', async () => {
    const { h } = v;
    const t = (key: string, args?: TextArgs) => h.app.deps.i18n.t('ru', key, args);
    h.addPerson({ name: 'Анна Куратова', roles: ['curator'], platform: 'telegram', userId: String(TG_CURATOR) });
    const vera = h.addPerson({ name: 'Вера Орлова', roles: ['staff'], platform: 'vk', userId: String(VK_TEACHER) });
    const anna = new TelegramPerson(emu, TG_CURATOR, tracker, 'Анна');

    await anna.say('/people');
    await anna.press('Вера Орлова');
    await anna.press(t('role-mentor'));
    expect(anna.lastText()).toBe(t('people-role-confirm', { name: 'Вера Орлова', role: 'mentor', on: 'yes' }));
    expect(getPerson(h.db, vera.id)!.roles).toEqual(['staff']);
    const confirm = anna.last().messageId;
    await anna.press(t('people-role-yes'));
    await h.flush();
    expect(getPerson(h.db, vera.id)!.roles.sort()).toEqual(['mentor', 'staff']);
    expect(v.lastText(VK_TEACHER)).toBe(t('people-role-given-mentor', { by: 'Анна Куратова' }));
    const told = v.texts(VK_TEACHER).length;
    await anna.pressData(`ppl.roleok:${vera.id}:mentor:1`, confirm);
    await h.flush();
    expect(getPerson(h.db, vera.id)!.roles.sort()).toEqual(['mentor', 'staff']);
    expect(v.texts(VK_TEACHER).length).toBe(told);
  });
});
