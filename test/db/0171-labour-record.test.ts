import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { loadMigrations, migrate } from '../../src/db/migrate.js';

describe('migration 0171: the labour-law record', () => {
  it('keeps one consent per mentor and programme, and one running notice per programme', () => {
    const migrations = loadMigrations();
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 170);
    db.prepare(`INSERT INTO organisations (name, timezone, created_at) VALUES ('x', 'Europe/Moscow', 0)`).run();
    db.prepare(`INSERT INTO persons (organisation_id, created_at, updated_at) VALUES (1, 0, 0)`).run();
    db.prepare(`INSERT INTO programmes (organisation_id, kind, starts_on, ends_on, created_at) VALUES (1, 'traditional', '2026-11-23', '2027-05-31', 0)`).run();
    expect(migrate(db, migrations, 171)).toEqual([171]);
    const consent = db.prepare(`INSERT INTO mentoring_consents (programme_id, person_id, organisation_id, agreed_at, starts_on, ends_on, kind, form) VALUES (1, 1, 1, 5, '2026-11-23', '2027-05-31', 'traditional', ?)`);
    consent.run('individual');
    expect(() => consent.run('individual')).toThrow(/UNIQUE|PRIMARY/);
    const notice = db.prepare(`INSERT INTO programme_notices (organisation_id, programme_id, given_by, side, given_at, ends_on, ends_at, status) VALUES (1, 1, 1, 'mentor', 0, '2026-11-26', 1, ?)`);
    notice.run('withdrawn');
    notice.run('running');
    expect(() => notice.run('running')).toThrow(/UNIQUE/);
    expect(() => db.prepare(`UPDATE mentoring_consents SET form = 'pairs'`).run()).toThrow(/CHECK/);
  });
});
