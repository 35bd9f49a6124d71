/**
 * One platform per messenger: the same sequence of calls gets the same decisions from the HTTP
 * fake (through the real adapter, over HTTP) and from the simulator behind the port, because
 * both ask the messenger's one rules module. Both servers decide by a clock the test holds
 * still, so "within one second" is a fact of the test, not of the machine's speed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createMaxAdapter } from '../../src/adapters/max/index.js';
import { createTelegramAdapter } from '../../src/adapters/telegram/index.js';
import { createVkAdapter } from '../../src/adapters/vk/adapter.js';
import { FakeClock } from '../../src/clock.js';
import { silentLogger } from '../../src/log.js';
import type { Delivery, DeliveryResult, MessengerAdapter } from '../../src/messaging/types.js';
import { startFakeBotApi } from '../support/fake-bot-api.js';
import { dialogOf, FakeMaxServer } from '../support/fake-max-server.js';
import { FakeVkServer } from '../support/fake-vk-server.js';
import { MaxRules } from '../support/platforms/max-rules.js';
import { TelegramRules } from '../support/platforms/telegram-rules.js';
import { VkRules } from '../support/platforms/vk-rules.js';
import { SimMax } from '../support/sim-max.js';
import { SimTelegram } from '../support/sim-telegram.js';
import { SimVk } from '../support/sim-vk.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** What a decision means to the dispatcher (ids and wording aside). */
const meaning = (r: DeliveryResult) => (r.ok ? 'ok' : r.reason === 'rate_limited' ? `429 after ${r.retryAfterMs} ms` : r.reason);

type Step = { advanceMs: number } | Delivery;

/** An edit's message id that stands for the first message this platform delivered in the run. */
const FIRST = 'the first delivered';

/** Runs the steps against one platform, moving its clock where a step says so. */
async function play(adapter: MessengerAdapter, clock: FakeClock, steps: Step[]): Promise<string[]> {
  const out: string[] = [];
  let first: string | undefined;
  for (const step of steps) {
    if ('advanceMs' in step) {
      clock.advance(step.advanceMs);
      continue;
    }
    const delivery = step.op === 'edit' && step.platformMessageId === FIRST ? { ...step, platformMessageId: first ?? '' } : step;
    const result = await adapter.deliver(delivery);
    if (result.ok && step.op === 'send') first ??= result.platformMessageId;
    out.push(meaning(result));
  }
  return out;
}

describe('Telegram: the fake Bot API with rules and the simulated Telegram are one platform', () => {
  const to = (chatId: number) => ({ platform: 'telegram' as const, chatId: String(chatId) });
  const send = (chatId: number, text = 'Объявление'): Delivery => ({ op: 'send', to: to(chatId), message: { text }, idempotencyKey: chatId });
  const BLOCKED = 500;
  const steps: Step[] = [
    send(BLOCKED),
    send(501, 'я'.repeat(4097)),
    // 40 sends to 40 chats in one instant: 30 fit in the second, 10 are told to wait a second.
    ...Array.from({ length: 40 }, (_, i) => send(1000 + i)),
    { op: 'edit', to: to(1000), platformMessageId: '1', message: { text: 'правка' } },
    { advanceMs: 1000 },
    // A second later: the first chat may be written to again, but not twice in that second.
    send(1000),
    send(1000),
    { op: 'edit', to: to(1000), platformMessageId: '1', message: { text: 'правка' } },
  ];

  it('40 sends in one second through the real TelegramAdapter: exactly the excess answered 429 with retry_after, as the simulator decides', async () => {
    const httpClock = new FakeClock();
    const rules = new TelegramRules();
    rules.blocked.add(String(BLOCKED));
    const api = await startFakeBotApi({}, undefined, { rules, clock: httpClock });
    const adapter = createTelegramAdapter({ token: api.token, apiRoot: api.apiRoot, logger: silentLogger() });
    cleanups.push(() => api.stop());
    const overHttp = await play(adapter, httpClock, steps);

    const simClock = new FakeClock();
    const sim = new SimTelegram(simClock);
    sim.blocked.add(String(BLOCKED));
    const simulated = await play(sim, simClock, steps);

    expect(overHttp).toEqual(simulated);
    const burst = overHttp.slice(2, 42);
    expect(burst.filter((m) => m === 'ok')).toHaveLength(30);
    expect(burst.slice(30)).toEqual(Array(10).fill('429 after 1000 ms'));
    expect(overHttp.slice(0, 2)).toEqual(['unreachable', 'rejected']);
    expect(overHttp.slice(42)).toEqual(['429 after 1000 ms', 'ok', '429 after 1000 ms', 'ok']);
    expect(rules.tooMany).toEqual(sim.tooMany);
    expect(api.callsOf('sendMessage')).toHaveLength(44);
  });
});

describe('MAX: the fake MAX API with rules and the simulated MAX are one platform', () => {
  const to = (user: number) => ({ platform: 'max' as const, chatId: String(dialogOf(user)) });
  const send = (user: number, text = 'Объявление'): Delivery => ({ op: 'send', to: to(user), message: { text }, idempotencyKey: user });
  const BLOCKED = 500;
  const steps: Step[] = [
    // 40 sends to 40 dialogs in one instant: 30 requests fit in the second, 10 are told to wait a second.
    ...Array.from({ length: 40 }, (_, i) => send(1000 + i)),
    { advanceMs: 1000 },
    send(BLOCKED),
    // Two messages a second into one dialog, not three.
    send(1000),
    send(1000),
    send(1000),
    { op: 'edit', to: to(1000), platformMessageId: FIRST, message: { text: 'правка' } },
    // Last: the real adapter refuses a text over 4,000 itself, without a request (the simulator
    // counts one), so the rates after it would differ by one request.
    send(501, 'я'.repeat(4001)),
  ];

  it('40 sends in one second through the real MaxAdapter: exactly the excess answered 429 with Retry-After, as the simulator decides', async () => {
    const httpClock = new FakeClock();
    const fake = await FakeMaxServer.start({ rules: new MaxRules(), clock: httpClock });
    cleanups.push(() => fake.close());
    fake.block(BLOCKED);
    const adapter = createMaxAdapter({ token: fake.token, apiBaseUrl: fake.apiBaseUrl, logger: silentLogger() });
    const overHttp = await play(adapter, httpClock, steps);

    const simClock = new FakeClock();
    const sim = new SimMax(simClock);
    sim.blocked.add(String(dialogOf(BLOCKED)));
    const simulated = await play(sim, simClock, steps);

    expect(overHttp).toEqual(simulated);
    const burst = overHttp.slice(0, 40);
    expect(burst.filter((m) => m === 'ok')).toHaveLength(30);
    expect(burst.slice(30)).toEqual(Array(10).fill('429 after 1000 ms'));
    expect(overHttp.slice(40)).toEqual(['unreachable', 'ok', 'ok', '429 after 1000 ms', 'ok', 'rejected']);
    expect(fake.tooMany).toBe(sim.tooMany);
    expect(fake.textsTo(dialogOf(1000))).toEqual(['правка', 'Объявление', 'Объявление']);
  });
});

describe('VK: the fake VK API with rules and the simulated VK are one platform', () => {
  const to = (peer: number) => ({ platform: 'vk' as const, chatId: String(peer) });
  let key = 0;
  const send = (peer: number, idempotencyKey = ++key): Delivery => ({ op: 'send', to: to(peer), message: { text: 'Объявление' }, idempotencyKey });
  const BLOCKED = 500;
  const steps: Step[] = [
    // 25 sends to 25 people in one instant: 20 requests fit in the second, 5 are answered error 6.
    ...Array.from({ length: 25 }, (_, i) => send(1000 + i)),
    { advanceMs: 1000 },
    send(BLOCKED),
    // Flood control: three messages to one person in 3 seconds, not four (the first was in the burst).
    send(1000),
    send(1000),
    send(1000),
    // A resend with the same random_id is dropped by VK and answered as delivered, not counted.
    send(1001, 2),
    { op: 'edit', to: to(1000), platformMessageId: FIRST, message: { text: 'правка' } },
  ];

  it('25 sends in one second through the real VkAdapter: exactly the excess answered error 6, then flood control, as the simulator decides', async () => {
    const httpClock = new FakeClock();
    const fake = await FakeVkServer.start({ rules: new VkRules(), clock: httpClock });
    cleanups.push(() => fake.close());
    fake.rules.blocked.add(String(BLOCKED));
    const adapter = createVkAdapter({ token: fake.token, groupId: fake.groupId, apiBaseUrl: fake.apiBaseUrl, logger: silentLogger() });
    const overHttp = await play(adapter, httpClock, steps);

    const simClock = new FakeClock();
    const sim = new SimVk(simClock);
    sim.blocked.add(String(BLOCKED));
    const simulated = await play(sim, simClock, steps);

    expect(overHttp).toEqual(simulated);
    const burst = overHttp.slice(0, 25);
    expect(burst.filter((m) => m === 'ok')).toHaveLength(20);
    // The waits are the adapter's (VK says none): a second after error 6, longer after flood control.
    expect(new Set(burst.slice(20))).toEqual(new Set(['429 after 1000 ms']));
    expect(overHttp.slice(25, 28)).toEqual(['unreachable', 'ok', 'ok']);
    expect(overHttp[28]).toMatch(/^429 after \d+ ms$/);
    expect(overHttp[28]).not.toBe('429 after 1000 ms');
    expect(overHttp.slice(29)).toEqual(['ok', 'ok']);
    expect(fake.rules.tooMany).toBe(sim.tooMany);
    expect(fake.rules.flood).toBe(sim.flood);
    expect(fake.textsTo(1001)).toEqual(['Объявление']);

    // One messages.send to several peers (peer_ids): a result per peer, the same on both.
    const batch = [1000, BLOCKED, 1002, 1030].map(to);
    const batchMeaning = (m: Map<string, DeliveryResult>) => batch.map((a) => meaning(m.get(a.chatId)!));
    const overHttpBatch = batchMeaning(await adapter.deliverBatch(batch, { text: 'Всем' }, 99));
    expect(overHttpBatch).toEqual(batchMeaning(await sim.deliverBatch(batch, { text: 'Всем' }, 99)));
    expect(overHttpBatch).toEqual([overHttp[28], 'unreachable', 'ok', 'ok']);
  });
});
