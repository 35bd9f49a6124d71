import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { DatabaseFromTheFutureError, loadMigrations, migrate } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/database.js';

describe('migrations', () => {
  const migrations = loadMigrations();

  it('are numbered in order without repeats, and each applies on :memory: in turn', () => {
    expect(migrations.length).toBeGreaterThan(0);
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    for (const m of migrations) {
      expect(migrate(db, migrations, m.version)).toEqual([m.version]);
      expect(db.pragma('user_version', { simple: true })).toBe(m.version);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    }
    expect(migrate(db, migrations)).toEqual([]);
  });

  it('0010 creates the foundation tables, each with an organisation', () => {
    const db = new Database(':memory:');
    migrate(db, migrations, 10);
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(
      expect.arrayContaining(['organisations', 'persons', 'accounts', 'person_roles', 'topics', 'person_topics', 'invitations', 'dialogs', 'processed_updates', 'outbox', 'jobs']),
    );
    for (const t of ['persons', 'accounts', 'topics', 'invitations', 'dialogs', 'outbox', 'jobs']) {
      const cols = (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name);
      expect(cols).toContain('organisation_id');
    }
  });

  it('refuses a database from the future', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 99999');
    expect(() => migrate(db, migrations)).toThrow(DatabaseFromTheFutureError);
  });

  it('a failing migration leaves the database at the previous version', () => {
    const dir = mkdtempSync(`${tmpdir()}/mig-`);
    writeFileSync(`${dir}/0010_ok.sql`, 'CREATE TABLE a (x INTEGER);');
    writeFileSync(`${dir}/0020_broken.sql`, 'CREATE TABLE b (x INTEGER); SELECT * FROM nowhere;');
    const db = new Database(':memory:');
    expect(() => migrate(db, loadMigrations(dir))).toThrow();
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    expect(db.prepare(`SELECT COUNT(*) AS n FROM sqlite_master WHERE name = 'b'`).get()).toEqual({ n: 0 });
  });

  it('opens a file database in WAL mode with foreign keys and secure delete on', () => {
    const db = openDatabase(`${mkdtempSync(`${tmpdir()}/db-`)}/x.db`);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    db.close();
  });

  it('the due-jobs and due-outbox queries use their indexes', () => {
    const db = openDatabase(':memory:');
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan(`SELECT id FROM jobs WHERE status = 'pending' AND due_at <= 1 ORDER BY due_at, id LIMIT 10`)).toContain('jobs_due');
    expect(plan(`SELECT * FROM outbox WHERE status = 'pending' AND not_before <= 1 ORDER BY lane, id LIMIT 10`)).toContain('outbox_due');
  });
});
