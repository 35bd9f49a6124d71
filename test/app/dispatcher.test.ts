import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../src/clock.js';
import { openDatabase, type DB } from '../../src/db/database.js';
import { silentLogger } from '../../src/log.js';
import { Outbox } from '../../src/messaging/outbox.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import { drainOutbox } from '../support/outbox-drain.js';
import type { Delivery, DeliveryResult, MessengerAdapter, PlatformLimits } from '../../src/messaging/types.js';

/** A platform whose next answers a test chooses; it records every delivery. */
class ScriptedAdapter implements MessengerAdapter {
  readonly platform = 'telegram' as const;
  readonly limits: PlatformLimits = { globalPerSecond: 30, perChatIntervalMs: 1000, maxTextLength: 4096, idempotentSend: false };
  readonly deliveries: Delivery[] = [];
  readonly script: DeliveryResult[] = [];
  private seq = 100;
  async start() {}
  async stop() {}
  async deliver(d: Delivery): Promise<DeliveryResult> {
    this.deliveries.push(d);
    return this.script.shift() ?? { ok: true, platformMessageId: String(++this.seq) };
  }
}

let db: DB;
afterEach(() => db?.close());

function setup() {
  db = openDatabase(':memory:');
  db.prepare(`INSERT INTO organisations (id, name, timezone, created_at) VALUES (1, 'x', 'Europe/Moscow', 0)`).run();
  const clock = new FakeClock(1_000_000);
  const adapter = new ScriptedAdapter();
  const outbox = new Outbox(db);
  const unreachable: string[] = [];
  const dispatcher = new Dispatcher({
    db,
    clock,
    log: silentLogger(),
    adapters: new Map([['telegram', adapter]]),
    onUnreachable: (row) => unreachable.push(row.chat_id),
  });
  const send = (chatId: string, text: string, extra: { key?: string; notBefore?: number; lane?: 0 | 1 } = {}) =>
    outbox.enqueue({ organisationId: 1, to: { platform: 'telegram', chatId }, message: { text }, now: clock.now(), notBefore: extra.notBefore ?? clock.now(), key: extra.key, lane: extra.lane })[0]!;
  const status = (id: number) => db.prepare('SELECT status, error, not_before FROM outbox WHERE id = ?').get(id) as { status: string; error: string | null; not_before: number };
  return { clock, adapter, outbox, dispatcher, send, status, unreachable };
}

describe('dispatcher', () => {
  it('sends in order within a chat and applies edits to the sent message', async () => {
    const s = setup();
    s.send('1', 'first', { key: 'k' });
    s.send('1', 'second');
    s.outbox.enqueueEdit({ organisationId: 1, to: { platform: 'telegram', chatId: '1' }, key: 'k', message: { text: 'first, edited' }, now: s.clock.now() });
    await drainOutbox(s.dispatcher);
    expect(s.adapter.deliveries.map((d) => d.op + ':' + d.message.text)).toEqual(['send:first', 'send:second', 'edit:first, edited']);
    const edit = s.adapter.deliveries[2]!;
    expect(edit.op === 'edit' && edit.platformMessageId).toBe('101');
  });

  it('an edit of a message still waiting for contact hours is folded into it', async () => {
    const s = setup();
    const id = s.send('1', 'offer', { key: 'k', notBefore: s.clock.now() + 3_600_000 });
    s.outbox.enqueueEdit({ organisationId: 1, to: { platform: 'telegram', chatId: '1' }, key: 'k', message: { text: 'taken by someone' }, now: s.clock.now() });
    await drainOutbox(s.dispatcher);
    expect(s.adapter.deliveries).toEqual([]);
    s.clock.advance(3_600_000);
    await drainOutbox(s.dispatcher);
    expect(s.adapter.deliveries.map((d) => d.message.text)).toEqual(['taken by someone']);
    expect(s.status(id).status).toBe('sent');
  });

  it('waits the time a 429 names, then sends', async () => {
    const s = setup();
    s.adapter.script.push({ ok: false, reason: 'rate_limited', retryAfterMs: 5000 });
    const id = s.send('1', 'hello');
    await drainOutbox(s.dispatcher);
    expect(s.status(id)).toMatchObject({ status: 'pending', not_before: s.clock.now() + 5000 });
    s.clock.advance(5000);
    await drainOutbox(s.dispatcher);
    expect(s.status(id).status).toBe('sent');
    expect(s.dispatcher.stats.rateLimited).toBe(1);
  });

  it('marks a blocked chat unreachable once and never retries it', async () => {
    const s = setup();
    s.adapter.script.push({ ok: false, reason: 'unreachable', detail: 'blocked' });
    const id = s.send('7', 'hello');
    await drainOutbox(s.dispatcher);
    s.clock.advance(60_000);
    await drainOutbox(s.dispatcher);
    expect(s.status(id).status).toBe('unreachable');
    expect(s.unreachable).toEqual(['7']);
    expect(s.adapter.deliveries).toHaveLength(1);
  });

  it('retries a network error with backoff and gives up after repeated failures', async () => {
    const s = setup();
    for (let i = 0; i < 10; i++) s.adapter.script.push({ ok: false, reason: 'transient', detail: 'ECONNRESET' });
    const id = s.send('1', 'hello');
    for (let i = 0; i < 8; i++) {
      await drainOutbox(s.dispatcher);
      s.clock.advance(120_000);
    }
    expect(s.status(id).status).toBe('failed');
    expect(s.adapter.deliveries).toHaveLength(6);
  });

  it('a rejected message fails without retry', async () => {
    const s = setup();
    s.adapter.script.push({ ok: false, reason: 'rejected', detail: 'Bad Request: message is too long' });
    const id = s.send('1', 'x');
    await drainOutbox(s.dispatcher);
    expect(s.status(id)).toMatchObject({ status: 'failed' });
  });

  it('rows left "sending" by a crash are resumed', async () => {
    const s = setup();
    const id = s.send('1', 'hello');
    db.prepare(`UPDATE outbox SET status = 'sending' WHERE id = ?`).run(id);
    s.dispatcher.recover();
    await drainOutbox(s.dispatcher);
    expect(s.status(id).status).toBe('sent');
  });

  it('the running loop paces one chat to a message a second and sends other chats meanwhile (simulated time)', async () => {
    const s = setup();
    const at: Record<string, number> = {};
    const adapter = s.adapter;
    const original = adapter.deliver.bind(adapter);
    adapter.deliver = async (d) => {
      at[d.message.text] = s.clock.now();
      return original(d);
    };
    // Waiting advances the fake clock: the loop runs in simulated time.
    // Sends in flight finish before simulated time moves on.
    const sleep = async (ms: number) => {
      await new Promise((r) => setImmediate(r));
      s.clock.advance(Math.max(1, ms));
    };
    const dispatcher = new Dispatcher({ db, clock: s.clock, log: silentLogger(), adapters: new Map([['telegram', adapter]]), sleep, idlePollMs: 100 });
    const start = s.clock.now();
    s.send('a', 'a1');
    s.send('a', 'a2');
    s.send('b', 'b1');
    dispatcher.start();
    for (let i = 0; i < 1000 && adapter.deliveries.length < 3; i++) await new Promise((r) => setImmediate(r));
    await dispatcher.stop();
    expect(Object.keys(at).sort()).toEqual(['a1', 'a2', 'b1']);
    expect(at.a1! - start).toBeLessThan(100);
    expect(at.b1! - start).toBeLessThan(100);
    expect(at.a2! - at.a1!).toBeGreaterThanOrEqual(1000);
  });

  describe('fair across chats (the running loop, simulated time)', () => {
    /** Runs the real loop, waits moving the fake clock, until `done` or the loop has nothing left. */
    async function run(s: ReturnType<typeof setup>, done: () => boolean) {
      const sleep = async (ms: number) => {
        await new Promise((r) => setImmediate(r));
        s.clock.advance(Math.max(1, ms));
      };
      const dispatcher = new Dispatcher({ db, clock: s.clock, log: silentLogger(), adapters: new Map([['telegram', s.adapter]]), sleep, idlePollMs: 100 });
      s.outbox.onEnqueue(dispatcher.wake);
      dispatcher.start();
      for (let i = 0; i < 200_000 && !done(); i++) await new Promise((r) => setImmediate(r));
      await dispatcher.stop();
    }
    const who = (s: ReturnType<typeof setup>) => s.adapter.deliveries.map((d) => d.to.chatId);

    it("a stranger's 600-message flood does not delay another person's reply", async () => {
      const s = setup();
      for (let i = 0; i < 600; i++) s.send('stranger', `flood ${i}`);
      s.send('b', 'help for b');
      await run(s, () => who(s).includes('b'));
      // b's reply went with the stranger's first or second message, not after 600 of them.
      expect(who(s).indexOf('b')).toBeLessThanOrEqual(1);
      expect(who(s).filter((c) => c === 'stranger').length).toBeLessThanOrEqual(2);
    });

    it('a reply queued during a flood and a broadcast goes at the next free slot', async () => {
      const s = setup();
      for (let i = 0; i < 600; i++) s.send('stranger', `flood ${i}`);
      for (let i = 0; i < 200; i++) s.send(`member${i}`, 'announcement', { lane: 1 });
      let queued = false;
      await run(s, () => {
        if (!queued && s.adapter.deliveries.length >= 50) {
          queued = true;
          s.send('b', 'help for b');
        }
        return who(s).includes('b');
      });
      // After the reply was queued, at most a few sends already in flight went before it.
      expect(who(s).indexOf('b') - 50).toBeLessThanOrEqual(3);
    });

    it('bulk never takes the whole budget, and every chat of a broadcast is reached in order of the queue', async () => {
      const s = setup();
      for (let i = 0; i < 120; i++) s.send(`member${i}`, 'announcement', { lane: 1 });
      await run(s, () => s.adapter.deliveries.length >= 120);
      expect(new Set(who(s)).size).toBe(120);
      expect(who(s).slice(0, 5)).toEqual(['member0', 'member1', 'member2', 'member3', 'member4']);
      // bulk is paced below the platform's 30 a second: within the first simulated second, fewer than 30 went
      const first = db.prepare(`SELECT MIN(sent_at) AS t FROM outbox`).get() as { t: number };
      const inFirstSecond = db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE sent_at < ?`).get(first.t + 1000) as { n: number };
      expect(inFirstSecond.n).toBeLessThan(30);
    });

    it("flood control for one chat (VK error 9) holds that chat only, not the platform", async () => {
      const s = setup();
      s.adapter.script.push({ ok: false, reason: 'rate_limited', retryAfterMs: 60_000, scope: 'chat' });
      s.send('a', 'to a');
      await run(s, () => s.adapter.deliveries.length >= 1);
      s.send('b', 'to b');
      await run(s, () => who(s).includes('b'));
      expect(who(s)).toEqual(['a', 'b']);
    });
  });
});
