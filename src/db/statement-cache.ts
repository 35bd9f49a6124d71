import type { Statement } from 'better-sqlite3';
import type { DB } from './database.js';

/**
 * Prepared statements, kept per database by their SQL text. `db.prepare` compiles the SQL every
 * time (tens of microseconds); hot paths — a person looked up on every update, a row queued for
 * every message — take the compiled statement from here instead. Only for SQL from a bounded
 * set of texts (constants, or built from a fixed list of columns), never from input.
 */
const cache = new WeakMap<DB, Map<string, Statement>>();

export function statement(db: DB, sql: string): Statement {
  let byText = cache.get(db);
  if (!byText) cache.set(db, (byText = new Map()));
  let stmt = byText.get(sql);
  if (!stmt) byText.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}
