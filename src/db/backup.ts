import Database from 'better-sqlite3';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import cron, { type ScheduledTask } from 'node-cron';
import { acquireInstanceLock } from './instance-lock.js';
import { loadMigrations } from './migrate.js';
import type { Logger } from '../log.js';

/**
 * Backups of the database: SQLite's online backup (better-sqlite3's `backup()`) in a worker
 * thread, so the bot keeps answering while it runs. A backup is written beside its final name
 * and renamed when complete, so a half-written file never counts; it is a standalone file (no
 * -wal beside it). Rotation keeps the newest `keep`.
 */

export interface BackupSettings {
  /** The folder the backups go into. */
  dir: string;
  /** Local time of the daily backup, "HH:MM". */
  time: string;
  /** How many backups to keep (the oldest beyond it are deleted). */
  keep: number;
  /** The time zone `time` is read in. */
  timezone: string;
}

/** The file names of backups of `dbPath`: `<name>-YYYY-MM-DDTHH-MM-SS-mmmZ.db`, sortable by time. */
function backupPattern(dbPath: string): RegExp {
  const stem = basename(dbPath, extname(dbPath)).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${stem}-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z\\.db$`);
}

export function backupFileName(dbPath: string, at: Date): string {
  const stamp = at.toISOString().replace(/:/g, '-').replace('.', '-');
  return `${basename(dbPath, extname(dbPath))}-${stamp}.db`;
}

/** The backups of `dbPath` in `dir`, oldest first (full paths). */
export function listBackups(dbPath: string, dir: string): string[] {
  if (!existsSync(dir)) return [];
  const pattern = backupPattern(dbPath);
  return readdirSync(dir)
    .filter((f) => pattern.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * The copy runs in a worker thread with a connection of its own, in one step (one read
 * transaction: a consistent snapshot; in WAL the bot's writes go on beside it). Measured in the
 * bench (B-ops): done on the bot's own connection, 100 pages a step between turns of the event
 * loop, the bot still stalled for 1.7 s on a 158 MB database, when the copy was committed and
 * synced to disk; in a worker, the bot's thread never waits. Plain JavaScript, so it runs the
 * same under tsx, vitest and the compiled build.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
(async () => {
  const db = new Database(workerData.source, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    await db.backup(workerData.target, { progress: () => 0x7fffffff });
  } finally {
    db.close();
  }
  const copy = new Database(workerData.target);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
})().then(
  () => parentPort.postMessage({ ok: true }),
  (err) => parentPort.postMessage({ ok: false, message: String(err && err.message ? err.message : err) }),
);
`;

const BETTER_SQLITE3 = createRequire(import.meta.url).resolve('better-sqlite3');

function copyInWorker(source: string, target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { module: BETTER_SQLITE3, source, target } });
    let settled = false;
    worker.once('message', (m: { ok: boolean; message?: string }) => {
      settled = true;
      if (m.ok) resolve();
      else reject(new Error(`backup failed: ${m.message}`));
    });
    worker.once('error', (err) => {
      settled = true;
      reject(err);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`backup worker exited with code ${code}`));
    });
  });
}

/**
 * Backs up the database file at `dbPath` (open by the bot or not) into `dir`; returns the new
 * file's path. The copy is the database as committed when the copy began; it is a standalone
 * file (no -wal beside it), written beside its final name and renamed when complete.
 */
export async function backupDatabase(dbPath: string, dir: string, opts: { at?: Date } = {}): Promise<string> {
  if (dbPath === ':memory:') throw new Error('an in-memory database has no file to back up');
  mkdirSync(dir, { recursive: true });
  const final = join(dir, backupFileName(dbPath, opts.at ?? new Date()));
  const partial = `${final}.partial`;
  rmSync(partial, { force: true });
  try {
    await copyInWorker(resolve(dbPath), partial);
    renameSync(partial, final);
  } catch (err) {
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`, `${partial}-journal`]) rmSync(f, { force: true });
    throw err;
  }
  return final;
}

/** Deletes all but the newest `keep` backups of `dbPath` in `dir`; returns the deleted paths. */
export function rotateBackups(dbPath: string, dir: string, keep: number): string[] {
  const all = listBackups(dbPath, dir);
  const doomed = all.slice(0, Math.max(0, all.length - Math.max(1, keep)));
  for (const f of doomed) rmSync(f, { force: true });
  return doomed;
}

/** What the backups have done since the bot started (for /healthz and /metrics). */
export interface BackupStatus {
  lastSuccessAt: number | null;
  lastFile: string | null;
  lastFailureAt: number | null;
  running: boolean;
}

/** The daily backup, driven by node-cron in the organisation's zone. */
export class BackupSchedule {
  readonly status: BackupStatus = { lastSuccessAt: null, lastFile: null, lastFailureAt: null, running: false };
  private task: ScheduledTask | null = null;
  private current: Promise<unknown> | null = null;

  constructor(
    private readonly dbPath: string,
    private readonly settings: BackupSettings,
    private readonly log: Logger,
  ) {}

  /** The cron expression of `settings.time` ("03:30" → "30 3 * * *"). */
  static cronOf(time: string): string {
    const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(time);
    if (!m) throw new Error(`backup time must be HH:MM, not ${time}`);
    return `${Number(m[2])} ${Number(m[1])} * * *`;
  }

  start(): void {
    this.task = cron.schedule(BackupSchedule.cronOf(this.settings.time), () => void this.run(), {
      timezone: this.settings.timezone,
      name: 'backup',
    });
  }

  /** One backup now, then rotation; never throws (a failure is logged and recorded). */
  async run(): Promise<string | null> {
    if (this.current) return null;
    this.status.running = true;
    const started = Date.now();
    const work = (async () => {
      try {
        const file = await backupDatabase(this.dbPath, this.settings.dir);
        const removed = rotateBackups(this.dbPath, this.settings.dir, this.settings.keep);
        this.status.lastSuccessAt = Date.now();
        this.status.lastFile = file;
        this.log.info({ file, ms: Date.now() - started, removed: removed.length }, 'backup done');
        return file;
      } catch (err) {
        this.status.lastFailureAt = Date.now();
        this.log.error({ err }, 'backup failed');
        return null;
      } finally {
        this.status.running = false;
        this.current = null;
      }
    })();
    this.current = work;
    return work;
  }

  /** Stops the schedule and waits for a backup in progress. */
  async stop(): Promise<void> {
    void this.task?.stop();
    this.task = null;
    await this.current;
  }
}

export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

/**
 * Puts the backup `file` in place of the database at `dbPath`. Refuses while a bot runs on that
 * database (its instance lock; the file open in another process), holds the lock for the whole
 * restore so none starts meanwhile, and
 * refuses a file that is not a sound database of this release or an older one. The database it
 * replaces is kept beside it as `<name>.before-restore-<time>`; returns that path (if any).
 */
export function restoreDatabase(dbPath: string, file: string, at: Date = new Date()): { previous: string | null } {
  if (!existsSync(file)) throw new RestoreRefusedError(`there is no file ${file}`);
  const release = acquireInstanceLock(dbPath);
  try {
    mkdirSync(dirname(dbPath), { recursive: true });
    // Fold the current database's WAL into it and leave WAL mode: SQLite allows that only when no
    // other connection has the file open, which also catches a bot whose lock this process cannot
    // see (another container on the same volume).
    if (existsSync(dbPath)) {
      const current = new Database(dbPath, { timeout: 1000 });
      try {
        current.pragma('wal_checkpoint(TRUNCATE)');
        current.pragma('journal_mode = DELETE');
      } catch (err) {
        if ((err as { code?: string }).code?.startsWith('SQLITE_BUSY')) {
          throw new RestoreRefusedError(`the database ${dbPath} is open in another process (is the bot running?); stop it first`);
        }
        throw err;
      } finally {
        current.close();
      }
    }
    const incoming = `${dbPath}.restoring`;
    rmSync(incoming, { force: true });
    copyFileSync(file, incoming);
    try {
      checkRestorable(incoming, file);
    } catch (err) {
      rmSync(incoming, { force: true });
      for (const side of ['-wal', '-shm', '-journal']) rmSync(`${incoming}${side}`, { force: true });
      throw err;
    }
    let previous: string | null = null;
    if (existsSync(dbPath)) {
      previous = `${dbPath}.before-restore-${at.toISOString().replace(/:/g, '-')}`;
      renameSync(dbPath, previous);
    }
    for (const side of ['-wal', '-shm', '-journal']) rmSync(`${dbPath}${side}`, { force: true });
    renameSync(incoming, dbPath);
    return { previous };
  } finally {
    release();
  }
}

function checkRestorable(path: string, shownAs: string): void {
  let copy: Database.Database;
  try {
    copy = new Database(path, { fileMustExist: true });
  } catch {
    throw new RestoreRefusedError(`${shownAs} is not a database`);
  }
  try {
    let integrity: string;
    let version: number;
    try {
      integrity = copy.pragma('integrity_check', { simple: true }) as string;
      version = copy.pragma('user_version', { simple: true }) as number;
    } catch {
      throw new RestoreRefusedError(`${shownAs} is not a database`);
    }
    if (integrity !== 'ok') throw new RestoreRefusedError(`${shownAs} is damaged (integrity check: ${integrity})`);
    const newest = loadMigrations().at(-1)?.version ?? 0;
    if (version === 0) throw new RestoreRefusedError(`${shownAs} is not a database of this bot`);
    if (version > newest) {
      throw new RestoreRefusedError(`${shownAs} comes from a newer release (schema ${version}, this one knows ${newest}); upgrade first`);
    }
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}
