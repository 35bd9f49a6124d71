import { GrammyError } from 'grammy';
import { TELEGRAM_LIMITS } from '../../src/adapters/telegram/adapter.js';
import { toDeliveryFailure } from '../../src/adapters/telegram/errors.js';
import type { Delivery, DeliveryResult, MessengerAdapter, PlatformLimits } from '../../src/messaging/types.js';
import { Network, SimAdapterBase, SlidingWindow, type OneWay, type SimTime } from './sim-platform.js';

/**
 * The simulated Telegram Bot API, behind the MessengerAdapter port, on simulated time: the one
 * used by the tests and the benchmark. It enforces Telegram's published limits with its own
 * model and counters (not the dispatcher's table), by the server's clock when a call arrives:
 * at most 30 messages in any second (a sliding window) for the whole bot, and one message a
 * second to one chat. Excess is answered 429 with `retry_after` in whole seconds, as Telegram
 * does, and turned into a DeliveryResult by the real adapter's error mapping. A refused call
 * delivers nothing. Calls cross a network with latency and, if asked, jitter.
 */

/** What Telegram publishes (core.telegram.org/bots/faq), as this simulator enforces it. */
export const TELEGRAM_PUBLISHED = Object.freeze({
  messagesPerSecond: 30,
  perChatIntervalMs: 1000,
  maxTextLength: 4096,
});

export interface SimTelegramOptions {
  /** Round trip of one call, split evenly into two legs (no jitter). */
  latencyMs?: number;
  /** One-way latency of each leg, fixed or [min, max] (jitter); wins over `latencyMs`. */
  oneWayMs?: OneWay;
  /** The platform's own limits, when a test wants other figures than the published ones. */
  messagesPerSecond?: number;
  perChatIntervalMs?: number;
  /** What the bot is told the limits are (a test may make it believe in looser ones, to provoke 429s). */
  declared?: Partial<PlatformLimits>;
  seed?: number;
}

export class SimTelegram extends SimAdapterBase implements MessengerAdapter {
  readonly platform = 'telegram' as const;
  readonly limits: PlatformLimits;
  private readonly window: SlidingWindow;
  private readonly perChatMs: number;
  private readonly net: Network;
  private readonly lastToChat = new Map<string, number>();
  private nextMessageId = 1;
  /** Calls answered 429: overall, and for one chat. */
  readonly tooMany = { global: 0, perChat: 0 };
  calls = 0;
  /** Called right after a message is delivered (a test stops the world here). */
  afterSend?: () => void;

  constructor(
    private readonly clock: SimTime,
    opts: SimTelegramOptions = {},
  ) {
    super();
    this.limits = { ...TELEGRAM_LIMITS, ...opts.declared };
    this.window = new SlidingWindow(opts.messagesPerSecond ?? TELEGRAM_PUBLISHED.messagesPerSecond, 1000);
    this.perChatMs = opts.perChatIntervalMs ?? TELEGRAM_PUBLISHED.perChatIntervalMs;
    this.net = new Network(clock, opts.oneWayMs ?? (opts.latencyMs ?? 0) / 2, opts.seed);
  }

  get rateLimited(): number {
    return this.tooMany.global + this.tooMany.perChat;
  }

  async deliver(d: Delivery): Promise<DeliveryResult> {
    await this.net.leg();
    const result = this.arrive(d);
    await this.net.leg();
    return result;
  }

  /** The server's decision, at the moment the call arrives. */
  private arrive(d: Delivery): DeliveryResult {
    this.calls++;
    const now = this.clock.now();
    const chat = d.to.chatId;
    const method = d.op === 'send' ? 'sendMessage' : 'editMessageText';
    if (d.op === 'edit') {
      // Edits count toward the overall limit like any call that writes.
      if (this.window.full(now)) return this.tooManyRequests(method, chat, this.window.msUntilFree(now), 'global');
      this.window.record(now);
      this.ledger.edits++;
      return { ok: true, platformMessageId: d.platformMessageId };
    }
    if (this.blocked.has(chat)) return this.fail(method, chat, 403, 'Forbidden: bot was blocked by the user');
    if (d.message.text.length > TELEGRAM_PUBLISHED.maxTextLength) return this.fail(method, chat, 400, 'Bad Request: message is too long');
    if (this.window.full(now)) return this.tooManyRequests(method, chat, this.window.msUntilFree(now), 'global');
    const last = this.lastToChat.get(chat);
    if (last !== undefined && now - last < this.perChatMs) {
      return this.tooManyRequests(method, chat, this.perChatMs - (now - last), 'perChat');
    }
    this.window.record(now);
    this.lastToChat.set(chat, now);
    const messageId = String(this.nextMessageId++);
    this.ledger.add(chat, now, messageId, d.message);
    this.afterSend?.();
    return { ok: true, platformMessageId: messageId };
  }

  private tooManyRequests(method: string, chat: string, waitMs: number, kind: 'global' | 'perChat'): DeliveryResult {
    this.tooMany[kind]++;
    const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
    return this.fail(method, chat, 429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
  }

  private fail(method: string, chat: string, code: number, description: string, parameters: { retry_after?: number } = {}): DeliveryResult {
    const err = new GrammyError(
      `Call to '${method}' failed! (${code}: ${description})`,
      { ok: false, error_code: code, description, parameters },
      method,
      { chat_id: chat },
    );
    return toDeliveryFailure(err);
  }
}
