import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../../../src/clock.js';
import { openDatabase, type DB } from '../../../src/db/database.js';
import { silentLogger } from '../../../src/log.js';
import { App } from '../../../src/app/app.js';
import { Notifier } from '../../../src/core/kernel/contact/notifier.js';
import { BroadcastStore } from '../../../src/core/broadcasts/store.js';
import { startBroadcast } from '../../../src/core/broadcasts/delivery.js';
import { SimTelegram } from '../../support/sim-telegram.js';
import { waitFor } from '../../support/telegram-emulator.js';

/**
 * A 2,000-person broadcast on a simulated Telegram that enforces its limits and answers 429
 * (the bot is told it may send 40 a second; the platform allows 30). The process is killed in
 * the middle, with rows claimed but not sent, and a new one starts on the same database.
 * Everyone gets exactly one copy. Time is simulated: the dispatcher's waits move the clock and
 * the scheduler ticks every 15 simulated seconds, as in production. No timing is asserted.
 */

const N = 2000;
let db: DB | undefined;
afterEach(() => db?.close());

function app(database: DB, clock: FakeClock, platform: SimTelegram, alive: () => boolean): App {
  let nextTick = clock.now() + 15_000;
  const built: App = new App({
    db: database,
    clock,
    log: silentLogger(),
    settings: { organisationName: 'Район', defaultTimezone: 'Europe/Moscow', defaultLanguage: 'ru' },
    adapters: [platform],
    sleep: (ms) => {
      if (alive()) {
        clock.advance(Math.max(1, ms));
        if (clock.now() >= nextTick) {
          nextTick = clock.now() + 15_000;
          built.scheduler.tick();
        }
      }
      return new Promise((resolve) => setImmediate(resolve));
    },
  });
  return built;
}

describe('a large broadcast on a rate-limited platform', () => {
  it('reaches 2,000 people exactly once each, through 429s and a kill and restart in the middle', async () => {
    db = openDatabase(':memory:');
    const clock = new FakeClock(Date.UTC(2026, 10, 23, 7, 0));
    const telegram = new SimTelegram(clock, { declared: { globalPerSecond: 40 } });
    let firstAlive = true;
    const first = app(db, clock, telegram, () => firstAlive);
    const orgId = first.org.id;
    const database = db;
    database.transaction(() => {
      const person = database.prepare(
        `INSERT INTO persons (organisation_id, full_name, status, contact_days, contact_from, contact_to, created_at, updated_at) VALUES (?, ?, 'active', 127, 0, 1440, 0, 0)`,
      );
      const account = database.prepare(`INSERT INTO accounts (organisation_id, person_id, platform, user_id, chat_id, created_at) VALUES (?, ?, 'telegram', ?, ?, 0)`);
      const role = database.prepare(`INSERT INTO person_roles (person_id, role) VALUES (?, ?)`);
      for (let i = 0; i <= N; i++) {
        const id = Number(person.run(orgId, `Педагог ${i}`).lastInsertRowid);
        account.run(orgId, id, String(1000 + i), String(1000 + i));
        role.run(id, i === 0 ? 'curator' : 'mentee');
      }
    })();
    const store = BroadcastStore.of(db);
    const draft = store.create(orgId, 1, clock.now());
    store.setContent(draft.id, 'Районное совещание наставников', null);
    store.setAudience(draft.id, { kind: 'role', role: 'mentee' });

    // The kill comes when the 700th copy has gone out: the first process's time stops there.
    telegram.afterSend = () => {
      if (telegram.ledger.total >= 700) firstAlive = false;
    };
    first.dispatcher.start();
    database.transaction(() => {
      startBroadcast({ deps: first.deps, org: first.org, notifier: new Notifier(first.deps, first.org), now: clock.now(), features: [] }, store.get(orgId, draft.id)!);
    })();
    await waitFor(() => (firstAlive ? undefined : true), '700 copies delivered', 60_000);

    // Killed: the dispatcher stops mid-way with a few rows claimed but not yet sent.
    telegram.afterSend = undefined;
    await first.dispatcher.stop();
    const claimed = database
      .prepare(`UPDATE outbox SET status = 'sending' WHERE id IN (SELECT id FROM outbox WHERE status = 'pending' ORDER BY id LIMIT 5)`)
      .run().changes;
    expect(claimed).toBe(5);
    expect(store.unqueuedCount(draft.id)).toBeGreaterThan(0);

    // A new process on the same database.
    const second = app(db, clock, telegram, () => true);
    second.dispatcher.start();
    const left = database.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE source = 'broadcast:1' AND status IN ('pending', 'sending')`);
    await waitFor(
      () => (store.unqueuedCount(draft.id) === 0 && (left.get() as { n: number }).n === 0 ? true : undefined),
      'every copy delivered',
      120_000,
    );
    await second.dispatcher.stop();

    // Everyone once (the curator's own chat, outside the audience, may have had the report).
    const recipients = Array.from({ length: N }, (_, i) => String(1001 + i));
    expect(telegram.ledger.exactlyOnce(recipients)).toMatchObject({ missing: 0, duplicated: 0 });
    expect(telegram.rateLimited).toBeGreaterThan(0);
    expect(database.prepare(`SELECT status, COUNT(*) AS n FROM outbox WHERE source = 'broadcast:1' GROUP BY status`).all()).toEqual([{ status: 'sent', n: N }]);
  }, 180_000);
});
