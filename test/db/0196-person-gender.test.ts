import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { loadMigrations, migrate } from '../../src/db/migrate.js';
import { genderFromName } from '../../src/core/kernel/persons/gender.js';

describe('migration 0196: grammatical gender of persons', () => {
  it('adds the column, reads it from the patronymics already stored, and refuses other values', () => {
    const migrations = loadMigrations();
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, migrations, Math.max(...migrations.filter((m) => m.version < 196).map((m) => m.version)));
    db.prepare(`INSERT INTO organisations (name, timezone, created_at) VALUES ('x', 'Europe/Moscow', 0)`).run();
    const names = [
      'Кузнецова Ольга Николаевна',
      'Иванов Пётр Сергеевич',
      'Мицкевич Анна',
      'Алиева Айгуль Рашид кызы',
      'Мамедов Рашид Али оглы',
      'Ольга Ильинична Смирнова',
      'Аня',
      '',
    ];
    const put = db.prepare(`INSERT INTO persons (organisation_id, full_name, created_at, updated_at) VALUES (1, ?, 0, 0)`);
    for (const n of names) put.run(n);
    expect(migrate(db, migrations, 196)).toEqual([196]);
    const got = (db.prepare('SELECT full_name, gender FROM persons ORDER BY id').all() as { full_name: string; gender: string }[]).map((r) => r.gender);
    expect(got).toEqual(['female', 'male', 'unknown', 'female', 'male', 'female', 'unknown', 'unknown']);
    // The SQL backfill and the code agree on what a patronymic says.
    expect(names.map(genderFromName)).toEqual(got);
    expect(() => db.prepare(`UPDATE persons SET gender = 'other' WHERE id = 1`).run()).toThrow(/CHECK/);
    put.run('Новый');
    expect(db.prepare('SELECT gender FROM persons WHERE id = 9').get()).toEqual({ gender: 'unknown' });
  });
});
