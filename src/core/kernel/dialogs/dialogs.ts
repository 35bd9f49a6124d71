import type { DB } from '../../../db/database.js';
import { statement } from '../../../db/statement-cache.js';

/**
 * A multi-step input in progress (a question being written, a profile, a survey half answered),
 * stored per chat so a restart loses nothing and the person goes on where they stopped. The store of
 * the dialog engine (engine.ts): the only place the dialogs tables are read or written.
 */
export interface DialogState<D = Record<string, unknown>> {
  kind: string;
  step: string;
  data: D;
  updatedAt: number;
}

/** A dialog set aside by a command typed in its middle, with the moment it was set aside. */
export interface SuspendedDialog extends DialogState {
  suspendedAt: number;
}

export function channelOf(platform: string, chatId: string): string {
  return `${platform}:${chatId}`;
}

interface Row {
  kind: string;
  step: string;
  data: string;
  updated_at: number;
}

function parseData(data: string): Record<string, unknown> {
  try {
    const parsed = JSON.parse(data) as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** The dialog open in this chat, as stored (not yet checked against its kind's schema: see engine.ts). */
export function loadDialog(db: DB, channel: string): DialogState | null {
  const row = statement(db, 'SELECT kind, step, data, updated_at FROM dialogs WHERE channel = ?').get(channel) as Row | undefined;
  if (!row) return null;
  return { kind: row.kind, step: row.step, data: parseData(row.data), updatedAt: row.updated_at };
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

export function loadSuspended(db: DB, channel: string): SuspendedDialog | null {
  const row = statement(db, 'SELECT kind, step, data, updated_at, suspended_at FROM suspended_dialogs WHERE channel = ?').get(channel) as
    | (Row & { suspended_at: number })
    | undefined;
  if (!row) return null;
  return { kind: row.kind, step: row.step, data: parseData(row.data), updatedAt: row.updated_at, suspendedAt: row.suspended_at };
}

export function saveSuspended(db: DB, orgId: number, channel: string, d: DialogState, now: number): void {
  statement(
    db,
    `INSERT INTO suspended_dialogs (channel, organisation_id, kind, step, data, updated_at, suspended_at) VALUES (?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (channel) DO UPDATE SET kind = excluded.kind, step = excluded.step, data = excluded.data,
       updated_at = excluded.updated_at, suspended_at = excluded.suspended_at`,
  ).run(channel, orgId, d.kind, d.step, JSON.stringify(d.data ?? {}), d.updatedAt, now);
}

/** A dialog of this kind was opened again: the one of the same kind set aside is taken up by it. */
export function clearSuspendedOfKind(db: DB, channel: string, kind: string): void {
  statement(db, 'DELETE FROM suspended_dialogs WHERE channel = ? AND kind = ?').run(channel, kind);
}

export function clearSuspended(db: DB, channel: string): void {
  statement(db, 'DELETE FROM suspended_dialogs WHERE channel = ?').run(channel);
}

/** Both dialogs of a chat, open and set aside (for /my_data). */
export function dialogsOfChannel(db: DB, channel: string): DialogState[] {
  return [loadDialog(db, channel), loadSuspended(db, channel)].filter((d): d is DialogState => d !== null);
}

/** Everything of a chat's dialogs (for /forget). */
export function forgetDialogs(db: DB, channel: string): void {
  clearDialog(db, channel);
  clearSuspended(db, channel);
}
