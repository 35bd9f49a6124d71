/**
 * One person across Telegram and VK, end to end: the real grammY adapter against
 * telegram-test-api and the real vk-io adapter against the fake VK API, one app behind both.
 * A member registered in Telegram links her VK account with a one-time code, chooses VK as
 * where the bot writes first, and the bot's messages follow that choice.
 */
import { describe, expect, it } from 'vitest';
import { Notifier } from '../../src/core/kernel/contact/notifier.js';
import { accountsOf, findAccount, getPerson, type Person } from '../../src/core/kernel/persons/person.js';
import type { TelegramEmulator } from '../support/telegram-emulator.js';
import { useTelegramVkApp } from '../support/telegram-app.js';
import { TelegramPerson, UpdateTracker } from '../support/telegram-person.js';
import type { VkHarness } from '../support/vk-harness.js';
import { text } from '../support/said.js';

const TG_USER = 5001;
const VK_USER = 7001;

let emu: TelegramEmulator;
let v: VkHarness;
const tracker = new UpdateTracker();
useTelegramVkApp(tracker, (app) => ({ emu, v } = app));

/** The core writes to the person (as a reminder or an offer would), and the outbox is delivered. */
async function ping(person: Person, text: string): Promise<void> {
  const { h } = v;
  h.db.transaction(() => new Notifier(h.app.deps, h.org).toPerson(person.id, () => ({ text }), { urgency: 'reply' }))();
  await h.flush();
}

describe('Telegram + VK: one person', () => {
  it('links VK to a Telegram member, and the bot writes where she chose', async () => {
    const { h } = v;
    const olga = h.addPerson({ name: 'Ольга Сергеевна Белова', roles: ['mentor'], platform: 'telegram', userId: String(TG_USER) });
    const tg = new TelegramPerson(emu, TG_USER, tracker, 'Ольга');

    await tg.say('/link');
    const code = /\/link ([A-Z0-9]{8})/.exec(tg.lastText())![1]!;

    await v.say(VK_USER, `/link ${code}`);
    expect(findAccount(h.db, 'vk', String(VK_USER))!.personId).toBe(olga.id);
    expect(v.texts(VK_USER).join('\n')).toContain('Ольга Сергеевна Белова');
    await h.flush();
    expect(tg.lastText()).toBe(text('linking-done-other', { platform: text('platform-in', { platform: 'vk' }) }));

    // Until she chooses, the bot writes to Telegram, where she registered.
    await ping(olga, 'первое напоминание');
    expect(tg.lastText()).toBe('первое напоминание');

    expect(await v.press(VK_USER, text('platform-name', { platform: 'vk' }))).toBe(text('linking-preferred-set', { platform: text('platform-in', { platform: 'vk' }) }));
    await ping(olga, 'второе напоминание');
    expect(v.lastText(VK_USER)).toBe('второе напоминание');
    expect(tg.messages().some((m) => m.message.text === 'второе напоминание')).toBe(false);

    // Back to Telegram, chosen from Telegram.
    await tg.say('/link');
    await tg.press('Telegram');
    expect(getPerson(h.db, olga.id)!.preferredAccountId).toBe(accountsOf(h.db, olga.id).find((a) => a.platform === 'telegram')!.id);
    await ping(olga, 'третье напоминание');
    expect(tg.lastText()).toBe('третье напоминание');

    // When VK says she does not allow messages, the bot still reaches her in Telegram.
    await tg.say('/link');
    await tg.press(text('platform-name', { platform: 'vk' }));
    v.fake.failPeer(VK_USER, 901);
    await ping(olga, 'четвёртое');
    expect(findAccount(h.db, 'vk', String(VK_USER))!.reachable).toBe(false);
    await ping(olga, 'пятое');
    expect(tg.lastText()).toBe('пятое');
  });
});
