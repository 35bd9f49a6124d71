import type { DB } from '../db/database.js';
import { statement } from '../db/statement-cache.js';

/**
 * The updates the router has handled, by platform and update id: a messenger that delivers an
 * update twice (a webhook retried, a poll repeated after a restart) gets it handled once. Kept a
 * week (the scheduler's housekeeping forgets older ones).
 */

/** Whether this update was handled already. */
export function wasProcessed(db: DB, platform: string, updateId: string): boolean {
  return Boolean(statement(db, 'SELECT 1 FROM processed_updates WHERE platform = ? AND update_id = ?').get(platform, updateId));
}

/**
 * Remembers the update as handled; false when it was already (remembering it and learning it
 * was seen before are one statement).
 */
export function markProcessed(db: DB, platform: string, updateId: string, now: number): boolean {
  return (
    statement(db, 'INSERT OR IGNORE INTO processed_updates (platform, update_id, processed_at) VALUES (?, ?, ?)').run(platform, updateId, now).changes > 0
  );
}

/** Forgets the updates handled before `cutoff`. */
export function forgetProcessedBefore(db: DB, cutoff: number): void {
  statement(db, 'DELETE FROM processed_updates WHERE processed_at < ?').run(cutoff);
}
