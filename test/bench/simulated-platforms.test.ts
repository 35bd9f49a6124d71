import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../src/db/database.js';
import { silentLogger } from '../../src/log.js';
import { Outbox, BULK } from '../../src/messaging/outbox.js';
import { Dispatcher } from '../../src/app/dispatcher.js';
import type { Delivery, MessengerAdapter } from '../../src/messaging/types.js';
import { SimClock } from '../support/sim-clock.js';
import { SimTelegram } from '../support/sim-telegram.js';
import { SimVk } from '../support/sim-vk.js';

const START = Date.UTC(2026, 10, 23, 7, 0);

function send(chatId: string, text = 'hello', key = 1): Delivery {
  return { op: 'send', to: { platform: 'telegram', chatId }, message: { text }, idempotencyKey: key };
}

describe('simulated clock', () => {
  it('moves only when everything waits, to the earliest wake, in order', async () => {
    const clock = new SimClock(START);
    const woke: string[] = [];
    const a = clock.sleep(500).then(() => woke.push(`a@${clock.now() - START}`));
    const b = clock.sleep(100).then(() => woke.push(`b@${clock.now() - START}`));
    expect(clock.now()).toBe(START);
    await Promise.all([a, b]);
    expect(woke).toEqual(['b@100', 'a@500']);
  });
});

describe('simulated Telegram', () => {
  it('takes 30 messages in a second and answers the 31st with 429 and retry_after', async () => {
    const clock = new SimClock(START);
    const tg = new SimTelegram(clock);
    const results = [];
    for (let i = 0; i < 31; i++) results.push(await tg.deliver(send(String(i))));
    expect(results.filter((r) => r.ok)).toHaveLength(30);
    expect(results[30]).toMatchObject({ ok: false, reason: 'rate_limited', retryAfterMs: 1000 });
    expect(tg.ledger.count('30')).toBe(0);
    expect(tg.rateLimited).toBe(1);
    await clock.sleep(1000);
    expect((await tg.deliver(send('30'))).ok).toBe(true);
    expect(tg.ledger.count('30')).toBe(1);
  });

  it('takes one message a second in one chat', async () => {
    const clock = new SimClock(START);
    const tg = new SimTelegram(clock);
    expect((await tg.deliver(send('7'))).ok).toBe(true);
    expect(await tg.deliver(send('7'))).toMatchObject({ ok: false, reason: 'rate_limited' });
    expect(tg.tooMany.perChat).toBe(1);
    await clock.sleep(999);
    expect((await tg.deliver(send('7'))).ok).toBe(false);
    await clock.sleep(1);
    expect((await tg.deliver(send('7'))).ok).toBe(true);
    expect(tg.ledger.count('7')).toBe(2);
  });

  it('a blocked chat is unreachable; a too long text is rejected; neither is received', async () => {
    const clock = new SimClock(START);
    const tg = new SimTelegram(clock);
    tg.blocked.add('9');
    expect(await tg.deliver(send('9'))).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(await tg.deliver(send('8', 'x'.repeat(5000)))).toMatchObject({ ok: false, reason: 'rejected' });
    expect(tg.ledger.total).toBe(0);
  });

  it('the ledger tells missing and doubled chats apart', async () => {
    const clock = new SimClock(START);
    const tg = new SimTelegram(clock);
    await tg.deliver(send('1'));
    await tg.deliver(send('2'));
    await clock.sleep(1000);
    await tg.deliver(send('2'));
    await tg.deliver(send('99'));
    expect(tg.ledger.exactlyOnce(['1', '2', '3'])).toEqual({ missing: 1, duplicated: 1, strangers: 1 });
  });
});

describe('the network', () => {
  it('a call crosses two legs of latency; with jitter the legs vary within the range, the same for the same seed', async () => {
    const clock = new SimClock(START);
    const tg = new SimTelegram(clock, { latencyMs: 100 });
    await tg.deliver(send('1'));
    expect(clock.now() - START).toBe(100);
    expect(tg.ledger.byChat.get('1')![0]!.at - START).toBe(50);
    const times = async (seed: number) => {
      const c = new SimClock(START);
      const t = new SimTelegram(c, { oneWayMs: [40, 120], seed });
      const out: number[] = [];
      for (let i = 0; i < 20; i++) {
        const before = c.now();
        await t.deliver(send(String(i)));
        out.push(c.now() - before);
      }
      return out;
    };
    const a = await times(7);
    expect(a.every((ms) => ms >= 80 && ms <= 240)).toBe(true);
    expect(new Set(a).size).toBeGreaterThan(5);
    expect(await times(7)).toEqual(a);
  });

  it('with countCpu, the CPU time of work between waits moves simulated time', async () => {
    const clock = new SimClock(START, { countCpu: true });
    const cpu = () => (process.cpuUsage().user + process.cpuUsage().system) / 1000;
    const until = cpu() + 30;
    while (cpu() < until) {
      /* work */
    }
    await clock.sleep(0);
    expect(clock.now() - START).toBeGreaterThanOrEqual(25);
  });
});

describe('simulated VK', () => {
  it('flood control: a fourth message to one peer within 3 seconds is error 9, for that peer only', async () => {
    const clock = new SimClock(START);
    const vk = new SimVk(clock);
    const to = (chatId: string, key: number) => ({ ...send(chatId, 'x', key), to: { platform: 'vk' as const, chatId } });
    for (let i = 0; i < 3; i++) expect((await vk.deliver(to('5', i + 1))).ok).toBe(true);
    expect(await vk.deliver(to('5', 4))).toMatchObject({ ok: false, reason: 'rate_limited', scope: 'chat' });
    expect((await vk.deliver(to('6', 5))).ok).toBe(true);
    expect(vk.flood).toBe(1);
    await clock.sleep(3000);
    expect((await vk.deliver(to('5', 6))).ok).toBe(true);
  });

  const peers = (n: number, from = 1) => Array.from({ length: n }, (_, i) => ({ platform: 'vk' as const, chatId: String(from + i) }));

  it('takes 20 requests a second and answers the 21st with error 6', async () => {
    const clock = new SimClock(START);
    const vk = new SimVk(clock);
    for (let i = 0; i < 20; i++) expect((await vk.deliver({ ...send(String(i), 'x', i + 1), to: { platform: 'vk', chatId: String(i) } })).ok).toBe(true);
    const refused = await vk.deliverBatch(peers(3, 100), { text: 'x' }, 500);
    expect([...refused.values()].every((r) => !r.ok && r.reason === 'rate_limited')).toBe(true);
    expect(vk.tooMany).toBe(1);
    expect(vk.ledger.total).toBe(20);
  });

  it('sends one text to up to 100 peers in one request, refuses 101', async () => {
    const clock = new SimClock(START);
    const vk = new SimVk(clock);
    const ok = await vk.deliverBatch(peers(100), { text: 'x' }, 1);
    expect([...ok.values()].every((r) => r.ok)).toBe(true);
    expect(vk.calls).toBe(1);
    const tooMany = await vk.deliverBatch(peers(101, 1000), { text: 'x' }, 2);
    expect([...tooMany.values()].every((r) => !r.ok && r.reason === 'rejected')).toBe(true);
    expect(vk.ledger.total).toBe(100);
  });

  it('drops a repeated random_id, so a resend is received once; a blocked peer is unreachable', async () => {
    const clock = new SimClock(START);
    const vk = new SimVk(clock);
    vk.blocked.add('3');
    await vk.deliverBatch(peers(3), { text: 'x' }, 42);
    const again = await vk.deliverBatch(peers(3), { text: 'x' }, 42);
    expect(again.get('1')).toMatchObject({ ok: true });
    expect(again.get('3')).toMatchObject({ ok: false, reason: 'unreachable' });
    expect(vk.repeatsDropped).toBe(2);
    expect(vk.ledger.exactlyOnce(['1', '2'])).toEqual({ missing: 0, duplicated: 0, strangers: 0 });
  });
});

describe('the real dispatcher on simulated platforms', () => {
  let db: DB;
  afterEach(() => db?.close());

  async function run(adapter: MessengerAdapter & { ledger: SimTelegram['ledger']; rateLimited: number }, clock: SimClock, chats: string[], perChat: number) {
    db = openDatabase(':memory:');
    db.prepare(`INSERT INTO organisations (id, name, timezone, created_at) VALUES (1, 'x', 'Europe/Moscow', 0)`).run();
    const outbox = new Outbox(db);
    for (let k = 0; k < perChat; k++) {
      for (const chatId of chats) {
        outbox.enqueue({ organisationId: 1, to: { platform: adapter.platform, chatId }, message: { text: `m${k}` }, lane: BULK, source: `b${k}`, now: clock.now(), notBefore: clock.now() });
      }
    }
    const dispatcher = new Dispatcher({ db, clock, log: silentLogger(), adapters: new Map([[adapter.platform, adapter]]), sleep: clock.sleep });
    dispatcher.start();
    const total = chats.length * perChat;
    while (adapter.ledger.total < total && clock.now() - START < 600_000) await clock.sleep(1000);
    await dispatcher.stop();
    const left = db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE status != 'sent'`).get() as { n: number };
    return { left: left.n };
  }

  it('Telegram: 90 chats × 2 messages arrive each once, in order, without a 429', async () => {
    const clock = new SimClock(START);
    const tg = new SimTelegram(clock, { latencyMs: 50 });
    const chats = Array.from({ length: 90 }, (_, i) => String(1000 + i));
    const { left } = await run(tg, clock, chats, 2);
    expect(left).toBe(0);
    expect(tg.rateLimited).toBe(0);
    for (const c of chats) expect(tg.ledger.byChat.get(c)!.map((m) => m.text)).toEqual(['m0', 'm1']);
  });

  it('Telegram with one-way jitter of 40–120 ms and the machine stalling now and then: no 429, the bulk lane below the window', async () => {
    const clock = new SimClock(START);
    const tg = new SimTelegram(clock, { oneWayMs: [40, 120] });
    // Every 97th answer is read 300 ms late (the bot held up by a long transaction, a GC pause):
    // then a burst of calls whose slots all opened meanwhile.
    let n = 0;
    const deliver = tg.deliver.bind(tg);
    tg.deliver = async (d) => {
      const r = await deliver(d);
      if (++n % 97 === 0) await clock.sleep(300);
      return r;
    };
    const chats = Array.from({ length: 600 }, (_, i) => String(3000 + i));
    const { left } = await run(tg, clock, chats, 1);
    expect(left).toBe(0);
    expect(tg.rateLimited).toBe(0);
    expect(tg.ledger.exactlyOnce(chats)).toEqual({ missing: 0, duplicated: 0, strangers: 0 });
    // By arrival, no second held more than the bulk lane's share (29 of 30).
    const arrivals = chats.map((c) => tg.ledger.byChat.get(c)![0]!.at).sort((a, b) => a - b);
    for (let i = 29; i < arrivals.length; i++) expect(arrivals[i]! - arrivals[i - 29]!).toBeGreaterThan(1000);
  });

  it('VK: 250 peers get one message each, in batches, without error 6', async () => {
    const clock = new SimClock(START);
    const vk = new SimVk(clock, { latencyMs: 80 });
    const chats = Array.from({ length: 250 }, (_, i) => String(500 + i));
    const { left } = await run(vk, clock, chats, 1);
    expect(left).toBe(0);
    expect(vk.rateLimited).toBe(0);
    expect(vk.ledger.exactlyOnce(chats)).toEqual({ missing: 0, duplicated: 0, strangers: 0 });
    expect(vk.calls).toBeLessThan(250);
  });
});
