import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { loadMigrations, migrate } from '../../src/db/migrate.js';

describe('migration 0215: who created a session', () => {
  it('adds created_by, NULL for sessions already stored, and a deleted creator leaves the session', () => {
    const migrations = loadMigrations();
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, Math.max(...migrations.filter((m) => m.version < 215).map((m) => m.version)));
    db.prepare(`INSERT INTO organisations (name, timezone, created_at) VALUES ('x', 'Europe/Moscow', 0)`).run();
    const person = db.prepare(`INSERT INTO persons (organisation_id, full_name, created_at, updated_at) VALUES (1, ?, 0, 0)`);
    person.run('Анна');
    person.run('Ольга');
    const session = db.prepare(
      `INSERT INTO sessions (organisation_id, title, description, organiser_id, starts_at, duration_min, place_kind, place, seats, audience, created_at)
       VALUES (1, 'Встреча', '', 1, 1000, 30, 'room', '12', 5, 'all', 0)`,
    );
    session.run();
    expect(migrate(db, migrations, 215)).toEqual([215]);
    expect(db.prepare('SELECT created_by FROM sessions WHERE id = 1').pluck().get()).toBeNull();
    db.prepare('UPDATE sessions SET organiser_id = 2, created_by = 1 WHERE id = 1').run();
    db.prepare('DELETE FROM persons WHERE id = 1').run();
    expect(db.prepare('SELECT organiser_id, created_by FROM sessions WHERE id = 1').get()).toEqual({ organiser_id: 2, created_by: null });
  });
});
