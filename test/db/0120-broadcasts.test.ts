import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { loadMigrations, migrate } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/database.js';

describe('migration 0120: broadcasts', () => {
  it('applies on top of the previous migrations and adds broadcasts and their recipients', () => {
    const migrations = loadMigrations();
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 119);
    expect(migrate(db, migrations, 120)).toEqual([120]);
    const cols = (t: string) => (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name);
    expect(cols('broadcasts')).toEqual(expect.arrayContaining(['organisation_id', 'author_id', 'text', 'file', 'audience', 'ack_required', 'status', 'scheduled_at', 'total']));
    expect(cols('broadcast_recipients')).toEqual(expect.arrayContaining(['broadcast_id', 'person_id', 'seq', 'queued_at', 'platform', 'acknowledged_at']));
  });

  it('never reuses a deleted broadcast id, refuses an unknown status, and cascades to recipients', () => {
    const db = openDatabase(':memory:');
    db.prepare(`INSERT INTO organisations (name, timezone, created_at) VALUES ('x', 'Europe/Moscow', 0)`).run();
    db.prepare(`INSERT INTO persons (organisation_id, created_at, updated_at) VALUES (1, 0, 0)`).run();
    const add = () => Number(db.prepare(`INSERT INTO broadcasts (organisation_id, author_id, created_at) VALUES (1, 1, 0)`).run().lastInsertRowid);
    const first = add();
    db.prepare(`INSERT INTO broadcast_recipients (broadcast_id, person_id, seq) VALUES (?, 1, 0)`).run(first);
    db.prepare('DELETE FROM broadcasts WHERE id = ?').run(first);
    expect(add()).toBe(first + 1);
    expect(db.prepare('SELECT COUNT(*) AS n FROM broadcast_recipients').get()).toEqual({ n: 0 });
    expect(() => db.prepare(`UPDATE broadcasts SET status = 'lost'`).run()).toThrow(/CHECK/);
  });

  it('the next-chunk and per-person queries use their indexes', () => {
    const db = openDatabase(':memory:');
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan(`SELECT person_id FROM broadcast_recipients WHERE broadcast_id = 1 AND queued_at IS NULL ORDER BY seq LIMIT 500`)).toContain('broadcast_recipients_queue');
    expect(plan(`SELECT * FROM broadcast_recipients WHERE person_id = 3`)).toContain('broadcast_recipients_person');
    expect(plan(`SELECT person_id, status FROM outbox WHERE source = 'broadcast:1' AND op = 'send' AND message_key = 'bc-1'`)).toContain('outbox_source');
  });
});
