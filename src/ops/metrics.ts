import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { App } from '../app/app.js';
import type { BackupStatus } from '../db/backup.js';
import type { HealthCheck } from './health.js';

/**
 * /metrics in Prometheus' text format (prom-client). Queue sizes and lags are read from the
 * database when scraped; sends and 429s are the dispatcher's own counters; update handling time
 * is observed on the app's timed sink. A registry of its own, so tests may build several.
 */
export function createMetrics(app: App, health: HealthCheck, backup: BackupStatus | null = null): Registry {
  const register = new Registry();
  collectDefaultMetrics({ register, prefix: 'nastavnik_' });

  new Gauge({
    name: 'nastavnik_outbox_pending',
    help: 'Messages queued and not yet sent, by lane and platform (including those held for contact hours)',
    labelNames: ['lane', 'platform'] as const,
    registers: [register],
    collect() {
      this.reset();
      for (const p of health.pendingCounts()) this.set({ lane: p.lane, platform: p.platform }, p.count);
    },
  });
  new Gauge({
    name: 'nastavnik_outbox_lag_seconds',
    help: 'How long the oldest due, unsent message of each lane has waited',
    labelNames: ['lane'] as const,
    registers: [register],
    collect() {
      const lag = health.outboxLag(app.deps.clock.now());
      this.set({ lane: 'interactive' }, lag.interactive);
      this.set({ lane: 'bulk' }, lag.bulk);
    },
  });
  new Gauge({
    name: 'nastavnik_job_lag_seconds',
    help: 'How long the oldest due job (reminder, escalation, scheduled broadcast) has waited',
    registers: [register],
    collect() {
      this.set(health.jobLag(app.deps.clock.now()).lagSeconds);
    },
  });
  new Gauge({
    name: 'nastavnik_jobs_due',
    help: 'Jobs due and not yet run',
    registers: [register],
    collect() {
      this.set(health.jobLag(app.deps.clock.now()).due);
    },
  });
  new Gauge({
    name: 'nastavnik_adapter_connected',
    help: '1 when the messenger is connected (updates are coming in), 0 when not',
    labelNames: ['platform'] as const,
    registers: [register],
    collect() {
      for (const [platform, a] of Object.entries(health.adapters())) this.set({ platform }, a.connected ? 1 : 0);
    },
  });

  // The dispatcher's counters, carried over as counters (they only grow).
  const stats = app.dispatcher.stats;
  const fromStats = (name: string, help: string, read: () => number) => {
    let seen = 0;
    new Counter({
      name,
      help,
      registers: [register],
      collect() {
        const now = read();
        if (now > seen) this.inc(now - seen);
        seen = Math.max(seen, now);
      },
    });
  };
  fromStats('nastavnik_sends_total', 'Messages delivered (sends and edits)', () => stats.sent);
  fromStats('nastavnik_rate_limited_total', 'Answers 429 / flood control from a platform', () => stats.rateLimited);
  fromStats('nastavnik_unreachable_total', 'Sends refused because the person blocked the bot or disallowed messages', () => stats.unreachable);
  fromStats('nastavnik_send_failures_total', 'Sends given up (rejected, or network errors beyond the retries)', () => stats.failed);

  const updates = new Histogram({
    name: 'nastavnik_update_seconds',
    help: 'Time to handle an incoming update, to its transaction committed (replies queued)',
    labelNames: ['platform', 'kind'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [register],
  });
  app.onUpdateHandled = (incoming, ms) => updates.observe({ platform: incoming.from.platform, kind: incoming.kind }, ms / 1000);

  if (backup) {
    new Gauge({
      name: 'nastavnik_backup_last_success_timestamp_seconds',
      help: 'When the last scheduled backup finished (0: none since the bot started)',
      registers: [register],
      collect() {
        this.set(backup.lastSuccessAt === null ? 0 : backup.lastSuccessAt / 1000);
      },
    });
  }
  return register;
}
