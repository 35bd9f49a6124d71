import { randomInt } from 'node:crypto';
import type { DB } from '../../db/database.js';
import { statement } from '../../db/statement-cache.js';
import type { Platform } from '../../messaging/types.js';

/** One-time link codes, as rows (statements from the shared cache, no logic). */

/** How long a code is valid. */
export const CODE_TTL_MS = 15 * 60_000;

/** No 0/O, 1/I/L: easy to copy from one screen to another. 32^8 ≈ 10^12 codes. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;

export interface LinkCode {
  id: number;
  organisationId: number;
  personId: number;
  accountId: number | null;
  code: string;
  createdAt: number;
  expiresAt: number;
  usedAt: number | null;
  usedByAccountId: number | null;
}

interface LinkCodeRow {
  id: number;
  organisation_id: number;
  person_id: number;
  account_id: number | null;
  code: string;
  created_at: number;
  expires_at: number;
  used_at: number | null;
  used_by_account_id: number | null;
}

const fromRow = (r: LinkCodeRow): LinkCode => ({
  id: r.id,
  organisationId: r.organisation_id,
  personId: r.person_id,
  accountId: r.account_id,
  code: r.code,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  usedAt: r.used_at,
  usedByAccountId: r.used_by_account_id,
});

/** What a person types → the stored form: upper case, no spaces or dashes. */
export function normaliseCode(typed: string): string {
  return typed.replace(/[\s-]+/g, '').toUpperCase();
}

function newCode(): string {
  let s = '';
  for (let i = 0; i < CODE_LENGTH; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s;
}

/** A fresh code for the person; their earlier unused codes stop working. */
export function issueCode(db: DB, orgId: number, personId: number, accountId: number, now: number): LinkCode {
  statement(db, 'UPDATE link_codes SET expires_at = ? WHERE person_id = ? AND used_at IS NULL AND expires_at > ?').run(now, personId, now);
  // Codes long gone are of no use to anyone.
  statement(db, 'DELETE FROM link_codes WHERE organisation_id = ? AND expires_at < ?').run(orgId, now - 24 * 3600_000);
  const insert = statement(
    db,
    'INSERT OR IGNORE INTO link_codes (organisation_id, person_id, account_id, code, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  for (;;) {
    const code = newCode();
    const info = insert.run(orgId, personId, accountId, code, now, now + CODE_TTL_MS);
    if (info.changes === 1) return findCode(db, orgId, code)!;
  }
}

export function findCode(db: DB, orgId: number, code: string): LinkCode | null {
  const row = statement(db, 'SELECT * FROM link_codes WHERE organisation_id = ? AND code = ?').get(orgId, code) as LinkCodeRow | undefined;
  return row ? fromRow(row) : null;
}

/** Marks the code used; false when it was used meanwhile. */
export function useCode(db: DB, codeId: number, accountId: number, now: number): boolean {
  return statement(db, 'UPDATE link_codes SET used_at = ?, used_by_account_id = ? WHERE id = ? AND used_at IS NULL').run(now, accountId, codeId).changes === 1;
}

export function codesOf(db: DB, personId: number): LinkCode[] {
  return (statement(db, 'SELECT * FROM link_codes WHERE person_id = ? ORDER BY id').all(personId) as LinkCodeRow[]).map(fromRow);
}

export function deleteCodesOf(db: DB, personId: number): void {
  statement(db, 'DELETE FROM link_codes WHERE person_id = ?').run(personId);
}

/** Joins a platform account to an existing person. */
export function addAccount(
  db: DB,
  a: { organisationId: number; personId: number; platform: Platform; userId: string; chatId: string; now: number },
): number {
  const info = statement(
    db,
    'INSERT INTO accounts (organisation_id, person_id, platform, user_id, chat_id, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(a.organisationId, a.personId, a.platform, a.userId, a.chatId, a.now);
  return Number(info.lastInsertRowid);
}

/** Gives an account left behind by a forgotten person to another person. */
export function moveAccount(db: DB, accountId: number, personId: number, chatId: string): void {
  statement(db, 'UPDATE accounts SET person_id = ?, chat_id = ?, reachable = 1 WHERE id = ?').run(personId, chatId, accountId);
}
