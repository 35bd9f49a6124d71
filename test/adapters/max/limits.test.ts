/**
 * MAX's limits through the real dispatcher loop (real time, real pacing) and the real adapter
 * against the fake MAX API, which enforces MAX's published rates (MaxRules) and answers 429 with
 * Retry-After beyond it: a burst to many chats arrives exactly once, whatever the 429s.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../../src/app/dispatcher.js';
import { createMaxAdapter, MAX_LIMITS, type MaxAdapter } from '../../../src/adapters/max/index.js';
import { systemClock } from '../../../src/clock.js';
import { openDatabase, type DB } from '../../../src/db/database.js';
import { silentLogger } from '../../../src/log.js';
import { Outbox } from '../../../src/messaging/outbox.js';
import { ensureOrganisation } from '../../../src/core/kernel/organisation/organisation.js';
import { dialogOf, FakeMaxServer } from '../../support/fake-max-server.js';
import { MaxRules } from '../../support/platforms/max-rules.js';

let fake: FakeMaxServer | undefined;
let adapter: MaxAdapter | undefined;
let dispatcher: Dispatcher | undefined;
let db: DB | undefined;
afterEach(async () => {
  await dispatcher?.stop();
  await adapter?.stop();
  await fake?.close();
  db?.close();
});

describe('MAX limits', () => {
  it('are the published figures the dispatcher paces by', () => {
    expect(MAX_LIMITS).toEqual({ globalPerSecond: 30, perChatIntervalMs: 500, maxTextLength: 4000, idempotentSend: false });
  });

  it('a burst of 45 messages to 45 chats is paced, 429s are waited out as MAX says, each chat gets exactly one', async () => {
    fake = await FakeMaxServer.start({ rules: new MaxRules() });
    adapter = createMaxAdapter({ token: fake.token, apiBaseUrl: fake.apiBaseUrl, logger: silentLogger() });
    db = openDatabase(':memory:');
    const org = ensureOrganisation(db, { organisationName: 'Школа', defaultTimezone: 'Europe/Moscow', defaultLanguage: 'ru' }, Date.now());
    const outbox = new Outbox(db);
    // MAX also refuses the first two sends (429, Retry-After: 1 s), as when answers to presses took the second.
    fake.failNext('POST /messages', 429, 'too.many.requests', 2, 1);
    const now = Date.now();
    const users = Array.from({ length: 45 }, (_, i) => 7000 + i);
    db.transaction(() => {
      for (const u of users) {
        outbox.enqueue({ organisationId: org.id, to: { platform: 'max', chatId: String(dialogOf(u)) }, message: { text: 'Объявление' }, lane: 1, source: 'test', notBefore: now, now });
      }
    })();
    dispatcher = new Dispatcher({ db, adapters: new Map([['max', adapter]]), clock: systemClock, log: silentLogger(), idlePollMs: 50 });
    dispatcher.start();
    await fake.waitFor(() => users.every((u) => fake!.messagesTo(dialogOf(u)).length > 0), 'every chat served', 20_000);
    await fake.waitFor(() => (db!.prepare("SELECT COUNT(*) AS n FROM outbox WHERE status = 'sent'").get() as { n: number }).n === 45, 'all rows sent', 5_000);
    for (const u of users) expect(fake.messagesTo(dialogOf(u))).toHaveLength(1);
    expect(dispatcher.stats.rateLimited).toBeGreaterThanOrEqual(2);
  });
});
