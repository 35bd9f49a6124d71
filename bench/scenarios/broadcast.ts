import { performance } from 'node:perf_hooks';
import type { BenchResult, BenchScenario, BenchFile } from '../types.js';
import { SimClock } from '../../test/support/sim-clock.js';
import { SimTelegram } from '../../test/support/sim-telegram.js';
import { SimMax } from '../../test/support/sim-max.js';
import { SimVk } from '../../test/support/sim-vk.js';
import { App } from '../../src/app/app.js';
import { silentLogger } from '../../src/log.js';
import { BroadcastStore } from '../../src/core/broadcasts/store.js';
import { JOB_START, startJobKey } from '../../src/core/broadcasts/delivery.js';
import { scheduleJob } from '../../src/core/kernel/jobs/jobs.js';
import { createPerson, updatePerson } from '../../src/core/kernel/persons/person.js';
import type { Delivery, DeliveryResult, MessengerAdapter, OutgoingMessage, ChatAddress, Platform } from '../../src/messaging/types.js';
import { BENCH_SEED, seededRandom } from '../seed.js';
import { BENCH_START, createWorld, seedPeople } from '../world.js';

/**
 * P1 / P2 / R1: a broadcast of 10,000 through the real path: the curator's broadcast is started
 * by its job, its recipients are frozen and queued chunk by chunk (jobs), the dispatcher paces
 * the sends, the watch reports. The platforms are the simulated Telegram and VK (test/support),
 * each with its own model of the published limits, a network with one-way latency and jitter,
 * and the machine's own work counted into simulated time (SimClock countCpu). The scheduler's
 * periodic tick runs every 15 simulated seconds, as in production.
 *
 * R1 kills the bot three times during the broadcast (the process stops dead: answers in flight
 * are lost, requests already sent still reach the platform) and starts a new one on the same
 * database: nobody is missed, and the doubles per crash are bounded by rate × round trip
 * (Telegram), none at all on VK (random_id).
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

/** One bot process's link to the platform: when the process dies, answers stop reaching it. */
class ProcessLink implements MessengerAdapter {
  dead = false;
  constructor(private readonly sim: Simulated) {}
  get platform() {
    return this.sim.platform;
  }
  get limits() {
    return this.sim.limits;
  }
  async start() {}
  async stop() {}
  deliver(d: Delivery): Promise<DeliveryResult> {
    return this.answer(this.sim.deliver(d));
  }
  get deliverBatch() {
    const batch = this.sim.deliverBatch?.bind(this.sim);
    return batch ? (to: ChatAddress[], m: OutgoingMessage, key: number) => this.answer(batch(to, m, key)) : undefined;
  }
  private answer<T>(p: Promise<T>): Promise<T> {
    return new Promise<T>((resolve) => void p.then((r) => !this.dead && resolve(r)));
  }
}

interface Run {
  finishedS: number;
  /** When the first copy reached a recipient (the start's own work: freezing the audience, the first chunk). */
  firstS: number;
  reportAfterS: number | null;
  missing: number;
  duplicated: number;
  rateLimited: number;
  calls: number;
  cpuS: number;
  realS: number;
  crashes: number;
  sendingAtCrash: number[];
}

export async function runBroadcast(platform: Platform, makeSim: (clock: SimClock) => Simulated, opts: { kills?: number; limitS: number }): Promise<Run> {
  const clock = new SimClock(BENCH_START, { countCpu: true });
  const sim = makeSim(clock);
  let link = new ProcessLink(sim);
  const world = createWorld({ clock, adapters: [link], sleep: clock.sleep });
  const wall = performance.now();
  try {
    const rand = seededRandom(BENCH_SEED);
    const people = seedPeople(world, PEOPLE, rand, () => platform);
    const { db } = world;
    let app = world.app;
    // The curator, on the same platform, outside the audience's chats.
    const curator = db.transaction(() => {
      const { person } = createPerson(db, {
        organisationId: app.org.id,
        language: 'ru',
        roles: ['curator'],
        consentAt: clock.now(),
        now: clock.now(),
        fullName: 'Куратор',
        account: { platform, userId: '42', chatId: '42' },
      });
      updatePerson(db, person.id, { status: 'active', contactDays: 127, contactFrom: 0, contactTo: 1440 }, clock.now());
      return person;
    })();
    const store = BroadcastStore.of(db);
    const draft = store.create(app.org.id, curator.id, clock.now());
    store.setContent(draft.id, TEXT, null);
    store.setAudience(draft.id, { kind: 'people', personIds: people.map((p) => p.id) });
    store.setStatus(draft.id, 'scheduled', { scheduledAt: clock.now() });
    scheduleJob(db, { organisationId: app.org.id, kind: JOB_START, key: startJobKey(draft.id), dueAt: clock.now(), payload: { broadcastId: draft.id }, now: clock.now() });

    // The seeding's work is done before the broadcast starts: it does not count into its time.
    await clock.sleep(0);
    const cpuBefore = clock.cpuMs;
    const t0 = clock.now();
    const report = () => sim.ledger.byChat.get('42')?.find((m) => m.text.startsWith('📊'));
    let running = true;
    const ticker = (async () => {
      while (running) {
        await clock.sleep(15_000);
        if (running) app.scheduler.tick();
      }
    })();
    app.dispatcher.start();
    app.scheduler.start(15, { cron: false });

    const kills = opts.kills ?? 0;
    const sendingAtCrash: number[] = [];
    for (let k = 1; k <= kills; k++) {
      const at = Math.round((PEOPLE * k) / (kills + 1));
      while (sim.ledger.total < at && clock.now() - t0 < opts.limitS * 1000) await clock.sleep(100);
      // kill -9: nothing of this process runs any more; what it sent is on its way.
      link.dead = true;
      app.scheduler.stop();
      void app.dispatcher.stop();
      sendingAtCrash.push((db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE status = 'sending'`).get() as { n: number }).n);
      await clock.sleep(2_000);
      link = new ProcessLink(sim);
      app = new App({ db, clock, log: silentLogger(), settings: app.deps.settings, adapters: [link], sleep: clock.sleep });
      app.dispatcher.start();
      app.scheduler.start(15, { cron: false });
    }
    while (!report() && clock.now() - t0 < opts.limitS * 1000) await clock.sleep(500);
    running = false;
    await app.dispatcher.stop();
    app.scheduler.stop();
    await ticker;

    const expected = people.map((p) => p.userId);
    let last = t0;
    let first = Infinity;
    for (const chat of expected) for (const m of sim.ledger.byChat.get(chat) ?? []) {
      last = Math.max(last, m.at);
      first = Math.min(first, m.at);
    }
    const once = sim.ledger.exactlyOnce(expected);
    const r = report();
    return {
      finishedS: (last - t0) / 1000,
      firstS: (first - t0) / 1000,
      reportAfterS: r ? (r.at - last) / 1000 : null,
      missing: once.missing,
      duplicated: once.duplicated,
      rateLimited: sim.rateLimited,
      calls: sim.calls,
      cpuS: (clock.cpuMs - cpuBefore) / 1000,
      realS: (performance.now() - wall) / 1000,
      crashes: kills,
      sendingAtCrash,
    };
  } finally {
    world.close();
  }
}

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

const TELEGRAM_JITTER = [40, 120] as const;
const VK_JITTER = [40, 120] as const;
const telegramFloor = PEOPLE / 30;
const vkFloor = Math.ceil(PEOPLE / 100) / 20;

function details(r: Run, floorS: number) {
  return {
    simulatedSeconds: round(r.finishedS, 2),
    firstCopyAfterS: round(r.firstS, 2),
    floorSeconds: round(floorS, 2),
    reportAfterLastDeliveryS: r.reportAfterS === null ? null : round(r.reportAfterS, 2),
    rateLimited: r.rateLimited,
    platformCalls: r.calls,
    missing: r.missing,
    duplicated: r.duplicated,
    cpuSecondsCounted: round(r.cpuS, 2),
    realSeconds: round(r.realS, 1),
    seed: BENCH_SEED,
  };
}

/** How soon the final report followed the last delivery (the second row of P1 and P2). */
function reportRow(id: string, r: { reportAfterS: number | null }): BenchResult {
  return {
    id,
    name: 'the final report, after the last delivery',
    figure: r.reportAfterS === null ? Number.NaN : round(r.reportAfterS, 2),
    unit: 's',
    goal: '≤ 5',
    met: r.reportAfterS !== null && r.reportAfterS <= 5,
  };
}

export const broadcastTelegram: BenchScenario = {
  name: 'broadcast-telegram',
  async run() {
    const r = await runBroadcast('telegram', (c) => new SimTelegram(c, { oneWayMs: TELEGRAM_JITTER }), { limitS: telegramFloor * 3 });
    const figure = round(r.finishedS / telegramFloor);
    return [
      {
        id: 'P1',
        name: `broadcast of ${PEOPLE.toLocaleString('en')}, real path, simulated Telegram (one-way 40–120 ms)`,
        figure,
        unit: '× floor (N/30 s)',
        goal: '≤ 1.05, 0 × 429, exactly once',
        met: figure <= 1.05 && r.rateLimited === 0 && r.missing === 0 && r.duplicated === 0,
        ...details(r, telegramFloor),
      },
      reportRow('P1', r),
    ];
  },
};

export const broadcastVk: BenchScenario = {
  name: 'broadcast-vk',
  async run() {
    const r = await runBroadcast('vk', (c) => new SimVk(c, { oneWayMs: VK_JITTER }), { limitS: Math.max(60, vkFloor * 10) });
    const figure = round(r.finishedS / vkFloor);
    return [
      {
        id: 'P2',
        name: `broadcast of ${PEOPLE.toLocaleString('en')}, real path, simulated VK (one-way 40–120 ms)`,
        figure,
        unit: '× floor (100 calls of 100 / 20 a second)',
        goal: '≤ 1.10, exactly once',
        met: figure <= 1.1 && r.missing === 0 && r.duplicated === 0,
        ...details(r, vkFloor),
      },
      reportRow('P2', r),
    ];
  },
};

export const broadcastMax: BenchScenario = {
  name: 'broadcast-max',
  async run() {
    const maxFloor = PEOPLE / 30;
    const r = await runBroadcast('max', (c) => new SimMax(c, { latencyMs: 60 }), { limitS: maxFloor * 3 });
    const figure = round(r.finishedS / maxFloor);
    return [
      {
        id: 'P1-max',
        name: `broadcast of ${PEOPLE.toLocaleString('en')}, real path, simulated MAX (60 ms)`,
        figure,
        unit: '× floor (N/30 s)',
        goal: '≤ 1.05, 0 × 429, exactly once',
        met: figure <= 1.05 && r.rateLimited === 0 && r.missing === 0 && r.duplicated === 0,
        ...details(r, maxFloor),
      },
    ];
  },
};

export const crashes: BenchScenario = {
  name: 'crashes',
  async run(): Promise<BenchResult[]> {
    const tg = await runBroadcast('telegram', (c) => new SimTelegram(c, { latencyMs: 100 }), { kills: 3, limitS: telegramFloor * 3 });
    const vk = await runBroadcast('vk', (c) => new SimVk(c, { latencyMs: 100 }), { kills: 3, limitS: Math.max(120, vkFloor * 20) });
    const bound = 30 * 0.1;
    const perCrash = tg.duplicated / tg.crashes;
    return [
      {
        id: 'R1',
        name: `3 × kill -9 during a broadcast of ${PEOPLE.toLocaleString('en')}, simulated Telegram, 100 ms round trip: doubles per crash`,
        figure: round(perCrash, 2),
        unit: 'doubles / crash',
        goal: `≤ ${bound} (rate × round trip), 0 lost`,
        met: perCrash <= bound && tg.missing === 0,
        sendingAtCrash: tg.sendingAtCrash,
        ...details(tg, telegramFloor),
      },
      {
        id: 'R1',
        name: `the same on simulated VK (random_id): doubles`,
        figure: vk.duplicated,
        unit: 'doubles',
        goal: '0, 0 lost',
        met: vk.duplicated === 0 && vk.missing === 0,
        sendingAtCrash: vk.sendingAtCrash,
        ...details(vk, vkFloor),
      },
    ];
  },
};

/** This file's part of `npm run bench` (found by scenarios/index.ts), and where it runs in the order. */
export const bench: BenchFile = { order: 10, scenarios: [broadcastTelegram, broadcastVk, broadcastMax, crashes] };
