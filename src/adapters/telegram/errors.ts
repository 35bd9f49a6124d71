/**
 * Failures of Bot API calls → the port's `DeliveryResult`. The one place that decides which
 * Telegram answers are worth a retry. Details carry Telegram's description or an error code,
 * never a URL (a Bot API URL holds the token).
 */
import { GrammyError, HttpError } from 'grammy';
import type { DeliveryResult } from '../../messaging/types.js';

export type DeliveryFailure = Exclude<DeliveryResult, { ok: true }>;

/** 400 answers that mean the chat cannot be written to at all, rather than this message being bad. */
const UNREACHABLE_400 = [/chat not found/i, /user not found/i, /have no rights to send/i, /not enough rights to send/i, /peer_id_invalid/i];

/** True for "Bad Request: message is not modified": an edit that changes nothing. */
export function isNotModified(err: unknown): boolean {
  return err instanceof GrammyError && err.error_code === 400 && /message is not modified/i.test(err.description);
}

/** True when editMessageText hit a message without text (a photo or document with a caption). */
export function isNoTextToEdit(err: unknown): boolean {
  return err instanceof GrammyError && err.error_code === 400 && /no text in the message to edit/i.test(err.description);
}

/** A short, token-free name for a low-level error (ECONNREFUSED, AbortError…). */
export function errorCodeOf(err: unknown): string {
  if (typeof err === 'object' && err !== null) {
    const e = err as { code?: unknown; name?: unknown; cause?: unknown };
    if (typeof e.code === 'string') return e.code;
    if (e.cause && typeof e.cause === 'object' && typeof (e.cause as { code?: unknown }).code === 'string') {
      return (e.cause as { code: string }).code;
    }
    if (typeof e.name === 'string') return e.name;
  }
  return 'unknown';
}

/** Removes the token from a text, in case a lower layer put a URL into an error message. */
export function scrubToken(text: string, token: string): string {
  return token ? text.split(token).join('<token>') : text;
}

export function toDeliveryFailure(err: unknown): DeliveryFailure {
  if (err instanceof GrammyError) {
    const code = err.error_code;
    const detail = `${code ?? '?'}: ${err.description ?? 'no description'}`;
    if (code === 429) {
      const seconds = typeof err.parameters?.retry_after === 'number' ? err.parameters.retry_after : 1;
      return { ok: false, reason: 'rate_limited', retryAfterMs: Math.max(0, seconds) * 1000, detail };
    }
    if (code === 403) return { ok: false, reason: 'unreachable', detail };
    if (code === 400) {
      if (typeof err.parameters?.migrate_to_chat_id === 'number') {
        return { ok: false, reason: 'rejected', detail: `${detail} (group moved to ${err.parameters.migrate_to_chat_id})` };
      }
      if (UNREACHABLE_400.some((re) => re.test(err.description ?? ''))) return { ok: false, reason: 'unreachable', detail };
      return { ok: false, reason: 'rejected', detail };
    }
    // 401 (token revoked), 404, 5xx, or a server that answered without an error code: not this
    // message's fault, and may pass.
    return { ok: false, reason: 'transient', detail };
  }
  if (err instanceof HttpError) {
    // HttpError's own message names the method only; the wrapped error may hold the URL.
    return { ok: false, reason: 'transient', detail: `${err.message} [${errorCodeOf(err.error)}]` };
  }
  return { ok: false, reason: 'transient', detail: `unexpected: ${errorCodeOf(err)}` };
}
