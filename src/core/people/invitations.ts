import { statement } from '../../db/statement-cache.js';
import { randomBytes } from 'node:crypto';
import type { DB } from '../../db/database.js';
import type { Role } from '../kernel/persons/person.js';
import { DAY } from '../../clock.js';

/** Invitations: a code (and a Telegram deep link) that brings a staff member in with a role. */

export const INVITABLE_ROLES = ['curator', 'mentor', 'mentee', 'staff'] as const;
export type InvitableRole = (typeof INVITABLE_ROLES)[number];

export interface Invitation {
  id: number;
  organisationId: number;
  code: string;
  role: InvitableRole;
  createdBy: number | null;
  createdAt: number;
  expiresAt: number;
  maxUses: number;
  uses: number;
  revokedAt: number | null;
}

interface Row {
  id: number;
  organisation_id: number;
  code: string;
  role: InvitableRole;
  created_by: number | null;
  created_at: number;
  expires_at: number;
  max_uses: number;
  uses: number;
  revoked_at: number | null;
}

const fromRow = (r: Row): Invitation => ({
  id: r.id,
  organisationId: r.organisation_id,
  code: r.code,
  role: r.role,
  createdBy: r.created_by,
  createdAt: r.created_at,
  expiresAt: r.expires_at,
  maxUses: r.max_uses,
  uses: r.uses,
  revokedAt: r.revoked_at,
});

/** Why an invitation cannot be used now, or null when it can. */
export type InvitationProblem = 'unknown' | 'expired' | 'revoked' | 'used-up';

export function invitationProblem(inv: Invitation | null, now: number): InvitationProblem | null {
  if (!inv) return 'unknown';
  if (inv.revokedAt !== null) return 'revoked';
  if (inv.expiresAt <= now) return 'expired';
  if (inv.uses >= inv.maxUses) return 'used-up';
  return null;
}

export function findInvitation(db: DB, code: string): Invitation | null {
  const row = statement(db, 'SELECT * FROM invitations WHERE code = ?').get(code.trim().toLowerCase()) as Row | undefined;
  return row ? fromRow(row) : null;
}

export function getInvitation(db: DB, orgId: number, id: number): Invitation | null {
  const row = statement(db, 'SELECT * FROM invitations WHERE organisation_id = ? AND id = ?').get(orgId, id) as Row | undefined;
  return row ? fromRow(row) : null;
}

export function newInvitationCode(): string {
  // 12 characters of a-z0-9 without look-alikes: easy to type from a printed sheet.
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(12);
  return [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
}

export function createInvitation(
  db: DB,
  i: { organisationId: number; role: InvitableRole; createdBy: number; maxUses: number; days: number; now: number },
): Invitation {
  const code = newInvitationCode();
  const info = statement(
    db,
    'INSERT INTO invitations (organisation_id, code, role, created_by, created_at, expires_at, max_uses) VALUES (?, ?, ?, ?, ?, ?, ?)',
  ).run(i.organisationId, code, i.role, i.createdBy, i.now, i.now + i.days * DAY, i.maxUses);
  return getInvitation(db, i.organisationId, Number(info.lastInsertRowid))!;
}

/** Takes one use of the invitation, if it is still usable; false otherwise (atomic). */
export function useInvitation(db: DB, id: number, now: number): boolean {
  return statement(db, 'UPDATE invitations SET uses = uses + 1 WHERE id = ? AND revoked_at IS NULL AND expires_at > ? AND uses < max_uses').run(id, now).changes === 1;
}

export function activeInvitations(db: DB, orgId: number, now: number): Invitation[] {
  return (
    statement(db, 'SELECT * FROM invitations WHERE organisation_id = ? AND revoked_at IS NULL AND expires_at > ? AND uses < max_uses ORDER BY id DESC').all(
      orgId,
      now,
    ) as Row[]
  ).map(fromRow);
}

export function revokeInvitation(db: DB, orgId: number, id: number, now: number): boolean {
  return statement(db, 'UPDATE invitations SET revoked_at = ? WHERE organisation_id = ? AND id = ? AND revoked_at IS NULL').run(now, orgId, id).changes === 1;
}

/** The roles a person invited with `role` gets. */
export function rolesFor(role: InvitableRole): Role[] {
  return role === 'staff' ? ['staff'] : [role];
}

/** What an invitation gives: its role, and the profile a staff list filled in (as stored, JSON). */
export function invitationGrant(db: DB, id: number): { role: InvitableRole; prefill: string | null } | null {
  return (statement(db, 'SELECT role, prefill FROM invitations WHERE id = ?').get(id) as { role: InvitableRole; prefill: string | null } | undefined) ?? null;
}

/** What the curator's staff list said of the person a personal invitation is for (filled into her profile form). */
export interface Prefill {
  fullName: string;
  position: string;
  roles: Role[];
  offers: number[];
  wants: number[];
}

/** The names (lower-cased) prefilled in personal invitations still open. */
export function pendingPrefillNames(db: DB, orgId: number, now: number): string[] {
  return (
    statement(
      db,
      `SELECT ulower(json_extract(prefill, '$.fullName')) AS n FROM invitations WHERE organisation_id = ? AND prefill IS NOT NULL AND revoked_at IS NULL AND uses < max_uses AND expires_at > ?`,
    ).all(orgId, now) as { n: string }[]
  ).map((r) => r.n);
}

export function setPrefill(db: DB, invitationId: number, prefill: Prefill): void {
  statement(db, 'UPDATE invitations SET prefill = ? WHERE id = ?').run(JSON.stringify(prefill), invitationId);
}
