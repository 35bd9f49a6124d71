import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { loadMigrations, migrate } from '../../src/db/migrate.js';

describe('migration 0150: fair dispatch', () => {
  it("adds an index that finds one chat's next pending row without a scan of the due rows", () => {
    const migrations = loadMigrations();
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 140);
    expect(migrate(db, migrations, 150)).toContain(150);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan(`SELECT * FROM outbox INDEXED BY outbox_chat_queue WHERE status = 'pending' AND platform = 'vk' AND chat_id = '1' AND not_before <= 1 ORDER BY id LIMIT 1`)).toContain('outbox_chat_queue');
    expect(plan(`SELECT * FROM outbox INDEXED BY outbox_chat_queue WHERE status = 'pending' AND platform = 'vk' AND chat_id = '1' AND not_before <= 1 ORDER BY id LIMIT 1`)).not.toContain('TEMP B-TREE');
  });
});
