import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrate } from './migrate.js';

export type DB = Database.Database;

/**
 * Opens the database: WAL, foreign keys, a busy timeout, then the numbered migrations.
 * ':memory:' gives a private in-memory database (tests).
 */
export function openDatabase(path: string): DB {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = NORMAL');
  // Deleted rows (a submitted anonymous survey's draft, a forgotten person) are overwritten, not left readable in the file.
  db.pragma('secure_delete = ON');
  // SQLite's lower() folds only ASCII; names and topics are Cyrillic.
  db.function('ulower', { deterministic: true }, (s: unknown) => (typeof s === 'string' ? s.toLocaleLowerCase('ru') : s));
  try {
    migrate(db);
  } catch (err) {
    db.close(); // a refused database (from a newer release) is not left open
    throw err;
  }
  return db;
}

/**
 * Folds the write-ahead log into the database and empties it: what was overwritten (and, with
 * secure_delete, zeroed) is then gone from the files too. Skipped quietly while a reader holds it.
 */
export function truncateLog(db: DB): void {
  if (db.memory) return;
  db.pragma('wal_checkpoint(TRUNCATE)');
}
