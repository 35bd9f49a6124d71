/** The fake MAX API holds the line the adapter must keep: MAX's documented limits, its auth, its marker. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Bot, MaxError } from '@maxhub/max-bot-api';
import { dialogOf, FakeMaxServer } from '../../support/fake-max-server.js';
import { MaxRules } from '../../support/platforms/max-rules.js';

let fake: FakeMaxServer;
let bot: Bot;
beforeEach(async () => {
  fake = await FakeMaxServer.start({ rules: new MaxRules({ requestsPerSecond: 5 }) });
  bot = new Bot(fake.token, { clientOptions: { baseUrl: fake.apiBaseUrl } });
});
afterEach(async () => {
  await fake.close();
});

const keyboard = (rows: number, perRow: number, payload = 'p') => [
  { type: 'inline_keyboard' as const, payload: { buttons: Array.from({ length: rows }, () => Array.from({ length: perRow }, () => ({ type: 'callback' as const, text: 'b', payload }))) } },
];
const refusal = (p: Promise<unknown>) => p.then(() => null, (err: unknown) => (err instanceof MaxError ? `${err.status} ${err.code}` : String(err)));

describe('the fake MAX API', () => {
  it('refuses what MAX refuses: text over 4,000, rows of 8, 31 rows, a payload over 1,024 bytes', async () => {
    const chat = dialogOf(1);
    expect(await refusal(bot.api.sendMessageToChat(chat, 'я'.repeat(4001)))).toBe('400 proto.payload');
    expect(await refusal(bot.api.sendMessageToChat(chat, 't', { attachments: keyboard(1, 8) }))).toBe('400 proto.payload');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await refusal(bot.api.sendMessageToChat(chat, 't', { attachments: keyboard(31, 1) }))).toBe('400 proto.payload');
    expect(await refusal(bot.api.sendMessageToChat(chat, 't', { attachments: keyboard(1, 1, 'x'.repeat(1025)) }))).toBe('400 proto.payload');
    expect(await refusal(bot.api.sendMessageToChat(chat, 't', { attachments: keyboard(30, 7) }))).toBeNull();
  });

  it('answers 429 beyond its rate, and 401 to a wrong token', async () => {
    const results = await Promise.all(Array.from({ length: 7 }, () => refusal(bot.api.getMyInfo())));
    expect(results.filter((r) => r === '429 too.many.requests').length).toBe(2);
    const stranger = new Bot('not-the-token', { clientOptions: { baseUrl: fake.apiBaseUrl } });
    expect(await refusal(stranger.api.getMyInfo())).toBe('401 verify.token');
  });

  // The SDK drops a query value that is 0, so `timeout: 0` cannot be asked: 1 second it is.
  it('a marker commits what came before; a poll without one starts there', async () => {
    fake.pushMessage({ userId: 1, text: 'a' });
    fake.pushMessage({ userId: 1, text: 'b' });
    const first = await bot.api.getUpdates([], { timeout: 1 });
    expect(first.updates).toHaveLength(2);
    expect(fake.uncommitted).toBe(2);
    const again = await bot.api.getUpdates([], { timeout: 1, marker: first.marker });
    expect(again.updates).toHaveLength(0);
    expect(fake.uncommitted).toBe(0);
    fake.pushMessage({ userId: 1, text: 'c' });
    expect((await bot.api.getUpdates([], { timeout: 1 })).updates).toHaveLength(1);
  });
});
