import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { loadMigrations, migrate } from '../../src/db/migrate.js';

describe('migration 0130 surveys', () => {
  it('creates the survey tables apart from one another, and the file requests', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, loadMigrations(), 130);
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name);
    expect(tables).toEqual(expect.arrayContaining(['surveys', 'survey_participants', 'survey_drafts', 'survey_responses', 'survey_answers', 'report_files']));
    const cols = (t: string) => (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name);
    // Responses carry no time, participants no finishing time, neither a shared id.
    expect(cols('survey_responses').sort()).toEqual(['audience_group', 'id', 'person_id', 'survey_id']);
    expect(cols('survey_participants').sort()).toEqual(['audience_group', 'finished', 'person_id', 'reminders_sent', 'survey_id']);
    const withoutRowid = db.prepare(`SELECT sql FROM sqlite_master WHERE name IN ('survey_responses', 'survey_answers')`).all() as { sql: string }[];
    for (const t of withoutRowid) expect(t.sql).toContain('WITHOUT ROWID');
    expect(cols('surveys')).toContain('organisation_id');
    expect(cols('report_files')).toContain('organisation_id');
  });

  it('the queries the bot runs often use their indexes', () => {
    const db = new Database(':memory:');
    migrate(db, loadMigrations(), 130);
    const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' | ');
    expect(plan('SELECT * FROM survey_responses WHERE survey_id = 1')).toMatch(/survey_responses_survey/);
    expect(plan(`SELECT * FROM report_files WHERE status = 'pending' ORDER BY id LIMIT 1`)).toMatch(/report_files_status|PRIMARY KEY|INTEGER PRIMARY KEY/);
    expect(plan('SELECT * FROM survey_participants WHERE survey_id = 1 AND finished = 0')).toMatch(/PRIMARY KEY|autoindex/);
    expect(plan(`SELECT * FROM surveys WHERE organisation_id = 1 AND status = 'open'`)).toMatch(/surveys_org_status/);
  });

  it('rejects impossible rows', () => {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, loadMigrations(), 130);
    db.prepare(`INSERT INTO organisations (id, name, timezone, language, created_at) VALUES (1, 'x', 'Europe/Moscow', 'ru', 0)`).run();
    expect(() =>
      db.prepare(`INSERT INTO surveys (organisation_id, title, definition, anonymous, audience, status, opens_at, closes_at, created_at) VALUES (1, 't', '{}', 2, '{}', 'open', 0, 1, 0)`).run(),
    ).toThrow();
    expect(() => db.prepare(`INSERT INTO survey_responses (id, survey_id, audience_group) VALUES ('r', 999, 'x')`).run()).toThrow();
  });
});
