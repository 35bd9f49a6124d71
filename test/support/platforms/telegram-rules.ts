import { SlidingWindow } from './sliding-window.js';

/**
 * Telegram's rules for a bot, as one model: the simulated Telegram (SimTelegram, on simulated
 * time) and the fake Bot API server (fake-bot-api, on real time, opt-in) both ask it, so a test
 * through grammY and the benchmark meet the same platform. Given the moment a call arrives (the
 * server's clock), the call and its own counters, it decides: delivered, or refused with
 * Telegram's own answer (error_code, description, parameters.retry_after).
 *
 * The model, in the order it is applied to a sendMessage:
 * - a chat that blocked the bot: 403 "Forbidden: bot was blocked by the user";
 * - a text over 4,096 characters: 400 "Bad Request: message is too long";
 * - more than 30 messages in any second for the whole bot (a sliding window): 429;
 * - a second message to one chat within a second: 429;
 * an edit counts toward the 30 a second like any call that writes. A 429 carries `retry_after`
 * in whole seconds (at least 1), the wait until the call would fit. A refused call is not
 * counted. Other methods (getMe, getUpdates, answerCallbackQuery…) are not limited here.
 *
 * Its figures are what Telegram publishes (core.telegram.org/bots/faq), written here, never
 * taken from src/ (whose figures are the code under test).
 */
export const TELEGRAM_PUBLISHED = Object.freeze({
  messagesPerSecond: 30,
  perChatIntervalMs: 1000,
  maxTextLength: 4096,
});

export interface TelegramCall {
  /** The Bot API method, e.g. "sendMessage", "editMessageText". */
  method: string;
  chatId: string;
  /** The length of the message text, in JavaScript characters. */
  textLength: number;
}

export type TelegramDecision =
  | { ok: true }
  | { ok: false; error_code: number; description: string; parameters?: { retry_after: number } };

export interface TelegramRulesOptions {
  /** Other figures than the published ones, when a test wants them. */
  messagesPerSecond?: number;
  perChatIntervalMs?: number;
  /** Chats that blocked the bot (shared with whoever owns the set, e.g. a simulator's `blocked`). */
  blocked?: Set<string>;
}

/** Methods that send a message to a chat (counted overall and per chat). */
const SENDS = /^(send(?!ChatAction)[A-Z]\w*|copyMessages?|forwardMessages?)$/;
/** Methods that change a sent message (counted overall). */
const EDITS = /^editMessage\w+$/;

export class TelegramRules {
  readonly blocked: Set<string>;
  /** Calls answered 429: overall, and for one chat. */
  readonly tooMany = { global: 0, perChat: 0 };
  private readonly window: SlidingWindow;
  private readonly perChatMs: number;
  private readonly lastToChat = new Map<string, number>();

  constructor(opts: TelegramRulesOptions = {}) {
    this.window = new SlidingWindow(opts.messagesPerSecond ?? TELEGRAM_PUBLISHED.messagesPerSecond, 1000);
    this.perChatMs = opts.perChatIntervalMs ?? TELEGRAM_PUBLISHED.perChatIntervalMs;
    this.blocked = opts.blocked ?? new Set();
  }

  /** Whether these rules concern `method` at all. */
  governs(method: string): boolean {
    return SENDS.test(method) || EDITS.test(method);
  }

  /** The server's decision on `call`, arriving at `now`; a delivered call is counted. */
  decide(now: number, call: TelegramCall): TelegramDecision {
    if (EDITS.test(call.method)) {
      if (this.window.full(now)) return this.tooManyRequests(this.window.msUntilFree(now), 'global');
      this.window.record(now);
      return { ok: true };
    }
    if (!SENDS.test(call.method)) return { ok: true };
    if (this.blocked.has(call.chatId)) return { ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' };
    if (call.textLength > TELEGRAM_PUBLISHED.maxTextLength) return { ok: false, error_code: 400, description: 'Bad Request: message is too long' };
    if (this.window.full(now)) return this.tooManyRequests(this.window.msUntilFree(now), 'global');
    const last = this.lastToChat.get(call.chatId);
    if (last !== undefined && now - last < this.perChatMs) return this.tooManyRequests(this.perChatMs - (now - last), 'perChat');
    this.window.record(now);
    this.lastToChat.set(call.chatId, now);
    return { ok: true };
  }

  private tooManyRequests(waitMs: number, kind: 'global' | 'perChat'): TelegramDecision {
    this.tooMany[kind]++;
    const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
    return { ok: false, error_code: 429, description: `Too Many Requests: retry after ${retryAfter}`, parameters: { retry_after: retryAfter } };
  }
}
