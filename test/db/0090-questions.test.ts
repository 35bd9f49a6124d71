import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { loadMigrations, migrate } from '../../src/db/migrate.js';
import { openDatabase } from '../../src/db/database.js';
import { CANDIDATES_SQL } from '../../src/core/questions/question.js';

describe('migration 0090_questions', () => {
  it('applies on top of 0080 and creates the question tables', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, loadMigrations(), 80);
    expect(migrate(db, loadMigrations(), 90)).toEqual([90]);
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'question%' ORDER BY name`).all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(['question_events', 'question_focus', 'question_mentor_stats', 'question_messages', 'question_offers', 'questions']);
  });

  it('whoever offers a topic gets a routing row, from the backfill or the trigger', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, loadMigrations(), 80);
    db.prepare("INSERT INTO organisations (id, name, timezone, created_at) VALUES (1, 'o', 'Europe/Moscow', 0)").run();
    db.prepare('INSERT INTO persons (id, organisation_id, created_at, updated_at) VALUES (1, 1, 0, 0), (2, 1, 0, 0), (3, 1, 0, 0)').run();
    db.prepare("INSERT INTO topics (id, organisation_id, code, title_ru, title_en) VALUES (1, 1, 't', 'т', 't')").run();
    db.prepare("INSERT INTO person_topics (person_id, topic_id, kind) VALUES (1, 1, 'offers'), (2, 1, 'wants')").run();
    migrate(db, loadMigrations(), 90);
    db.prepare("INSERT INTO person_topics (person_id, topic_id, kind) VALUES (3, 1, 'offers')").run();
    expect(db.prepare('SELECT person_id FROM question_mentor_stats ORDER BY person_id').pluck().all()).toEqual([1, 3]);
  });

  it('keeps one offer per mentor and question, valid statuses and ratings only', () => {
    const db = openDatabase(':memory:');
    db.prepare("INSERT INTO organisations (id, name, timezone, created_at) VALUES (1, 'o', 'Europe/Moscow', 0)").run();
    db.prepare('INSERT INTO persons (id, organisation_id, created_at, updated_at) VALUES (1, 1, 0, 0), (2, 1, 0, 0)').run();
    db.prepare("INSERT INTO topics (id, organisation_id, code, title_ru, title_en) VALUES (1, 1, 't', 'т', 't')").run();
    const q = db.prepare("INSERT INTO questions (organisation_id, asker_id, topic_id, status, created_at, last_activity_at) VALUES (1, 1, 1, ?, 0, 0)");
    q.run('offered');
    expect(() => q.run('lost')).toThrow(/CHECK/);
    db.prepare('INSERT INTO question_offers (question_id, person_id, wave, offered_at) VALUES (1, 2, 1, 0)').run();
    expect(() => db.prepare('INSERT INTO question_offers (question_id, person_id, wave, offered_at) VALUES (1, 2, 2, 0)').run()).toThrow(/UNIQUE|PRIMARY/);
    expect(() => db.prepare('UPDATE questions SET rating = 6 WHERE id = 1').run()).toThrow(/CHECK/);
    db.prepare('DELETE FROM questions WHERE id = 1').run();
    expect(db.prepare('SELECT COUNT(*) FROM question_offers').pluck().get()).toBe(0);
  });

  it('the routing query walks its ordering index and probes by primary key: no sort, no scan of persons', () => {
    const db = openDatabase(':memory:');
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${CANDIDATES_SQL}`).all({ zone: 'Europe/Moscow', topic: 1, org: 1, asker: 1, now: 0, cap: 3, question: 1 }) as { detail: string }[])
      .map((r) => r.detail)
      .join('\n');
    expect(plan).toMatch(/(SCAN|SEARCH) s USING (COVERING )?INDEX question_mentor_order/);
    expect(plan).toMatch(/SEARCH pt USING PRIMARY KEY/);
    expect(plan).toMatch(/SEARCH p USING INTEGER PRIMARY KEY/);
    expect(plan).toMatch(/SEARCH o USING PRIMARY KEY/);
    expect(plan).toMatch(/SEARCH a (EXISTS )?USING INDEX accounts_person/);
    expect(plan).not.toMatch(/TEMP B-TREE/);
    expect(plan).not.toMatch(/SCAN (p|pt)\b/);
  });

  it('the open questions of an organisation and of a mentor come by index', () => {
    const db = openDatabase(':memory:');
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join('\n');
    expect(plan(`SELECT * FROM questions WHERE organisation_id = 1 AND status IN ('waiting','offered') ORDER BY created_at`)).toContain('questions_org_status');
    expect(plan(`SELECT * FROM questions WHERE mentor_id = 1 AND status = 'taken'`)).toContain('questions_mentor');
    expect(plan(`SELECT * FROM question_offers WHERE person_id = 1 AND answer IS NULL`)).toContain('question_offers_person');
  });
});
