import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { loadMigrations, migrate } from '../../src/db/migrate.js';

describe('migration 0151: code attempts', () => {
  it('moves link failures into one counter of wrong codes per account, and drops the old table', () => {
    const migrations = loadMigrations();
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 150);
    db.prepare(`INSERT INTO organisations (name, timezone, created_at) VALUES ('x', 'Europe/Moscow', 0)`).run();
    db.prepare(`INSERT INTO link_failures (organisation_id, platform, user_id, at) VALUES (1, 'vk', '9', 5)`).run();
    expect(migrate(db, migrations, 151)).toEqual([151]);
    expect(db.prepare('SELECT platform, user_id, kind, at FROM code_attempts').all()).toEqual([{ platform: 'vk', user_id: '9', kind: 'wrong', at: 5 }]);
    expect(db.prepare(`SELECT name FROM sqlite_master WHERE name = 'link_failures'`).get()).toBeUndefined();
    expect(() => db.prepare(`INSERT INTO code_attempts (organisation_id, platform, user_id, kind, at) VALUES (1, 'vk', '9', 'other', 0)`).run()).toThrow(/CHECK/);
  });
});
