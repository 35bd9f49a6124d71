import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../src/db/database.js';
import { acquireInstanceLock, InstanceLockedError } from '../../src/db/instance-lock.js';
import { BackupSchedule, backupDatabase, listBackups, restoreDatabase, RestoreRefusedError, rotateBackups } from '../../src/db/backup.js';
import { silentLogger } from '../../src/log.js';

const dirs: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'nastavnik-backup-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('backups', () => {
  it('drill: a backup taken during a stream of writes restores whole, with every row committed before it', async () => {
    const dir = tempDir();
    const path = join(dir, 'nastavnik.db');
    const release = acquireInstanceLock(path);
    const db = openDatabase(path);
    db.exec('CREATE TABLE drill (id INTEGER PRIMARY KEY, body TEXT NOT NULL)');
    // Enough pages that the copy takes a while, with writes landing meanwhile.
    const insert = db.prepare('INSERT INTO drill (body) VALUES (?)');
    db.transaction(() => {
      for (let i = 0; i < 20_000; i++) insert.run(`seed ${i} ${'x'.repeat(200)}`);
    })();
    const committed: number[] = [];
    let writing = true;
    const writer = (async () => {
      while (writing) {
        db.transaction(() => {
          for (let k = 0; k < 5; k++) committed.push(Number(insert.run(`live ${committed.length}`).lastInsertRowid));
        })();
        await new Promise((r) => setTimeout(r, 1));
      }
    })();
    await new Promise((r) => setTimeout(r, 30));
    const committedBeforeBackup = committed.length;
    const backupDir = join(dir, 'backups');
    const file = await backupDatabase(path, backupDir);
    const committedByTheEnd = committed.length;
    writing = false;
    await writer;
    expect(committedByTheEnd).toBeGreaterThan(committedBeforeBackup); // the bot kept writing while it ran
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(readdirSync(backupDir)).toEqual([file.split('/').at(-1)]);

    db.close();
    release();
    const { previous } = restoreDatabase(path, file);
    expect(previous && existsSync(previous)).toBeTruthy();

    const restored = openDatabase(path);
    expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
    const ids = restored.prepare('SELECT id FROM drill ORDER BY id').pluck().all() as number[];
    const present = new Set(ids);
    // Every row committed before the backup began is there…
    for (const id of committed.slice(0, committedBeforeBackup)) expect(present.has(id)).toBe(true);
    // …and what is there is one moment of the database: the seed, then live rows without a gap.
    expect(ids.length).toBeGreaterThanOrEqual(20_000 + committedBeforeBackup);
    expect(ids.at(-1)).toBe(ids.length);
    // The schema came along: the bot's own tables are there.
    expect(restored.prepare(`SELECT COUNT(*) FROM sqlite_master WHERE name = 'outbox'`).pluck().get()).toBe(1);
    restored.close();
  });

  it('refuses to restore over the database of a running bot', async () => {
    const dir = tempDir();
    const path = join(dir, 'nastavnik.db');
    const db = openDatabase(path);
    db.close();
    const file = await backupDatabase(path, join(dir, 'backups'));
    // A live process other than this one holds the lock: the bot is running.
    writeFileSync(`${path}.lock`, String(process.ppid));
    expect(() => restoreDatabase(path, file)).toThrow(InstanceLockedError);
    rmSync(`${path}.lock`);
    // No lock this process can see (a bot in another container on the same volume), but the file is open.
    const running = openDatabase(path);
    expect(() => restoreDatabase(path, file)).toThrow(/open in another process/);
    running.close();
    expect(restoreDatabase(path, file).previous).toBeTruthy();
  });

  it('refuses a file that is not a sound database of this release', () => {
    const dir = tempDir();
    const path = join(dir, 'nastavnik.db');
    writeFileSync(join(dir, 'junk.db'), 'not a database at all, just text '.repeat(200));
    expect(() => restoreDatabase(path, join(dir, 'junk.db'))).toThrow(RestoreRefusedError);
    const future = new Database(join(dir, 'future.db'));
    future.pragma('user_version = 99999');
    future.exec('CREATE TABLE t (x)');
    future.close();
    expect(() => restoreDatabase(path, join(dir, 'future.db'))).toThrow(/newer release/);
    expect(() => restoreDatabase(path, join(dir, 'missing.db'))).toThrow(RestoreRefusedError);
    expect(existsSync(path)).toBe(false);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it('keeps the newest backups and deletes the older ones', async () => {
    const dir = tempDir();
    const path = join(dir, 'nastavnik.db');
    const db = openDatabase(path);
    const backups = join(dir, 'backups');
    for (let day = 1; day <= 5; day++) await backupDatabase(path, backups, { at: new Date(Date.UTC(2026, 11, day, 0, 0)) });
    writeFileSync(join(backups, 'notes.txt'), 'not a backup');
    const removed = rotateBackups(path, backups, 3);
    expect(removed).toHaveLength(2);
    expect(listBackups(path, backups).map((f: string) => f.split('/').at(-1))).toEqual([
      'nastavnik-2026-12-03T00-00-00-000Z.db',
      'nastavnik-2026-12-04T00-00-00-000Z.db',
      'nastavnik-2026-12-05T00-00-00-000Z.db',
    ]);
    expect(existsSync(join(backups, 'notes.txt'))).toBe(true);

    const schedule = new BackupSchedule(path, { dir: backups, time: '03:30', keep: 2, timezone: 'Europe/Moscow' }, silentLogger());
    expect(await schedule.run()).toBeTruthy();
    expect(schedule.status.lastSuccessAt).not.toBeNull();
    expect(listBackups(path, backups)).toHaveLength(2);
    db.close();
    expect(BackupSchedule.cronOf('03:30')).toBe('30 3 * * *');
    expect(BackupSchedule.cronOf('23:05')).toBe('5 23 * * *');
    expect(() => BackupSchedule.cronOf('25:00')).toThrow();
  });
});
