import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from '../../src/db/database.js';
import { DatabaseFromTheFutureError, loadMigrations } from '../../src/db/migrate.js';
import { createHarness } from '../support/harness.js';

/**
 * Upgrades: a database made by the previous release (schema at migration 0140, made by
 * test/fixtures/make-release-0140.ts) opens with this code, migrates forward, keeps its people
 * and goes on working; a database from a newer release is refused, untouched.
 */
const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'release-0140.db');
const dirs: string[] = [];
function copyOfFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-upgrade-'));
  dirs.push(dir);
  const path = join(dir, 'nastavnik.db');
  copyFileSync(FIXTURE, path);
  return path;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('upgrading from the previous release', () => {
  it('opens a database of release 0140, migrates it forward and keeps working on it', async () => {
    const path = copyOfFixture();
    const before = new Database(path, { readonly: true });
    expect(before.pragma('user_version', { simple: true })).toBe(140);
    const people = before.prepare('SELECT id, full_name FROM persons ORDER BY id').all();
    before.close();

    const db = openDatabase(path);
    const newest = loadMigrations().at(-1)!.version;
    expect(db.pragma('user_version', { simple: true })).toBe(newest);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.prepare('SELECT id, full_name FROM persons ORDER BY id').all()).toEqual(people);

    // The bot runs on it: the administrator made under the old release is still one, and answered.
    const h = await createHarness({ db });
    expect(h.app.org.name).toBe('Детский сад №7');
    await h.say('admin', '/help');
    expect(h.lastText('admin').length).toBeGreaterThan(0);
    const roles = db.prepare(`SELECT role FROM person_roles r JOIN persons p ON p.id = r.person_id WHERE p.full_name = 'Ольга Сергеевна Кузнецова'`).pluck().all();
    expect(roles).toContain('admin');
    await h.close();
  });

  it('a release refuses a database made by a newer one, and leaves it as it was', () => {
    const path = copyOfFixture();
    const newer = new Database(path);
    const future = loadMigrations().at(-1)!.version + 10;
    newer.pragma(`user_version = ${future}`);
    newer.close();
    expect(() => openDatabase(path)).toThrow(DatabaseFromTheFutureError);
    const after = new Database(path, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(future);
    after.close();
  });
});
