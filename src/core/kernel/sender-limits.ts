import type { DB } from '../../db/database.js';
import { statement } from '../../db/statement-cache.js';
import type { Platform } from '../../messaging/types.js';

/**
 * What one sender may cost the bot: how many updates a member may send in a minute, how many
 * answers a stranger (no profile here) gets in an hour, and how many wrong codes (invitation,
 * first-start or account link, counted together) one account may send before a cool-down.
 * The update and stranger limits are applied by the router's inbound gate; the codes here,
 * where a code is recognised. Every figure is a setting (config.ts) with these defaults.
 */
export interface SenderLimits {
  /** Updates a member may send in one minute; the rest of that minute is not read (one notice). */
  memberUpdatesPerMinute: number;
  /** Answers a stranger gets in one hour; then one notice, and silence until the hour is over. */
  strangerAnswersPerHour: number;
  /** Wrong codes one account may send within the cool-down… */
  wrongCodes: number;
  /** …after which codes from it are not even looked at for this long. */
  codeCooldownMinutes: number;
}

export const DEFAULT_SENDER_LIMITS: SenderLimits = Object.freeze({
  memberUpdatesPerMinute: 30,
  strangerAnswersPerHour: 20,
  wrongCodes: 5,
  codeCooldownMinutes: 15,
});

export function senderLimits(settings: { limits?: Partial<SenderLimits> }): SenderLimits {
  return { ...DEFAULT_SENDER_LIMITS, ...settings.limits };
}

/** Text shaped like an invitation code: 12 of the letters and digits invitations are made of. */
export const INVITATION_CODE_SHAPE = /^[a-hjkmnp-z2-9]{12}$/i;
/** A link code as typed (after spaces and dashes are dropped): 8 latin letters or digits. */
export const LINK_CODE_SHAPE = /^[A-Z0-9]{8}$/;

/** Whether codes from this account are being refused now, and whether to say so this time. */
export type CodeGate = { open: true } | { open: false; tell: boolean; minutes: number };

export interface CodeSender {
  organisationId: number;
  platform: Platform;
  userId: string;
}

export function codeGate(db: DB, limits: SenderLimits, s: CodeSender, now: number): CodeGate {
  const cooldown = limits.codeCooldownMinutes * 60_000;
  const wrong = statement(
    db,
    `SELECT at FROM code_attempts WHERE platform = ? AND user_id = ? AND kind = 'wrong' AND at > ? ORDER BY at DESC LIMIT ?`,
  )
    .pluck()
    .all(s.platform, s.userId, now - cooldown, limits.wrongCodes) as number[];
  if (wrong.length < limits.wrongCodes) return { open: true };
  // The cool-down runs until the oldest of the last `wrongCodes` mistakes is out of the window.
  const since = wrong[wrong.length - 1]!;
  const minutes = Math.max(1, Math.ceil((since + cooldown - now) / 60_000));
  const told = statement(db, `SELECT 1 FROM code_attempts WHERE platform = ? AND user_id = ? AND kind = 'told' AND at >= ? LIMIT 1`).get(
    s.platform,
    s.userId,
    wrong[0]!,
  );
  if (!told) record(db, s, 'told', now);
  return { open: false, tell: !told, minutes };
}

/** A wrong code from this account (the refusal is a reply, not a rollback, so the count is kept). */
export function recordWrongCode(db: DB, limits: SenderLimits, s: CodeSender, now: number): void {
  statement(db, `DELETE FROM code_attempts WHERE platform = ? AND user_id = ? AND at <= ?`).run(
    s.platform,
    s.userId,
    now - limits.codeCooldownMinutes * 60_000,
  );
  record(db, s, 'wrong', now);
}

function record(db: DB, s: CodeSender, kind: 'wrong' | 'told', at: number): void {
  statement(db, `INSERT INTO code_attempts (organisation_id, platform, user_id, kind, at) VALUES (?, ?, ?, ?, ?)`).run(
    s.organisationId,
    s.platform,
    s.userId,
    kind,
    at,
  );
}
