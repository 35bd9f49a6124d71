/**
 * VK API errors → what the dispatcher understands (DeliveryResult). One table, so the meaning
 * of a code is decided in one place.
 */
import type { DeliveryResult } from '../../messaging/types.js';

export const VK_ERROR = {
  UNKNOWN: 1,
  AUTH: 5,
  TOO_MANY: 6,
  PERMISSION: 7,
  FLOOD: 9,
  INTERNAL: 10,
  GROUP_AUTH: 27,
  APP_AUTH: 28,
  BLACKLISTED: 900,
  NOT_ALLOWED: 901,
  PRIVACY: 902,
} as const;

/** VK asks for at most 20 requests a second; after error 6 one second is enough. */
export const TOO_MANY_RETRY_MS = 1_000;
/**
 * Flood control (9) is VK's anti-spam for too many (or identical) messages; it does not say
 * for how long. Ten seconds keeps a retried row from feeding the same flood.
 */
export const FLOOD_RETRY_MS = 10_000;

export type DeliveryFailure = Exclude<DeliveryResult, { ok: true }>;

/** A VK error code (with its message, for the detail) → a delivery result. */
export function resultForVkError(code: number, message = ''): DeliveryFailure {
  const detail = `vk error ${code}${message ? `: ${message}` : ''}`;
  switch (code) {
    case VK_ERROR.TOO_MANY:
      return { ok: false, reason: 'rate_limited', retryAfterMs: TOO_MANY_RETRY_MS, detail };
    case VK_ERROR.FLOOD:
      // Flood control is about one conversation (too many messages to this peer), not the whole bot.
      return { ok: false, reason: 'rate_limited', retryAfterMs: FLOOD_RETRY_MS, detail, scope: 'chat' };
    case VK_ERROR.NOT_ALLOWED:
      return {
        ok: false,
        reason: 'unreachable',
        detail: `${detail} (the person has not allowed messages from the community)`,
      };
    case VK_ERROR.PRIVACY:
      return { ok: false, reason: 'unreachable', detail: `${detail} (the person's privacy settings)` };
    case VK_ERROR.BLACKLISTED:
      return { ok: false, reason: 'unreachable', detail: `${detail} (the person is in the community's blacklist)` };
    case VK_ERROR.UNKNOWN:
    case VK_ERROR.INTERNAL:
      return { ok: false, reason: 'transient', detail };
    // A bad or revoked token fails every send: keep the messages and retry (and log loudly)
    // rather than marking each of them as refused for good.
    case VK_ERROR.AUTH:
    case VK_ERROR.GROUP_AUTH:
    case VK_ERROR.APP_AUTH:
      return { ok: false, reason: 'transient', detail };
    default:
      return { ok: false, reason: 'rejected', detail };
  }
}

/** A thrown error (network, timeout, an APIError from vk-io's upload helpers) → a delivery result. */
export function resultForThrown(err: unknown): DeliveryFailure {
  if (typeof err === 'object' && err !== null) {
    const e = err as { code?: unknown; message?: unknown; name?: unknown };
    const message = typeof e.message === 'string' ? e.message : '';
    // vk-io's APIError carries the numeric VK code and a message "Code №N - …".
    if (typeof e.code === 'number' && e.name === 'APIError') {
      return resultForVkError(e.code, message.replace(/^Code №\d+ - /, ''));
    }
    if (typeof e.code === 'string' && e.name === 'UploadError') {
      return { ok: false, reason: 'rejected', detail: `upload: ${message}` };
    }
    return { ok: false, reason: 'transient', detail: `network: ${message || String(e.name ?? 'error')}` };
  }
  return { ok: false, reason: 'transient', detail: `network: ${String(err)}` };
}

/** Codes worth an error-level log line: the bot's own setup is wrong. */
export function isSetupError(code: number): boolean {
  return code === VK_ERROR.AUTH || code === VK_ERROR.GROUP_AUTH || code === VK_ERROR.APP_AUTH || code === VK_ERROR.PERMISSION;
}
