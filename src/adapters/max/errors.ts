/**
 * Failures of MAX API calls → what the dispatcher understands (DeliveryResult). One table, so
 * the meaning of an answer is decided in one place. Details carry MAX's status and error code,
 * never a token (MAX takes it in a header, so URLs hold none).
 */
import { MaxError } from '@maxhub/max-bot-api';
import type { DeliveryResult } from '../../messaging/types.js';

export type DeliveryFailure = Exclude<DeliveryResult, { ok: true }>;

/** MAX does not always say how long to wait after 429; one second keeps within 30 requests a second. */
export const DEFAULT_RETRY_AFTER_MS = 1_000;

/**
 * The fetch the SDK is given copies a 429's `Retry-After` header into the error body under this
 * name (the SDK keeps the body, not the headers), so the wait is what the server said.
 */
export const RETRY_AFTER_FIELD = 'retry_after_ms';

/** The wait a Retry-After header asks for (seconds or an HTTP date), in milliseconds. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return Math.round(seconds * 1000);
  const at = Date.parse(header);
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}

/** Codes and messages that mean the chat cannot be written to at all. */
const UNREACHABLE = /chat\.denied|dialog\.suspended|user\.blocked|bot\.blocked|chat\.not\.found|user\.not\.found|not\.a\.member|access\.denied/i;

function describe(err: MaxError): string {
  const code = err.code ? ` ${err.code}` : '';
  const message = err.description ? `: ${String(err.description).slice(0, 200)}` : '';
  return `max ${err.status}${code}${message}`;
}

/** True when MAX refused the token (revoked, or never valid). */
export function isAuthError(err: unknown): boolean {
  return err instanceof MaxError && err.status === 401;
}

export function isNotModified(err: unknown): boolean {
  return err instanceof MaxError && err.status === 400 && /not\.modified/i.test(`${err.code} ${err.description}`);
}

/** A thrown error (MaxError, network trouble, a timeout) → a delivery result. */
export function toDeliveryFailure(err: unknown, op: 'send' | 'edit' = 'send'): DeliveryFailure {
  if (err instanceof MaxError) {
    const detail = describe(err);
    const said = `${err.code ?? ''} ${err.description ?? ''}`;
    if (err.status === 429) {
      const response = (err as unknown as { response: Record<string, unknown> }).response ?? {};
      const ms = typeof response[RETRY_AFTER_FIELD] === 'number' ? (response[RETRY_AFTER_FIELD] as number) : DEFAULT_RETRY_AFTER_MS;
      return { ok: false, reason: 'rate_limited', retryAfterMs: ms, detail };
    }
    if (err.status === 403) return { ok: false, reason: 'unreachable', detail };
    if (err.status === 404) {
      // A send to a chat that is gone; an edit of a message that is gone is only this message's trouble.
      return op === 'send' || UNREACHABLE.test(said) ? { ok: false, reason: 'unreachable', detail } : { ok: false, reason: 'rejected', detail };
    }
    if (err.status === 400) {
      if (/attachment\.not\.ready/i.test(said)) return { ok: false, reason: 'transient', detail };
      if (UNREACHABLE.test(said)) return { ok: false, reason: 'unreachable', detail };
      return { ok: false, reason: 'rejected', detail };
    }
    // 401 (a revoked token: keep the messages and log loudly), 5xx, 499 (an upload cut off):
    // not this message's fault, and may pass.
    return { ok: false, reason: 'transient', detail };
  }
  if (err instanceof Error) {
    const cause = (err as { cause?: { code?: unknown } }).cause;
    const code = typeof cause?.code === 'string' ? cause.code : err.name;
    return { ok: false, reason: 'transient', detail: `network: ${code}` };
  }
  return { ok: false, reason: 'transient', detail: `unexpected: ${typeof err}` };
}
