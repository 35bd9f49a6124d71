import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { loadMigrations, migrate } from '../../src/db/migrate.js';

describe('migration 0195: dialogs set aside', () => {
  it('adds one set-aside dialog per chat beside the open one; the open dialogs stay as they were', () => {
    const migrations = loadMigrations();
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, Math.max(...migrations.filter((m) => m.version < 195).map((m) => m.version)));
    db.prepare(`INSERT INTO organisations (name, timezone, created_at) VALUES ('x', 'Europe/Moscow', 0)`).run();
    db.prepare(`INSERT INTO dialogs (channel, organisation_id, kind, step, data, updated_at) VALUES ('local:a', 1, 'question-ask', 'text', '{}', 5)`).run();
    expect(migrate(db, migrations, 195)).toEqual([195]);
    expect(db.prepare('SELECT kind, step FROM dialogs').all()).toEqual([{ kind: 'question-ask', step: 'text' }]);
    const put = db.prepare(
      `INSERT INTO suspended_dialogs (channel, organisation_id, kind, step, data, updated_at, suspended_at) VALUES (?, 1, ?, 'x', '{}', 1, 2)`,
    );
    put.run('local:a', 'session-new');
    expect(() => put.run('local:a', 'broadcast')).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare(`INSERT INTO suspended_dialogs (channel, organisation_id, kind, step, updated_at, suspended_at) VALUES ('local:b', 99, 'k', 's', 1, 2)`).run()).toThrow(/FOREIGN KEY/);
  });
});
