/**
 * A broadcast end to end on both platforms: the real grammY adapter against telegram-test-api
 * and the real vk-io adapter against the fake VK API, one app behind both. Mentees on Telegram
 * and VK are refused /broadcast; the curator (on Telegram) composes, previews the count per
 * platform, sends; the announcement reaches people on both platforms, a VK mentee acknowledges
 * it with the button, and the report counts delivered, unreachable and acknowledged.
 */
import { describe, expect, it } from 'vitest';
import { sendNowAction } from '../../src/core/broadcasts/compose.js';
import type { TelegramEmulator } from '../support/telegram-emulator.js';
import { useTelegramVkApp } from '../support/telegram-app.js';
import { TelegramPerson, UpdateTracker } from '../support/telegram-person.js';
import type { VkHarness } from '../support/vk-harness.js';
import { said, text } from '../support/said.js';

const CURATOR_TG = 6001;
const MENTEE_TG = 6002;
const MENTEE_VK = 7002;
const BLOCKED_VK = 7003;

let emu: TelegramEmulator;
let v: VkHarness;
const tracker = new UpdateTracker();
useTelegramVkApp(tracker, (app) => ({ emu, v } = app));

describe('broadcasts on Telegram and VK', () => {
  it('only a curator broadcasts; the announcement reaches both platforms; acknowledgement and the report', async () => {
    const { h } = v;
    h.addPerson({ name: 'Анна Куратор', roles: ['curator'], platform: 'telegram', userId: String(CURATOR_TG) });
    h.addPerson({ name: 'Тимур Телеграмов', roles: ['mentee'], platform: 'telegram', userId: String(MENTEE_TG) });
    h.addPerson({ name: 'Вика Вконтактова', roles: ['mentee'], platform: 'vk', userId: String(MENTEE_VK) });
    h.addPerson({ name: 'Борис Закрытый', roles: ['mentee'], platform: 'vk', userId: String(BLOCKED_VK) });
    const anna = new TelegramPerson(emu, CURATOR_TG, tracker, 'Анна');
    const timur = new TelegramPerson(emu, MENTEE_TG, tracker, 'Тимур');

    // Authorisation in the core, whichever adapter asks.
    await timur.say('/broadcast');
    expect(timur.lastText()).toBe(text('common-not-allowed'));
    await v.say(MENTEE_VK, '/broadcast');
    expect(v.lastText(MENTEE_VK)).toBe(text('common-not-allowed'));
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM broadcasts').get()).toEqual({ n: 0 });

    await anna.say('/broadcast');
    await anna.say('Родительское собрание переносится на пятницу, 17:30.');
    await anna.press(text('broadcast-aud-mentee'));
    expect(anna.lastText()).toContain(text('broadcast-preview-audience', { audience: text('broadcast-aud-mentee'), count: 3 }));
    expect(anna.lastText()).toContain(
      text('broadcast-preview-platforms', { platforms: `${text('broadcast-platform-telegram', { count: 1 })} · ${text('broadcast-platform-vk', { count: 2 })}` }),
    );
    await anna.press(text('broadcast-ack-on-button'));

    // A mentee forging the curator's "send now" button, on either platform, changes nothing.
    const sendNow = sendNowAction.encode(1);
    await timur.pressData(sendNow, timur.last().messageId);
    expect(tracker.outcomes.at(-1)!.outcome.ackText).toBe(text('common-not-allowed'));
    const eventId = v.fake.pushMessageEvent({ userId: MENTEE_VK, payload: { a: sendNow }, conversationMessageId: 1 });
    const answer = await v.fake.waitFor(
      () => v.fake.callsOf('messages.sendMessageEventAnswer').find((c) => c.params.event_id === eventId),
      'the answer to a forged press',
    );
    expect(JSON.parse(answer.params.event_data!).text).toBe(text('common-not-allowed'));
    expect(h.db.prepare('SELECT status FROM broadcasts').get()).toEqual({ status: 'draft' });
    expect(h.db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE source = 'broadcast:1'`).get()).toEqual({ n: 0 });

    v.fake.failPeer(BLOCKED_VK, 901);
    await anna.press(text('broadcast-send-now'));

    const copy = `${text('broadcast-header')}\n\nРодительское собрание переносится на пятницу, 17:30.`;
    expect(timur.messages().filter((m) => m.message.text === copy)).toHaveLength(1);
    expect(v.texts(MENTEE_VK)).toContain(copy);
    expect(v.texts(BLOCKED_VK)).not.toContain(copy);

    expect(await v.press(MENTEE_VK, text('broadcast-ack-button'))).toBe(text('broadcast-ack-thanks'));
    expect(v.lastText(MENTEE_VK)).toMatch(said('broadcast-ack-mark'));

    await anna.press(text('broadcast-report-button'));
    const report = anna.lastText();
    expect(report).toContain(text('broadcast-report-delivered', { count: 2 }));
    expect(report).toContain(text('broadcast-report-unreachable', { count: 1, names: 'Борис Закрытый' }));
    expect(report).toContain(text('broadcast-report-acks', { count: 1, total: 2 })); // the unreachable one owes no confirmation
    expect(report).toContain(text('broadcast-report-not-acked', { names: 'Тимур Телеграмов' }));
    const rows = h.db.prepare(`SELECT platform, status, lane FROM outbox WHERE source = 'broadcast:1' ORDER BY platform, status`).all();
    expect(rows).toEqual([
      { platform: 'telegram', status: 'sent', lane: 1 },
      { platform: 'vk', status: 'sent', lane: 1 },
      { platform: 'vk', status: 'unreachable', lane: 1 },
    ]);
  });
});
