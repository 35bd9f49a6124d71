import { performance } from 'node:perf_hooks';
import type { BenchResult, BenchScenario } from '../types.js';
import { SimClock } from '../../test/support/sim-clock.js';
import { SimTelegram } from '../../test/support/sim-telegram.js';
import { SimVk } from '../../test/support/sim-vk.js';
import { SimMax } from '../../test/support/sim-max.js';
import { Notifier } from '../../src/core/contact/notifier.js';
import { getPerson } from '../../src/core/people/person.js';
import type { MessengerAdapter, Platform } from '../../src/messaging/types.js';
import { BENCH_SEED, seededRandom } from '../seed.js';
import { BENCH_START, createWorld, seedPeople } from '../world.js';

/**
 * P1 / P2 / P1-max: a broadcast-like load. 10,000 people each get one message on the BULK lane, queued
 * through the Notifier (urgency 'bulk', so contact hours are decided as in production) and
 * delivered by the real dispatcher to a simulated platform that enforces its limits on a
 * simulated clock. The figure is the simulated finishing time over the platform's floor.
 */

const PEOPLE = 10_000;
const TEXT =
  'Коллеги, добрый день! В четверг в 15:00 — методическое объединение наставников в актовом зале. ' +
  'Возьмите, пожалуйста, планы работы с подопечными на второе полугодие.';

interface Simulated extends MessengerAdapter {
  readonly ledger: SimTelegram['ledger'];
  readonly rateLimited: number;
  readonly calls: number;
}

async function broadcast(opts: {
  id: string;
  platform: Platform;
  makeAdapter: (clock: SimClock) => Simulated;
  /** Simulated seconds the platform cannot go below. */
  floorSeconds: number;
  floorLabel: string;
  goal: number;
  /** The goal includes "no 429 at all". */
  no429?: boolean;
}): Promise<BenchResult[]> {
  const clock = new SimClock(BENCH_START);
  const adapter = opts.makeAdapter(clock);
  const world = createWorld({ clock, adapters: [adapter], sleep: clock.sleep });
  try {
    const rand = seededRandom(BENCH_SEED);
    const people = seedPeople(world, PEOPLE, rand, () => opts.platform);
    const { app } = world;

    // Queue: what a broadcast does, in transactions of 500 people.
    const queuedAt = performance.now();
    const notifier = new Notifier(app.deps, app.org);
    let queued = 0;
    for (let i = 0; i < people.length; i += 500) {
      app.deps.db.transaction(() => {
        for (const p of people.slice(i, i + 500)) {
          const person = getPerson(app.deps.db, p.id)!;
          const q = notifier.toPerson(person, () => ({ text: TEXT }), { urgency: 'bulk', source: 'bench:broadcast' });
          if (q && q.notBefore === clock.now()) queued++;
        }
      })();
    }
    const queueMs = performance.now() - queuedAt;

    // Deliver, watching simulated time; give up at three times the floor.
    const wallStart = performance.now();
    const t0 = clock.now();
    app.dispatcher.start();
    while (adapter.ledger.total < PEOPLE && clock.now() - t0 < opts.floorSeconds * 3000) await clock.sleep(1000);
    await app.dispatcher.stop();
    const wallMs = performance.now() - wallStart;

    const finishedS = ((adapter.ledger.lastAt ?? clock.now()) - t0) / 1000;
    const once = adapter.ledger.exactlyOnce(people.map((p) => p.userId));
    const exactlyOnce = once.missing === 0 && once.duplicated === 0 && once.strangers === 0;
    const figure = round(finishedS / opts.floorSeconds, 3);
    const zero429 = adapter.rateLimited === 0;
    return [
      {
        id: opts.id,
        name: `broadcast of ${PEOPLE.toLocaleString('en')} on simulated ${PLATFORM_NAMES[opts.platform]}`,
        figure,
        unit: '× floor',
        goal: `≤ ${opts.goal.toFixed(2)}${opts.no429 ? ', 0 × 429' : ''}, exactly once`,
        met: figure <= opts.goal && exactlyOnce && (!opts.no429 || zero429),
        simulatedSeconds: round(finishedS, 2),
        floorSeconds: round(opts.floorSeconds, 2),
        floor: opts.floorLabel,
        rateLimited: adapter.rateLimited,
        platformCalls: adapter.calls,
        received: adapter.ledger.total,
        missing: once.missing,
        duplicated: once.duplicated,
        queuedWithinHours: queued,
        queueMs: round(queueMs, 0),
        realSeconds: round(wallMs / 1000, 2),
        seed: BENCH_SEED,
      },
    ];
  } finally {
    world.close();
  }
}

const PLATFORM_NAMES: Record<Platform, string> = { telegram: 'Telegram', vk: 'VK', max: 'MAX', local: 'local' };

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

export const broadcastTelegram: BenchScenario = {
  name: 'broadcast-telegram',
  run: () =>
    broadcast({
      id: 'P1',
      platform: 'telegram',
      no429: true,
      makeAdapter: (clock) => new SimTelegram(clock, { latencyMs: 60 }),
      floorSeconds: PEOPLE / 30,
      floorLabel: '10,000 / 30 per second',
      goal: 1.05,
    }),
};

export const broadcastVk: BenchScenario = {
  name: 'broadcast-vk',
  run: () =>
    broadcast({
      id: 'P2',
      platform: 'vk',
      makeAdapter: (clock) => new SimVk(clock, { latencyMs: 80 }),
      floorSeconds: Math.ceil(PEOPLE / 100) / 20,
      floorLabel: '100 calls of 100 peers / 20 per second',
      goal: 1.1,
    }),
};

export const broadcastMax: BenchScenario = {
  name: 'broadcast-max',
  run: () =>
    broadcast({
      id: 'P1-max',
      platform: 'max',
      makeAdapter: (clock) => new SimMax(clock, { latencyMs: 60 }),
      floorSeconds: PEOPLE / 30,
      floorLabel: '10,000 / 30 requests per second',
      goal: 1.05,
      no429: true,
    }),
};
