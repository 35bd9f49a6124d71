import { SlidingWindow } from './sliding-window.js';

/**
 * MAX's rules for a bot, as one model: the simulated MAX (SimMax, on simulated time) and the
 * fake MAX API server (fake-max-server, on real time) both ask it, so a test through the real
 * adapter and the SDK and the benchmark meet the same platform. Given the moment a call arrives
 * (the server's clock), the call and its own counters, it decides: delivered, or refused with
 * MAX's own answer (HTTP status, `code`, `message`, and a Retry-After in whole seconds).
 *
 * The model, in two steps as a request goes through MAX:
 * - `request`: every request of the bot (but the long poll, which MAX holds): at most 30 in any
 *   second (a sliding window), beyond them 429 too.many.requests; a refused request is not
 *   counted;
 * - `message`, for a message that is sent: 403 chat.denied to a person who blocked the bot; 400
 *   for a text over 4,000 characters; at most 2 messages in any second into one dialog, beyond
 *   them 429.
 * A 429 carries the wait until the call would fit, in whole seconds (at least 1).
 *
 * Its figures are what MAX publishes (dev.max.ru: 30 requests a second, text up to 4,000, about
 * two messages a second into one dialog), written here, never taken from src/ (whose figures
 * are the code under test).
 */
export const MAX_PUBLISHED = Object.freeze({
  requestsPerSecond: 30,
  messagesPerDialogPerSecond: 2,
  maxTextLength: 4000,
});

export interface MaxMessageCall {
  /** The dialog or chat the message goes to. */
  chatId: string;
  /** The length of the message text, in JavaScript characters. */
  textLength: number;
}

export type MaxDecision =
  | { ok: true }
  | { ok: false; status: number; code: string; message: string; retryAfterSeconds?: number };

export interface MaxRulesOptions {
  /** Other figures than the published ones, when a test wants them; `null`: no such limit. */
  requestsPerSecond?: number | null;
  messagesPerDialogPerSecond?: number | null;
  /** Chats that blocked the bot (shared with whoever owns the set, e.g. a simulator's `blocked`). */
  blocked?: Set<string>;
}

export class MaxRules {
  readonly blocked: Set<string>;
  /** Calls answered 429 (overall or for one dialog). */
  tooMany = 0;
  private readonly window: SlidingWindow | null;
  private readonly perDialog: number | null;
  private readonly dialogs = new Map<string, SlidingWindow>();

  constructor(opts: MaxRulesOptions = {}) {
    const rps = opts.requestsPerSecond === undefined ? MAX_PUBLISHED.requestsPerSecond : opts.requestsPerSecond;
    this.window = rps === null ? null : new SlidingWindow(rps, 1000);
    this.perDialog = opts.messagesPerDialogPerSecond === undefined ? MAX_PUBLISHED.messagesPerDialogPerSecond : opts.messagesPerDialogPerSecond;
    this.blocked = opts.blocked ?? new Set();
  }

  /** MAX without rate limits (a fake that only checks what a message may be). */
  static withoutRates(): MaxRules {
    return new MaxRules({ requestsPerSecond: null, messagesPerDialogPerSecond: null });
  }

  /** A request of the bot arrives at `now`; a delivered one is counted. */
  request(now: number): MaxDecision {
    if (!this.window) return { ok: true };
    if (this.window.full(now)) return this.tooManyRequests(this.window.msUntilFree(now));
    this.window.record(now);
    return { ok: true };
  }

  /** A message that passed `request`, to be sent into a chat at `now`; a delivered one is counted. */
  message(now: number, call: MaxMessageCall): MaxDecision {
    if (this.blocked.has(call.chatId)) return { ok: false, status: 403, code: 'chat.denied', message: `Key: error.dialog.suspended, args: [${call.chatId},].` };
    if (call.textLength > MAX_PUBLISHED.maxTextLength) {
      return { ok: false, status: 400, code: 'proto.payload', message: `text: size must be between 0 and ${MAX_PUBLISHED.maxTextLength}` };
    }
    if (this.perDialog === null) return { ok: true };
    let dialog = this.dialogs.get(call.chatId);
    if (!dialog) this.dialogs.set(call.chatId, (dialog = new SlidingWindow(this.perDialog, 1000)));
    if (dialog.full(now)) return this.tooManyRequests(dialog.msUntilFree(now));
    dialog.record(now);
    return { ok: true };
  }

  private tooManyRequests(waitMs: number): MaxDecision {
    this.tooMany++;
    return { ok: false, status: 429, code: 'too.many.requests', message: 'Too many requests', retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }
}
