import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/database.js';

describe('migration 0070_linking', () => {
  it('creates link_codes with one-time unique codes that go with their person', () => {
    const db = openDatabase(':memory:');
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(70);
    db.prepare("INSERT INTO organisations (id, name, timezone, created_at) VALUES (1, 'o', 'Europe/Moscow', 0)").run();
    db.prepare("INSERT INTO persons (id, organisation_id, created_at, updated_at) VALUES (1, 1, 0, 0)").run();
    db.prepare("INSERT INTO accounts (id, organisation_id, person_id, platform, user_id, chat_id, created_at) VALUES (1, 1, 1, 'vk', '5', '5', 0)").run();
    const insert = db.prepare('INSERT INTO link_codes (organisation_id, person_id, account_id, code, created_at, expires_at) VALUES (1, 1, 1, ?, 0, 900000)');
    insert.run('ABCDEFGH');
    expect(() => insert.run('ABCDEFGH')).toThrow(/UNIQUE/);
    db.prepare("INSERT INTO code_attempts (organisation_id, platform, user_id, kind, at) VALUES (1, 'vk', '9', 'wrong', 0)").run();
    db.prepare('DELETE FROM accounts WHERE id = 1').run();
    expect(db.prepare('SELECT account_id FROM link_codes').get()).toEqual({ account_id: null });
    db.prepare('DELETE FROM persons WHERE id = 1').run();
    expect(db.prepare('SELECT COUNT(*) AS n FROM link_codes').get()).toEqual({ n: 0 });
    db.close();
  });
});
