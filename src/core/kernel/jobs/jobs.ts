import type { DB } from '../../../db/database.js';
import { statement } from '../../../db/statement-cache.js';

/**
 * Durable time. Every reminder, escalation deadline and scheduled send is a row with a due
 * time; the scheduler's tick runs the due ones. A job key is unique while pending, so
 * scheduling the same thing again moves it instead of doubling it.
 */

export interface Job {
  id: number;
  organisationId: number;
  kind: string;
  key: string;
  dueAt: number;
  payload: Record<string, unknown>;
  attempts: number;
}

interface JobRow {
  id: number;
  organisation_id: number;
  kind: string;
  key: string;
  due_at: number;
  payload: string;
  attempts: number;
}

export interface ScheduleJob {
  organisationId: number;
  kind: string;
  key: string;
  dueAt: number;
  payload?: Record<string, unknown>;
  now: number;
}

/** Schedules (or moves) the pending job with this key. */
export function scheduleJob(db: DB, j: ScheduleJob): void {
  statement(
    db,
    `INSERT INTO jobs (organisation_id, kind, key, due_at, payload, created_at)
     VALUES (@organisationId, @kind, @key, @dueAt, @payload, @now)
     ON CONFLICT (key) WHERE status = 'pending'
     DO UPDATE SET due_at = excluded.due_at, payload = excluded.payload, kind = excluded.kind`,
  ).run({ ...j, payload: JSON.stringify(j.payload ?? {}) });
}

/** Cancels the pending job with this key; true if there was one. */
export function cancelJob(db: DB, key: string, now: number): boolean {
  return statement(db, `UPDATE jobs SET status = 'cancelled', done_at = ? WHERE key = ? AND status = 'pending'`).run(now, key).changes > 0;
}

/** Cancels every pending job whose key starts with `prefix` (e.g. all reminders of a session). */
export function cancelJobsByPrefix(db: DB, prefix: string, now: number): number {
  return statement(db, `UPDATE jobs SET status = 'cancelled', done_at = ? WHERE status = 'pending' AND key >= ? AND key < ?`).run(
    now,
    prefix,
    `${prefix}\uffff`,
  ).changes;
}

/** Moves the pending jobs of these kinds that are due later to now; returns how many. */
export function expediteJobs(db: DB, kinds: readonly string[], now: number): number {
  let moved = 0;
  const stmt = statement(db, `UPDATE jobs SET due_at = ? WHERE status = 'pending' AND kind = ? AND due_at > ?`);
  for (const kind of kinds) moved += stmt.run(now, kind, now).changes;
  return moved;
}

export function pendingJob(db: DB, key: string): Job | null {
  const row = statement(db, `SELECT * FROM jobs WHERE key = ? AND status = 'pending'`).get(key) as JobRow | undefined;
  return row ? fromRow(row) : null;
}

export function dueJobs(db: DB, now: number, limit: number): Job[] {
  return (
    statement(
      db,
      `SELECT id, organisation_id, kind, key, due_at, payload, attempts FROM jobs WHERE status = 'pending' AND due_at <= ? ORDER BY due_at, id LIMIT ?`,
    ).all(now, limit) as JobRow[]
  ).map(fromRow);
}

/** How many pending jobs are due by `now`, and the oldest one's due time (null: none): the health check's lag. */
export function overdueJobs(db: DB, now: number): { due: number; oldestDueAt: number | null } {
  const r = statement(db, `SELECT COUNT(*) AS n, MIN(due_at) AS t FROM jobs WHERE status = 'pending' AND due_at <= ?`).get(now) as { n: number; t: number | null };
  return { due: r.n, oldestDueAt: r.t };
}

/**
 * Marks a job that ran as done, unless its handler scheduled the same key again (moved it or
 * changed its payload): then the row stays pending for its new time.
 */
export function finishJob(db: DB, job: Pick<Job, 'id' | 'dueAt' | 'payload'>, now: number): void {
  statement(db, `UPDATE jobs SET status = 'done', done_at = ? WHERE id = ? AND status = 'pending' AND due_at = ? AND payload = ?`).run(
    now,
    job.id,
    job.dueAt,
    JSON.stringify(job.payload),
  );
}

/** A job whose handler threw: retried later, given up after a few attempts. */
export function failJob(db: DB, id: number, now: number, error: string, maxAttempts = 5): void {
  statement(
    db,
    `UPDATE jobs SET attempts = attempts + 1, error = @error,
       status = CASE WHEN attempts + 1 >= @max THEN 'failed' ELSE 'pending' END,
       due_at = @now + 60000 * (attempts + 1), done_at = CASE WHEN attempts + 1 >= @max THEN @now END
     WHERE id = @id`,
  ).run({ id, now, error: error.slice(0, 500), max: maxAttempts });
}

function fromRow(r: JobRow): Job {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    kind: r.kind,
    key: r.key,
    dueAt: r.due_at,
    payload: JSON.parse(r.payload) as Record<string, unknown>,
    attempts: r.attempts,
  };
}
