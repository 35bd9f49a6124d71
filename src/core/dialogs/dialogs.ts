import type { DB } from '../../db/database.js';
import { statement } from '../../db/statement-cache.js';

/**
 * A multi-step input in progress (a question being written, a profile, a survey half answered),
 * stored per chat so a restart loses nothing and the person goes on where they stopped.
 */
export interface DialogState<D = Record<string, unknown>> {
  kind: string;
  step: string;
  data: D;
  updatedAt: number;
}

export function channelOf(platform: string, chatId: string): string {
  return `${platform}:${chatId}`;
}

export function loadDialog(db: DB, channel: string): DialogState | null {
  const row = statement(db, 'SELECT kind, step, data, updated_at FROM dialogs WHERE channel = ?').get(channel) as
    | { kind: string; step: string; data: string; updated_at: number }
    | undefined;
  if (!row) return null;
  return { kind: row.kind, step: row.step, data: JSON.parse(row.data) as Record<string, unknown>, updatedAt: row.updated_at };
}

export function saveDialog(db: DB, orgId: number, channel: string, kind: string, step: string, data: unknown, now: number): void {
  statement(
    db,
    `INSERT INTO dialogs (channel, organisation_id, kind, step, data, updated_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (channel) DO UPDATE SET kind = excluded.kind, step = excluded.step, data = excluded.data, updated_at = excluded.updated_at`,
  ).run(channel, orgId, kind, step, JSON.stringify(data ?? {}), now);
}

export function clearDialog(db: DB, channel: string): void {
  statement(db, 'DELETE FROM dialogs WHERE channel = ?').run(channel);
}
