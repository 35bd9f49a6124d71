import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { App } from '../app/app.js';
import type { DB } from '../db/database.js';
import type { BackupStatus } from '../db/backup.js';
import { overdueJobs } from '../core/kernel/jobs/jobs.js';
import { OutboxQueue } from '../messaging/outbox.js';
import type { Platform } from '../messaging/types.js';

/**
 * The bot's health, for /healthz and /metrics: the database takes writes, each messenger is
 * connected, the outbox and the jobs are not falling behind. It reads counts only, through the
 * outbox's and the jobs' own modules (their due indexes); it never writes a row.
 */

/** Interactive messages due longer than this mean the bot is not delivering: unhealthy. */
export const INTERACTIVE_LAG_LIMIT_S = 120;
/** Bulk messages (a broadcast to thousands goes out over minutes) may wait longer. */
export const BULK_LAG_LIMIT_S = 1800;
/** Jobs (reminders, escalations) due longer than this: the scheduler is stuck. */
export const JOB_LAG_LIMIT_S = 300;
/** Less free disk than this beside the database: unhealthy before SQLite starts failing. */
const MIN_FREE_BYTES = 50 * 1024 * 1024;

export interface PendingCount {
  lane: 'interactive' | 'bulk';
  platform: Platform;
  count: number;
}

export interface Health {
  ok: boolean;
  problems: string[];
  database: { writable: boolean; freeBytes: number | null };
  adapters: Record<string, { connected: boolean }>;
  outbox: { pending: PendingCount[]; interactiveLagSeconds: number; bulkLagSeconds: number };
  jobs: { due: number; lagSeconds: number };
  backup?: { lastSuccessAt: string | null; lastFailureAt: string | null };
}

export class HealthCheck {
  private readonly queue: OutboxQueue;

  constructor(
    private readonly app: App,
    private readonly db: DB,
    private readonly backup: BackupStatus | null = null,
  ) {
    this.queue = new OutboxQueue(db);
  }

  /** The database opens a write transaction (not locked, not read-only) and its disk has room. */
  private writable(): { writable: boolean; freeBytes: number | null } {
    let writable = !this.db.readonly;
    if (writable && !this.db.inTransaction) {
      try {
        this.db.exec('BEGIN IMMEDIATE');
        this.db.exec('ROLLBACK');
      } catch {
        writable = false;
      }
    }
    let freeBytes: number | null = null;
    if (this.db.name !== ':memory:') {
      try {
        const fs = statfsSync(dirname(this.db.name));
        freeBytes = Number(fs.bavail) * Number(fs.bsize);
      } catch {
        freeBytes = null;
      }
    }
    return { writable, freeBytes };
  }

  pendingCounts(): PendingCount[] {
    return this.queue.unsentCounts().map((r) => ({
      lane: r.lane === 1 ? 'bulk' : 'interactive',
      platform: r.platform,
      count: r.n,
    }));
  }

  /** Seconds the oldest due, unsent message of each lane has waited. */
  outboxLag(now: number): { interactive: number; bulk: number } {
    const lag = { interactive: 0, bulk: 0 };
    for (const r of this.queue.oldestDue(now)) {
      lag[r.lane === 1 ? 'bulk' : 'interactive'] = Math.max(0, (now - r.t) / 1000);
    }
    return lag;
  }

  /** Due jobs and how long the oldest has waited. */
  jobLag(now: number): { due: number; lagSeconds: number } {
    const { due, oldestDueAt } = overdueJobs(this.db, now);
    return { due, lagSeconds: oldestDueAt === null ? 0 : Math.max(0, (now - oldestDueAt) / 1000) };
  }

  adapters(): Record<string, { connected: boolean }> {
    const out: Record<string, { connected: boolean }> = {};
    for (const [platform, adapter] of this.app.adapters) out[platform] = { connected: adapter.connected?.() ?? true };
    return out;
  }

  check(): Health {
    const now = this.app.deps.clock.now();
    const database = this.writable();
    const adapters = this.adapters();
    const lag = this.outboxLag(now);
    const jobs = this.jobLag(now);
    const problems: string[] = [];
    if (!database.writable) problems.push('the database does not take writes');
    if (database.freeBytes !== null && database.freeBytes < MIN_FREE_BYTES) problems.push('the disk of the database is nearly full');
    for (const [platform, a] of Object.entries(adapters)) if (!a.connected) problems.push(`${platform} is not connected`);
    if (lag.interactive > INTERACTIVE_LAG_LIMIT_S) problems.push(`replies have waited ${Math.round(lag.interactive)} s to be sent`);
    if (lag.bulk > BULK_LAG_LIMIT_S) problems.push(`bulk messages have waited ${Math.round(lag.bulk)} s to be sent`);
    if (jobs.lagSeconds > JOB_LAG_LIMIT_S) problems.push(`reminders and deadlines are ${Math.round(jobs.lagSeconds)} s late`);
    const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());
    return {
      ok: problems.length === 0,
      problems,
      database,
      adapters,
      outbox: { pending: this.pendingCounts(), interactiveLagSeconds: round(lag.interactive), bulkLagSeconds: round(lag.bulk) },
      jobs: { due: jobs.due, lagSeconds: round(jobs.lagSeconds) },
      ...(this.backup ? { backup: { lastSuccessAt: iso(this.backup.lastSuccessAt), lastFailureAt: iso(this.backup.lastFailureAt) } } : {}),
    };
  }
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
