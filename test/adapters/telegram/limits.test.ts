/**
 * Telegram's limits through the real dispatcher loop (real time, real pacing) and the real
 * adapter (grammY) against the fake Bot API given Telegram's rules (TelegramRules, the model the
 * simulated Telegram decides by): a burst to many chats arrives exactly once, whatever the 429s.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createTelegramAdapter, type TelegramAdapter } from '../../../src/adapters/telegram/index.js';
import { Dispatcher } from '../../../src/app/dispatcher.js';
import { systemClock } from '../../../src/clock.js';
import { ensureOrganisation } from '../../../src/core/kernel/organisation/organisation.js';
import { openDatabase, type DB } from '../../../src/db/database.js';
import { silentLogger } from '../../../src/log.js';
import { Outbox } from '../../../src/messaging/outbox.js';
import { sentMessage, startFakeBotApi, type FakeBotApi } from '../../support/fake-bot-api.js';
import { TelegramRules } from '../../support/platforms/telegram-rules.js';
import { waitFor } from '../../support/telegram-emulator.js';

let api: FakeBotApi | undefined;
let adapter: TelegramAdapter | undefined;
let dispatcher: Dispatcher | undefined;
let db: DB | undefined;
afterEach(async () => {
  await dispatcher?.stop();
  await adapter?.stop();
  await api?.stop();
  db?.close();
});

describe('Telegram limits over HTTP', () => {
  it('a burst of 45 messages to 45 chats, against a Telegram stricter than the bot believes: 429s are waited out as Telegram says, each chat gets exactly one', async () => {
    // Telegram here takes 20 messages a second while the dispatcher paces by 30: it meets 429s.
    const rules = new TelegramRules({ messagesPerSecond: 20 });
    const received: string[] = [];
    api = await startFakeBotApi(
      {
        // Reached only by a send the rules let through: what the chats received.
        sendMessage: (c) => (received.push(String(c.body.chat_id)), sentMessage(received.length, Number(c.body.chat_id))),
      },
      undefined,
      { rules },
    );
    adapter = createTelegramAdapter({ token: api.token, apiRoot: api.apiRoot, logger: silentLogger() });
    db = openDatabase(':memory:');
    const org = ensureOrganisation(db, { organisationName: 'Школа', defaultTimezone: 'Europe/Moscow', defaultLanguage: 'ru' }, Date.now());
    const outbox = new Outbox(db);
    const now = Date.now();
    const chats = Array.from({ length: 45 }, (_, i) => String(7000 + i));
    db.transaction(() => {
      for (const chatId of chats) {
        outbox.enqueue({ organisationId: org.id, to: { platform: 'telegram', chatId }, message: { text: 'Объявление' }, lane: 1, source: 'test', notBefore: now, now });
      }
    })();
    dispatcher = new Dispatcher({ db, adapters: new Map([['telegram', adapter]]), clock: systemClock, log: silentLogger(), idlePollMs: 50 });
    dispatcher.start();
    await waitFor(() => (db!.prepare("SELECT COUNT(*) AS n FROM outbox WHERE status = 'sent'").get() as { n: number }).n === 45 || undefined, 'all rows sent', 20_000);
    const refusedCalls = rules.tooMany.global + rules.tooMany.perChat;
    // Every chat received exactly one; every other call was refused, and the dispatcher counted each refusal.
    expect([...received].sort()).toEqual([...chats].sort());
    expect(api.callsOf('sendMessage')).toHaveLength(45 + refusedCalls);
    expect(dispatcher.stats.rateLimited).toBe(refusedCalls);
    expect(dispatcher.stats.sent).toBe(45);
  });
});
