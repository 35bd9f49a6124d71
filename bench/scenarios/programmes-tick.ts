/**
 * P5: the scheduler's tick over 100,000 plan items, on a temp-file SQLite database in WAL mode.
 * 10,000 programmes (a mentor and a mentee each) with 10 items; deadlines spread over half a year.
 * - nothing due: the tick at a moment no reminder is due (goal ≤ 10 ms);
 * - 10,000 due: the first item of every programme reaches its "3 days before" reminder at once;
 *   the tick runs the sweep, which queues 10,000 reminders and moves every item on (goal ≤ 1 s).
 * Everything is the real code: App, Scheduler, the programmes feature, the outbox.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DateTime } from 'luxon';
import type { BenchResult, BenchScenario, BenchFile } from '../types.js';
import { FakeClock } from '../../src/clock.js';
import { openDatabase, type DB } from '../../src/db/database.js';
import { silentLogger } from '../../src/log.js';
import { App } from '../../src/app/app.js';
import { createPerson, updatePerson } from '../../src/core/kernel/persons/person.js';
import { addItem, createProgramme } from '../../src/core/programmes/planning.js';
import { addDays } from '../../src/core/kernel/dates/days.js';
import { digestKey, sweepKey, SWEEP_JOB } from '../../src/core/programmes/reminders.js';
import { cancelJob, scheduleJob } from '../../src/core/kernel/jobs/jobs.js';

const ZONE = 'Europe/Moscow';
const PROGRAMMES = Number(process.env.BENCH_PROGRAMMES ?? 10_000);
const ITEMS_EACH = 10;
/** Seeded on Monday 23 November 2026, 10:00 in Moscow. */
const SEED_AT = DateTime.fromISO('2026-11-23T10:00', { zone: ZONE }).toMillis();
/** Wednesday 13 January 2027, 10:00: the first item of every programme is 3 days ahead. */
const DUE_AT = DateTime.fromISO('2027-01-13T10:00', { zone: ZONE }).toMillis();
const FIRST_DEADLINE = '2027-01-16';

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { p50: q(0.5), p99: q(0.99), max: s.at(-1)! };
}

function seed(app: App, db: DB, now: number): void {
  const deps = app.deps;
  db.transaction(() => {
    const person = (name: string, role: 'mentor' | 'mentee', i: number) => {
      const { person } = createPerson(db, {
        organisationId: app.org.id,
        language: 'ru',
        roles: [role],
        consentAt: now,
        now,
        fullName: name,
        account: { platform: 'local', userId: `${role}-${i}`, chatId: `${role}-${i}` },
      });
      updatePerson(db, person.id, { status: 'active' }, now);
      return person.id;
    };
    const mentors = Array.from({ length: PROGRAMMES / 5 }, (_, i) => person(`Наставник ${i}`, 'mentor', i));
    for (let i = 0; i < PROGRAMMES; i++) {
      const mentee = person(`Наставляемый ${i}`, 'mentee', i);
      const p = createProgramme(deps, {
        orgId: app.org.id,
        kind: 'traditional',
        mentorId: mentors[i % mentors.length]!,
        menteeIds: [mentee],
        startsOn: '2026-11-23',
        endsOn: '2027-08-31',
        curatorId: null,
        confirmed: true,
        now,
      });
      for (let k = 0; k < ITEMS_EACH; k++) {
        addItem(deps, { programmeId: p.id, title: `Мероприятие ${k + 1}`, dueOn: addDays(FIRST_DEADLINE, k * 20), responsible: 'mentee', now });
      }
    }
  })();
}

async function run(): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-programmes-'));
  const db = openDatabase(join(dir, 'bench.db'));
  const clock = new FakeClock(SEED_AT);
  const app = new App({
    db,
    clock,
    log: silentLogger(),
    settings: { organisationName: 'Бенчмарк', defaultTimezone: ZONE, defaultLanguage: 'ru' },
    adapters: [],
  });
  try {
    const seedStart = performance.now();
    seed(app, db, SEED_AT);
    const seedMs = performance.now() - seedStart;
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.exec('ANALYZE');
    const items = (db.prepare('SELECT COUNT(*) AS n FROM plan_items').get() as { n: number }).n;
    const waiting = (db.prepare('SELECT COUNT(*) AS n FROM plan_items WHERE remind_at IS NOT NULL').get() as { n: number }).n;

    // Nothing due: a week before the first reminders, ticks every 15 s.
    clock.set(DUE_AT - 7 * 86_400_000);
    // The first tick catches up on what came due since the seeding (the curators' weekly digest).
    app.scheduler.tick();
    // The weekly digest is a job of its own (Mondays); keep it out of the reminder figures.
    cancelJob(db, digestKey(app.org.id), clock.now());
    const idle: number[] = [];
    for (let i = 0; i < 200; i++) {
      clock.advance(15_000);
      const t = performance.now();
      const ran = app.scheduler.tick();
      idle.push(performance.now() - t);
      if (ran !== 0) throw new Error('nothing should be due');
    }
    const idleStats = stats(idle);

    // 10,000 due at once: measured three times, the state put back in between.
    const outboxBefore = (db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n;
    const snapshot = db.prepare('SELECT id, remind_stage, remind_at FROM plan_items WHERE remind_at IS NOT NULL').all() as { id: number; remind_stage: number; remind_at: number }[];
    const restore = db.prepare('UPDATE plan_items SET remind_stage = ?, remind_at = ? WHERE id = ?');
    const busy: number[] = [];
    const busyCpu: number[] = [];
    let queued = 0;
    for (let round = 0; round < 3; round++) {
      clock.set(DUE_AT);
      const t = performance.now();
      const cpu = process.cpuUsage();
      app.scheduler.tick();
      busy.push(performance.now() - t);
      const used = process.cpuUsage(cpu);
      busyCpu.push((used.user + used.system) / 1000);
      queued = (db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n - outboxBefore;
      if (queued !== PROGRAMMES) throw new Error(`expected ${PROGRAMMES} reminders, got ${queued}`);
      db.transaction(() => {
        db.prepare('DELETE FROM outbox WHERE id > (SELECT MAX(id) FROM outbox) - ?').run(queued);
        for (const r of snapshot) restore.run(r.remind_stage, r.remind_at, r.id);
        db.prepare(`DELETE FROM jobs WHERE kind = ? AND status = 'pending'`).run(SWEEP_JOB);
        scheduleJob(db, { organisationId: app.org.id, kind: SWEEP_JOB, key: sweepKey(app.org.id), dueAt: DUE_AT - 36_000_000, now: DUE_AT });
      })();
      db.pragma('wal_checkpoint(TRUNCATE)');
    }
    const busyStats = stats(busy);
    return [
      {
        id: 'P5',
        name: 'programmes: scheduler tick, 100,000 plan items, nothing due',
        figure: round2(idleStats.p99),
        unit: 'ms (p99 of 200 ticks)',
        goal: '≤ 10',
        met: idleStats.p99 <= 10,
        p50: round2(idleStats.p50),
        max: round2(idleStats.max),
        items,
        itemsWithReminders: waiting,
        seedSeconds: round2(seedMs / 1000),
      },
      {
        id: 'P5',
        name: 'programmes: scheduler tick with 10,000 reminders due (enqueue all)',
        figure: round2(busyStats.max),
        unit: 'ms (worst of 3)',
        goal: '≤ 1000',
        met: busyStats.max <= 1000,
        runs: busy.map(round2),
        /** CPU time of the same runs: on a shared, loaded machine wall time overstates the cost. */
        cpuMs: busyCpu.map(round2),
        loadAverage: os.loadavg()[0],
        reminders: queued,
        items,
      },
    ];
  } finally {
    await app.dispatcher.stop();
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export const programmesTick: BenchScenario = { name: 'programmes-tick', run };

/** This file's part of `npm run bench` (found by scenarios/index.ts), and where it runs in the order. */
export const bench: BenchFile = { order: 60, scenarios: [programmesTick] };
