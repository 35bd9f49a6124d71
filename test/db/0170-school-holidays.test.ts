import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { loadMigrations, migrate } from '../../src/db/migrate.js';

describe('migration 0170: school holidays', () => {
  it('keeps ranges per organisation and refuses one whose end comes before its start', () => {
    const migrations = loadMigrations();
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, Math.max(...migrations.filter((m) => m.version < 170).map((m) => m.version)));
    db.prepare(`INSERT INTO organisations (name, timezone, created_at) VALUES ('x', 'Europe/Moscow', 0)`).run();
    expect(migrate(db, migrations, 170)).toEqual([170]);
    db.prepare(`INSERT INTO school_holidays (organisation_id, starts_on, ends_on, title, created_at) VALUES (1, '2026-10-26', '2026-11-03', 'осенние', 0)`).run();
    expect(db.prepare('SELECT starts_on, ends_on, title FROM school_holidays').get()).toEqual({ starts_on: '2026-10-26', ends_on: '2026-11-03', title: 'осенние' });
    expect(() => db.prepare(`INSERT INTO school_holidays (organisation_id, starts_on, ends_on, created_at) VALUES (1, '2026-11-03', '2026-10-26', 0)`).run()).toThrow(/CHECK/);
  });
});
