import type Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/**
 * Numbered SQL migrations in ./migrations, named `NNNN_what.sql` (multiples of 10, gaps allowed).
 * `PRAGMA user_version` is the ledger: the number of the last migration applied. Each step runs
 * in its own transaction. A database whose version is above the newest known migration comes
 * from a newer release and is refused. A migration is never edited after it lands.
 */

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.sql'));
  const migrations = files.map((file) => {
    const m = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
    if (!m) throw new Error(`migration file ${file} is not named NNNN_name.sql`);
    return { version: Number(m[1]), name: m[2]!, sql: readFileSync(join(dir, file), 'utf8') };
  });
  migrations.sort((a, b) => a.version - b.version);
  for (let i = 1; i < migrations.length; i++) {
    if (migrations[i]!.version === migrations[i - 1]!.version) {
      throw new Error(`two migrations are numbered ${migrations[i]!.version}`);
    }
  }
  return migrations;
}

export class DatabaseFromTheFutureError extends Error {
  constructor(found: number, known: number) {
    super(`the database is at schema version ${found}, newer than this release knows (${known}); refusing to open it`);
    this.name = 'DatabaseFromTheFutureError';
  }
}

/** Applies the migrations not yet applied; returns the versions applied now. */
export function migrate(db: Database.Database, migrations: Migration[] = loadMigrations(), upTo?: number): number[] {
  const current = db.pragma('user_version', { simple: true }) as number;
  const newest = migrations.at(-1)?.version ?? 0;
  if (current > newest) throw new DatabaseFromTheFutureError(current, newest);
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= current) continue;
    if (upTo !== undefined && m.version > upTo) break;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
