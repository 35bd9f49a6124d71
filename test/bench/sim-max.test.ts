import { afterEach, describe, expect, it } from 'vitest';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { openDatabase, type DB } from '../../src/db/database.js';
import { silentLogger } from '../../src/log.js';
import { BULK, Outbox } from '../../src/messaging/outbox.js';
import type { Delivery } from '../../src/messaging/types.js';
import { SimClock } from '../support/sim-clock.js';
import { SimMax } from '../support/sim-max.js';

const START = Date.UTC(2026, 10, 23, 7, 0);
const send = (chatId: string, text = 'hello'): Delivery => ({ op: 'send', to: { platform: 'max', chatId }, message: { text }, idempotencyKey: 1 });

describe('simulated MAX', () => {
  it('takes 30 requests a second and answers the 31st with 429 and its Retry-After', async () => {
    const clock = new SimClock(START);
    const max = new SimMax(clock);
    const results = [];
    for (let i = 0; i < 31; i++) results.push(await max.deliver(send(String(i))));
    expect(results.filter((r) => r.ok)).toHaveLength(30);
    expect(results[30]).toMatchObject({ ok: false, reason: 'rate_limited', retryAfterMs: 1000 });
    await clock.sleep(1000);
    expect((await max.deliver(send('30'))).ok).toBe(true);
  });

  it('takes two messages a second into one dialog; a blocked person is unreachable; a long text is refused', async () => {
    const clock = new SimClock(START);
    const max = new SimMax(clock);
    expect((await max.deliver(send('7'))).ok).toBe(true);
    expect((await max.deliver(send('7'))).ok).toBe(true);
    expect(await max.deliver(send('7'))).toMatchObject({ ok: false, reason: 'rate_limited' });
    max.blocked.add('8');
    expect(await max.deliver(send('8'))).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(await max.deliver(send('9', 'я'.repeat(4001)))).toMatchObject({ ok: false, reason: 'rejected' });
    expect(max.ledger.total).toBe(2);
  });
});

describe('the real dispatcher on simulated MAX', () => {
  let db: DB;
  afterEach(() => db?.close());

  it('90 dialogs × 3 messages arrive each once, in order, without a 429', async () => {
    const clock = new SimClock(START);
    const max = new SimMax(clock, { latencyMs: 50 });
    db = openDatabase(':memory:');
    db.prepare(`INSERT INTO organisations (id, name, timezone, created_at) VALUES (1, 'x', 'Europe/Moscow', 0)`).run();
    const outbox = new Outbox(db);
    const chats = Array.from({ length: 90 }, (_, i) => String(1000 + i));
    for (let k = 0; k < 3; k++) {
      for (const chatId of chats) {
        outbox.enqueue({ organisationId: 1, to: { platform: 'max', chatId }, message: { text: `m${k}` }, lane: BULK, source: `b${k}`, now: clock.now(), notBefore: clock.now() });
      }
    }
    const dispatcher = new Dispatcher({ db, clock, log: silentLogger(), adapters: new Map([['max', max]]), sleep: clock.sleep });
    dispatcher.start();
    while (max.ledger.total < 270 && clock.now() - START < 600_000) await clock.sleep(1000);
    await dispatcher.stop();
    expect(max.rateLimited).toBe(0);
    for (const c of chats) expect(max.ledger.byChat.get(c)!.map((m) => m.text)).toEqual(['m0', 'm1', 'm2']);
  });
});
