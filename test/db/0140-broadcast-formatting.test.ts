import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { loadMigrations, migrate } from '../../src/db/migrate.js';

describe('migration 0140: broadcast formatting', () => {
  it('adds a nullable html column beside the text; rows written before read as unformatted', () => {
    const migrations = loadMigrations();
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, 130);
    db.prepare(`INSERT INTO organisations (name, timezone, created_at) VALUES ('x', 'Europe/Moscow', 0)`).run();
    db.prepare(`INSERT INTO persons (organisation_id, created_at, updated_at) VALUES (1, 0, 0)`).run();
    db.prepare(`INSERT INTO broadcasts (organisation_id, author_id, text, created_at) VALUES (1, 1, 'до', 0)`).run();
    expect(migrate(db, migrations, 140)).toEqual([140]);
    expect(db.prepare('SELECT text, html FROM broadcasts').get()).toEqual({ text: 'до', html: null });
    db.prepare(`UPDATE broadcasts SET html = '<b>до</b>'`).run();
    expect(db.prepare('SELECT html FROM broadcasts').get()).toEqual({ html: '<b>до</b>' });
  });
});
