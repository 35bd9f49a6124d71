import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../../src/clock.js';
import { openDatabase, type DB } from '../../../src/db/database.js';
import { silentLogger } from '../../../src/log.js';
import { App } from '../../../src/app/app.js';
import { LocalAdapter } from '../../../src/adapters/local/local-adapter.js';
import { BroadcastStore } from '../../../src/core/broadcasts/store.js';
import { JOB_START, startJobKey } from '../../../src/core/broadcasts/delivery.js';
import { scheduleJob } from '../../../src/core/kernel/jobs/jobs.js';
import { createPerson, updatePerson } from '../../../src/core/kernel/persons/person.js';

/**
 * A broadcast to 1,200 people (three chunks of 500) through the real path: the start job, the
 * chunk jobs, the dispatcher's loop, the watch. The scheduler is started without its periodic
 * tick, and nobody ticks it: each chunk follows the one before as soon as it is in the outbox,
 * and the final report follows the last delivery. Time is simulated; no timing is asserted.
 */

const N = 1200;
let db: DB | undefined;
afterEach(() => db?.close());

describe('a broadcast without waiting for scheduler ticks', () => {
  it('queues every chunk and reports when the last copy has gone, with no periodic tick at all', async () => {
    db = openDatabase(':memory:');
    const clock = new FakeClock(Date.UTC(2026, 10, 23, 7, 0));
    const local = new LocalAdapter();
    const app = new App({
      db,
      clock,
      log: silentLogger(),
      settings: { organisationName: 'Район', defaultTimezone: 'Europe/Moscow', defaultLanguage: 'ru' },
      adapters: [local],
      sleep: async (ms) => {
        await new Promise((r) => setImmediate(r));
        clock.advance(Math.max(1, ms));
      },
    });
    const orgId = app.org.id;
    const database = db;
    let curatorId = 0;
    database.transaction(() => {
      for (let i = 0; i <= N; i++) {
        const { person } = createPerson(database, {
          organisationId: orgId,
          language: 'ru',
          roles: [i === 0 ? 'curator' : 'mentee'],
          consentAt: 0,
          now: clock.now(),
          fullName: `Педагог ${i}`,
          account: { platform: 'local', userId: `p${i}`, chatId: `p${i}` },
        });
        updatePerson(database, person.id, { status: 'active', contactDays: 127, contactFrom: 0, contactTo: 1440 }, clock.now());
        if (i === 0) curatorId = person.id;
      }
    })();
    const store = BroadcastStore.of(db);
    const draft = store.create(orgId, curatorId, clock.now());
    store.setContent(draft.id, 'Районное совещание наставников', null);
    store.setAudience(draft.id, { kind: 'role', role: 'mentee' });
    store.setStatus(draft.id, 'scheduled', { scheduledAt: clock.now() });
    scheduleJob(db, { organisationId: orgId, kind: JOB_START, key: startJobKey(draft.id), dueAt: clock.now(), payload: { broadcastId: draft.id }, now: clock.now() });

    app.dispatcher.start();
    app.scheduler.start(15, { cron: false }); // its one tick now runs the start job; none follows
    const report = () => local.messagesOf('p0').some((m) => m.text.startsWith('📊 Отчёт по объявлению'));
    for (let i = 0; i < 100_000 && !report(); i++) await new Promise((r) => setImmediate(r));
    await app.stop();

    let reached = 0;
    for (let i = 1; i <= N; i++) if (local.messagesOf(`p${i}`).filter((m) => m.text.includes('Районное совещание')).length === 1) reached++;
    expect(reached).toBe(N);
    expect(report()).toBe(true);
    expect(store.get(orgId, draft.id)!.status).toBe('sent');
    const chunks = db.prepare(`SELECT COUNT(*) AS n FROM jobs WHERE kind = 'broadcast.chunk' AND status = 'done'`).get() as { n: number };
    expect(chunks.n).toBe(2);
  });
});
