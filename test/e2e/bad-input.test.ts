/**
 * Bad input through the real adapters, the whole app behind them: the grammY adapter (webhook
 * mode, updates posted by hand as Telegram would, telegram-test-api playing the Bot API) and the
 * vk-io adapter against the fake VK server.
 *
 * - A `language_code` that is not a string is no hint: the update is answered, in the
 *   organisation's language, not dropped.
 * - Updates that name chat 0 or no chat at all queue nothing in the outbox.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTelegramAdapter, type TelegramAdapter } from '../../src/adapters/telegram/index.js';
import { silentLogger } from '../../src/log.js';
import { createHarness, type Harness } from '../support/harness.js';
import { freePort, startTelegramEmulator, type TelegramEmulator } from '../support/telegram-emulator.js';
import { createVkHarness, type VkHarness } from '../support/vk-harness.js';
import { said } from '../support/said.js';

const SECRET = 'bad-input-secret_0123456789abcdef';

describe('bad input through the Telegram adapter (webhook)', () => {
  let emu: TelegramEmulator;
  let adapter: TelegramAdapter;
  let h: Harness;
  let port: number;
  let nextUpdateId = 9000;
  const sent: Array<{ method: string; chatId: unknown; text: unknown }> = [];

  beforeAll(async () => {
    emu = await startTelegramEmulator();
    port = await freePort();
    adapter = createTelegramAdapter({
      token: emu.token,
      apiRoot: emu.apiRoot,
      logger: silentLogger(),
      webhook: { url: 'https://bot.example.org/telegram', secret: SECRET, port, host: '127.0.0.1' },
    });
    adapter.bot.api.config.use((prev, method, payload, signal) => {
      const p = payload as Record<string, unknown>;
      if (method === 'sendMessage') sent.push({ method, chatId: p.chat_id, text: p.text });
      return prev(method, payload, signal);
    });
    h = await createHarness({ extraAdapters: [adapter] });
    await adapter.start(h.app.router.handle);
  });

  afterAll(async () => {
    await adapter?.stop();
    await h?.close();
    await emu?.stop();
  });

  /** Posts one raw update as Telegram would; resolves when the adapter answered (after the core handled it). */
  async function post(message: Record<string, unknown>): Promise<number> {
    const res = await fetch(`http://127.0.0.1:${port}/telegram`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'X-Telegram-Bot-Api-Secret-Token': SECRET },
      body: JSON.stringify({ update_id: nextUpdateId++, message: { message_id: nextUpdateId, date: 1, ...message } }),
    });
    await h.flush();
    return res.status;
  }

  const outboxTo = (chatId: string) =>
    (h.db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE platform = 'telegram' AND chat_id = ?`).get(chatId) as { n: number }).n;

  it('a language_code that is not a string: /help is still answered, in the default language', async () => {
    for (const [i, languageCode] of [42, { lang: 'en' }, ['en'], null, true].entries()) {
      const id = 7701 + i;
      const status = await post({
        chat: { id, type: 'private', first_name: 'Ира' },
        from: { id, is_bot: false, first_name: 'Ира', language_code: languageCode },
        text: '/help',
        entities: [{ type: 'bot_command', offset: 0, length: 5 }],
      });
      expect(status).toBe(200);
      expect(outboxTo(String(id))).toBeGreaterThan(0);
      const reply = sent.filter((s) => String(s.chatId) === String(id)).at(-1);
      expect(reply?.text).toMatch(said('help-title'));
    }
  });

  it('updates for chat 0, or with no ids at all, queue nothing and are still acknowledged', async () => {
    const before = (h.db.prepare(`SELECT COUNT(*) AS n FROM outbox`).get() as { n: number }).n;
    expect(await post({ chat: { id: 0, type: 'private' }, from: { id: 0, is_bot: false, first_name: 'X' }, text: '/help' })).toBe(200);
    expect(await post({ chat: { type: 'private' }, from: { is_bot: false, first_name: 'X' }, text: 'привет' })).toBe(200);
    expect(outboxTo('0') + outboxTo('undefined') + outboxTo('')).toBe(0);
    expect((h.db.prepare(`SELECT COUNT(*) AS n FROM outbox`).get() as { n: number }).n).toBe(before);
    // The adapter goes on: a good update after them is answered.
    await post({ chat: { id: 7799, type: 'private', first_name: 'Ира' }, from: { id: 7799, is_bot: false, first_name: 'Ира' }, text: '/help', entities: [{ type: 'bot_command', offset: 0, length: 5 }] });
    expect(outboxTo('7799')).toBeGreaterThan(0);
  });
});

describe('bad input through the VK adapter', () => {
  let v: VkHarness;
  beforeAll(async () => {
    v = await createVkHarness();
  });
  afterAll(async () => {
    await v?.close();
  });

  const outboxTo = (chatId: string) =>
    (v.h.db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE platform = 'vk' AND chat_id = ?`).get(chatId) as { n: number }).n;

  it('a message for peer 0 queues nothing; the next person is answered', async () => {
    v.fake.pushMessageNew({ fromId: 5501, peerId: 0, text: '/help' });
    v.fake.pushMessageNew({ fromId: 0, peerId: 0, text: 'привет' });
    // The long poll hands updates over in order: the odd ones were read before this one was answered.
    await v.say(5502, '/help');
    expect(outboxTo('0') + outboxTo('undefined')).toBe(0);
    expect(outboxTo('5502')).toBeGreaterThan(0);
    expect(v.lastText(5502)).toMatch(said('help-title'));
  });
});
