import { performance } from 'node:perf_hooks';
import { FakeClock } from '../../src/clock.js';
import { openDatabase } from '../../src/db/database.js';
import { silentLogger } from '../../src/log.js';
import { App } from '../../src/app/app.js';
import { Notifier } from '../../src/core/kernel/contact/notifier.js';
import { BroadcastStore } from '../../src/core/broadcasts/store.js';
import { startBroadcast } from '../../src/core/broadcasts/delivery.js';
import { SimTelegram } from '../../test/support/sim-telegram.js';
import type { BenchResult, BenchScenario, BenchFile } from '../types.js';

/**
 * Broadcasts at district scale: 10,000 recipients.
 * B1: the core's cost of freezing and queueing them all (wall clock, chunked transactions).
 * (Delivery against the platforms' floors, through the same real path, is P1/P2 in broadcast.ts.)
 */

const N = Number(process.env.BENCH_BROADCAST_N ?? 10_000);

interface Setup {
  app: App;
  db: ReturnType<typeof openDatabase>;
  clock: FakeClock;
  telegram: SimTelegram;
  broadcastId: number;
  /** Simulated time of the next scheduler tick (every 15 s, as in production). */
  nextTick: number;
}

function setUp(): Setup {
  const db = openDatabase(':memory:');
  const clock = new FakeClock(Date.UTC(2026, 10, 23, 7, 0));
  const telegram = new SimTelegram(clock);
  const setup = { db, clock, telegram, nextTick: clock.now() + 15_000 } as Setup;
  // The dispatcher's waits move simulated time; the scheduler ticks as simulated time passes.
  const sleep = (ms: number) => {
    clock.advance(Math.max(1, ms));
    if (clock.now() >= setup.nextTick) {
      setup.nextTick = clock.now() + 15_000;
      setup.app.scheduler.tick();
    }
    return new Promise<void>((resolve) => setImmediate(resolve));
  };
  const app = new App({
    db,
    clock,
    log: silentLogger(),
    settings: { organisationName: 'Район', defaultTimezone: 'Europe/Moscow', defaultLanguage: 'ru' },
    adapters: [telegram],
    sleep,
  });
  setup.app = app;
  const orgId = app.org.id;
  db.transaction(() => {
    const person = db.prepare(
      `INSERT INTO persons (organisation_id, full_name, status, contact_days, contact_from, contact_to, created_at, updated_at) VALUES (?, ?, 'active', 127, 0, 1440, 0, 0)`,
    );
    const account = db.prepare(`INSERT INTO accounts (organisation_id, person_id, platform, user_id, chat_id, created_at) VALUES (?, ?, 'telegram', ?, ?, 0)`);
    const role = db.prepare(`INSERT INTO person_roles (person_id, role) VALUES (?, ?)`);
    for (let i = 0; i <= N; i++) {
      const id = Number(person.run(orgId, `Teacher ${i}`).lastInsertRowid);
      account.run(orgId, id, String(100_000 + i), String(100_000 + i));
      role.run(id, i === 0 ? 'curator' : 'mentee');
    }
  })();
  const store = BroadcastStore.of(db);
  const draft = store.create(orgId, 1, clock.now());
  store.setContent(draft.id, 'District announcement', null);
  store.setAudience(draft.id, { kind: 'role', role: 'mentee' });
  setup.broadcastId = draft.id;
  return setup;
}

function start(s: Setup): void {
  s.db.transaction(() => {
    const org = s.app.org;
    const b = BroadcastStore.of(s.db).get(org.id, s.broadcastId)!;
    startBroadcast({ deps: s.app.deps, org, notifier: new Notifier(s.app.deps, org), now: s.clock.now(), features: [] }, b);
  })();
}

export const broadcastsScenario: BenchScenario = {
  name: 'broadcasts',
  async run(): Promise<BenchResult[]> {
    // B1: freeze and queue, chunk by chunk, as the scheduler's jobs do (no sending).
    const a = setUp();
    const t0 = performance.now();
    start(a);
    while (BroadcastStore.of(a.db).unqueuedCount(a.broadcastId) > 0) a.app.scheduler.tick();
    const queueMs = performance.now() - t0;
    const chunkSize = a.app.org.settings.broadcasts.chunkSize;
    a.db.close();

    return [
      {
        id: 'B1',
        name: `queue a broadcast to ${N} recipients (core cost, wall clock)`,
        figure: Math.round(queueMs),
        unit: 'ms',
        goal: '≤ 15000 (the chunks are spread over scheduler ticks)',
        met: queueMs <= 15_000,
        perRecipientMs: Number((queueMs / N).toFixed(3)),
        chunkSize,
        perChunkMs: Math.round((queueMs / N) * chunkSize),
      },
    ];
  },
};

/** This file's part of `npm run bench` (found by scenarios/index.ts), and where it runs in the order. */
export const bench: BenchFile = { order: 70, scenarios: [broadcastsScenario] };
