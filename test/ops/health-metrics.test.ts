import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeClock } from '../../src/clock.js';
import { openDatabase, type DB } from '../../src/db/database.js';
import { silentLogger } from '../../src/log.js';
import { App } from '../../src/app/app.js';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import type { MessengerAdapter } from '../../src/messaging/types.js';
import { BULK, INTERACTIVE } from '../../src/messaging/outbox.js';
import { HealthCheck, INTERACTIVE_LAG_LIMIT_S } from '../../src/ops/health.js';
import { createMetrics } from '../../src/ops/metrics.js';
import { startOpsServer, type OpsServer } from '../../src/ops/server.js';
import { drainOutbox } from '../support/outbox-drain.js';

const NOW = Date.UTC(2026, 10, 23, 7, 0);
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A stand-in for a messenger whose connection can be cut. */
class FlakyAdapter extends LocalAdapter {
  up = true;
  connected(): boolean {
    return this.up;
  }
}

async function world() {
  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-ops-'));
  const db: DB = openDatabase(join(dir, 'bot.db'));
  const clock = new FakeClock(NOW);
  const local = new LocalAdapter();
  const flaky = new FlakyAdapter();
  Object.defineProperty(flaky, 'platform', { value: 'telegram' });
  const app = new App({
    db,
    clock,
    log: silentLogger(),
    settings: { organisationName: 'Школа №5', defaultTimezone: 'Europe/Moscow', defaultLanguage: 'ru' },
    adapters: [local, flaky as unknown as MessengerAdapter],
  });
  const health = new HealthCheck(app, db);
  const server: OpsServer = await startOpsServer({ host: '127.0.0.1', port: 0, health, metrics: createMetrics(app, health), log: silentLogger() });
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }), () => void db.close(), () => server.stop());
  return { db, clock, app, local, flaky, server };
}

describe('/healthz and /metrics', () => {
  it('reports healthy, then names each problem: an adapter down, replies waiting too long', async () => {
    const { app, clock, flaky, server } = await world();
    let res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    let body = (await res.json()) as { ok: boolean; problems: string[]; database: { writable: boolean }; adapters: Record<string, { connected: boolean }> };
    expect(body).toMatchObject({ ok: true, problems: [], database: { writable: true }, adapters: { local: { connected: true }, telegram: { connected: true } } });

    flaky.up = false;
    app.deps.outbox.enqueue({ organisationId: app.org.id, to: { platform: 'local', chatId: 'anna' }, message: { text: 'ответ' }, lane: INTERACTIVE, notBefore: clock.now(), now: clock.now() });
    clock.advance((INTERACTIVE_LAG_LIMIT_S + 5) * 1000);
    res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(503);
    body = (await res.json()) as typeof body;
    expect(body.ok).toBe(false);
    expect(body.problems).toEqual(['telegram is not connected', `replies have waited ${INTERACTIVE_LAG_LIMIT_S + 5} s to be sent`]);
    expect(JSON.stringify(body)).not.toContain('ответ'); // no people's texts
  });

  it('serves Prometheus metrics: pending per lane and platform, lags, sends, update handling time', async () => {
    const { app, clock, local, server } = await world();
    const { outbox } = app.deps;
    const enqueue = (chatId: string, lane: 0 | 1, notBefore = clock.now()) =>
      outbox.enqueue({ organisationId: app.org.id, to: { platform: 'local', chatId }, message: { text: 'x' }, lane, notBefore, now: clock.now() });
    enqueue('a', INTERACTIVE);
    enqueue('b', BULK);
    enqueue('c', BULK);
    enqueue('d', BULK, clock.now() + 3_600_000); // held for contact hours: pending, not late
    app.deps.db
      .prepare(`INSERT INTO jobs (organisation_id, kind, key, due_at, created_at) VALUES (?, 'test', 'k1', ?, ?)`)
      .run(app.org.id, clock.now() - 90_000, clock.now());
    clock.advance(30_000);

    let text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toContain('nastavnik_outbox_pending{lane="interactive",platform="local"} 1');
    expect(text).toContain('nastavnik_outbox_pending{lane="bulk",platform="local"} 3');
    expect(text).toContain('nastavnik_outbox_lag_seconds{lane="bulk"} 30');
    expect(text).toContain('nastavnik_job_lag_seconds 120');
    expect(text).toContain('nastavnik_jobs_due 1');
    expect(text).toContain('nastavnik_adapter_connected{platform="local"} 1');
    expect(text).toContain('nastavnik_sends_total 0');
    expect(text).toContain('# TYPE nastavnik_update_seconds histogram');
    expect(text).toContain('nastavnik_process_cpu_seconds_total');

    await app.start({ schedulerSeconds: 59 });
    cleanups.push(() => app.stop());
    await local.send('anna', '/help');
    await drainOutbox(app.dispatcher);
    text = await (await fetch(`${server.url}/metrics`)).text();
    expect(text).toMatch(/nastavnik_update_seconds_count\{platform="local",kind="command"\} 1/);
    expect(Number(/nastavnik_sends_total (\d+)/.exec(text)?.[1])).toBeGreaterThanOrEqual(3);
    expect(text).toContain('nastavnik_outbox_pending{lane="bulk",platform="local"} 1');
    expect((await fetch(`${server.url}/nothing`)).status).toBe(404);
  });
});
