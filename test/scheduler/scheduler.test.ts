import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { FakeClock, HOUR, MINUTE } from '../../src/clock.js';
import { silentLogger } from '../../src/log.js';
import { Scheduler } from '../../src/scheduler/scheduler.js';
import { scheduleJob } from '../../src/core/kernel/jobs/jobs.js';
import { ensureOrganisation } from '../../src/core/kernel/organisation/organisation.js';
import { I18n } from '../../src/i18n/i18n.js';
import { Outbox } from '../../src/messaging/outbox.js';
import type { CoreDeps } from '../../src/core/kernel/deps.js';
import type { Feature } from '../../src/core/kernel/feature.js';

function setUp(feature: Feature) {
  const db = openDatabase(':memory:');
  const clock = new FakeClock(Date.UTC(2026, 10, 23, 7));
  const settings = { organisationName: 'Школа', defaultTimezone: 'Europe/Moscow', defaultLanguage: 'ru' as const };
  const deps: CoreDeps = { db, clock, i18n: new I18n(), log: silentLogger(), outbox: new Outbox(db), settings };
  const org = ensureOrganisation(db, settings, clock.now());
  return { db, clock, org, scheduler: new Scheduler(deps, [feature]) };
}

const statuses = (db: ReturnType<typeof openDatabase>) =>
  db.prepare(`SELECT key, status, due_at AS dueAt FROM jobs ORDER BY id`).all() as { key: string; status: string; dueAt: number }[];

describe('the scheduler', () => {
  it('a handler that sets its own key again keeps it pending for the new time, and it runs then', () => {
    const runs: number[] = [];
    const { db, clock, org, scheduler } = setUp({
      name: 'repeat',
      jobs: {
        repeat: (ctx, job) => {
          runs.push(ctx.now);
          if ((job.payload.left as number) > 0)
            scheduleJob(ctx.deps.db, { organisationId: ctx.org.id, kind: 'repeat', key: job.key, dueAt: ctx.now + HOUR, payload: { left: (job.payload.left as number) - 1 }, now: ctx.now });
        },
      },
    });
    scheduleJob(db, { organisationId: org.id, kind: 'repeat', key: 'r:1', dueAt: clock.now(), payload: { left: 1 }, now: clock.now() });
    expect(scheduler.tick()).toBe(1);
    expect(statuses(db)).toEqual([{ key: 'r:1', status: 'pending', dueAt: clock.now() + HOUR }]);
    clock.advance(30 * MINUTE);
    expect(scheduler.tick()).toBe(0);
    clock.advance(30 * MINUTE);
    expect(scheduler.tick()).toBe(1);
    expect(statuses(db)).toEqual([{ key: 'r:1', status: 'done', dueAt: clock.now() }]);
    expect(runs).toHaveLength(2);
  });

  it('a handler that throws changes nothing it did and is retried later; an unknown kind fails the same way', () => {
    let fail = true;
    const { db, clock, org, scheduler } = setUp({
      name: 'flaky',
      jobs: {
        flaky: (ctx) => {
          scheduleJob(ctx.deps.db, { organisationId: ctx.org.id, kind: 'flaky', key: 'side', dueAt: ctx.now, now: ctx.now });
          if (fail) throw new Error('not yet');
        },
      },
    });
    scheduleJob(db, { organisationId: org.id, kind: 'flaky', key: 'f:1', dueAt: clock.now(), now: clock.now() });
    scheduler.tick();
    expect(statuses(db).map((j) => [j.key, j.status])).toEqual([['f:1', 'pending']]);
    fail = false;
    clock.advance(2 * MINUTE);
    scheduler.tick();
    expect(statuses(db).find((j) => j.key === 'f:1')!.status).toBe('done');
  });
});
