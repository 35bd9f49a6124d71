import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { loadMigrations, migrate } from '../../src/db/migrate.js';

describe('migration 0110_programmes', () => {
  const fresh = () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, loadMigrations(), 110);
    db.prepare("INSERT INTO organisations (id, name, timezone, created_at) VALUES (1, 'o', 'Europe/Moscow', 0)").run();
    db.prepare('INSERT INTO persons (id, organisation_id, created_at, updated_at) VALUES (1, 1, 0, 0), (2, 1, 0, 0)').run();
    return db;
  };

  it('creates programmes, members, plan items and their history, each tied to an organisation', () => {
    const db = fresh();
    expect(db.pragma('user_version', { simple: true })).toBe(110);
    for (const t of ['programmes', 'plan_items']) {
      const cols = (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name);
      expect(cols).toContain('organisation_id');
    }
    db.prepare(`INSERT INTO programmes (id, organisation_id, kind, starts_on, ends_on, created_at) VALUES (1, 1, 'traditional', '2026-09-01', '2027-05-31', 0)`).run();
    expect(() =>
      db.prepare(`INSERT INTO programmes (organisation_id, kind, starts_on, ends_on, created_at) VALUES (1, 'astral', '2026-09-01', '2027-05-31', 0)`).run(),
    ).toThrow(/CHECK/);
    db.prepare(`INSERT INTO programme_members (programme_id, person_id, role) VALUES (1, 1, 'mentor'), (1, 2, 'mentee')`).run();
    expect(() => db.prepare(`INSERT INTO programme_members (programme_id, person_id, role) VALUES (1, 2, 'mentor')`).run()).toThrow(/UNIQUE|PRIMARY/);
    db.prepare(
      `INSERT INTO plan_items (id, organisation_id, programme_id, title, responsible, due_on, due_at, created_at) VALUES (1, 1, 1, 'x', 'mentee', '2026-10-01', 0, 0)`,
    ).run();
    expect(() =>
      db.prepare(`INSERT INTO plan_items (organisation_id, programme_id, title, responsible, due_on, due_at, created_at) VALUES (1, 1, 'x', 'nobody', '2026-10-01', 0, 0)`).run(),
    ).toThrow(/CHECK/);
    db.prepare(`INSERT INTO plan_item_events (item_id, person_id, kind, at) VALUES (1, 2, 'reported', 0)`).run();
    db.prepare(`INSERT INTO programme_events (programme_id, person_id, kind, note, at) VALUES (1, 1, 'extend-proposed', '2027-06-30', 0)`).run();
    expect(() => db.prepare('UPDATE programme_members SET rating = 6 WHERE person_id = 2').run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM programmes WHERE id = 1').run();
    expect(
      db.prepare('SELECT (SELECT COUNT(*) FROM plan_items) + (SELECT COUNT(*) FROM plan_item_events) + (SELECT COUNT(*) FROM programme_members) + (SELECT COUNT(*) FROM programme_events) AS n').get(),
    ).toEqual({ n: 0 });
  });

  it('the reminder sweep’s due rows and its next wake-up come from the plan_items_remind index', () => {
    const db = fresh();
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    const due = plan('SELECT * FROM plan_items WHERE organisation_id = 1 AND remind_at IS NOT NULL AND remind_at <= 5 ORDER BY remind_at LIMIT 10');
    expect(due).toContain('plan_items_remind');
    expect(due).not.toContain('TEMP B-TREE');
    expect(plan('SELECT MIN(remind_at) AS at FROM plan_items WHERE organisation_id = 1 AND remind_at IS NOT NULL')).toContain('plan_items_remind');
    expect(plan('SELECT * FROM plan_items WHERE programme_id = 1 ORDER BY due_at, id')).toContain('plan_items_programme');
  });
});
