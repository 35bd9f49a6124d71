import { GrammyError } from 'grammy';
import { TELEGRAM_LIMITS } from '../../src/adapters/telegram/adapter.js';
import { toDeliveryFailure } from '../../src/adapters/telegram/errors.js';
import type { Delivery, DeliveryResult, MessengerAdapter } from '../../src/messaging/types.js';
import type { SimClock } from './sim-clock.js';
import { SimAdapterBase, SlidingWindow } from './sim-platform.js';

/**
 * A simulated Telegram Bot API behind the MessengerAdapter port, on simulated time. It enforces
 * the published limits with its own counters, by the clock at the moment a call arrives:
 * at most 30 messages in any second for the whole bot, and at most one message a second to one
 * chat. Excess is answered with 429 and `retry_after` (whole seconds, as Telegram does), turned
 * into a DeliveryResult by the real adapter's error mapping. A rejected call delivers nothing.
 */
export interface SimTelegramOptions {
  /** Simulated round trip of one call; the answer comes this much later. */
  latencyMs?: number;
  globalPerSecond?: number;
  perChatIntervalMs?: number;
}

export class SimTelegram extends SimAdapterBase implements MessengerAdapter {
  readonly platform = 'telegram' as const;
  readonly limits = TELEGRAM_LIMITS;
  private readonly window: SlidingWindow;
  private readonly perChatMs: number;
  private readonly latencyMs: number;
  private readonly lastToChat = new Map<string, number>();
  private nextMessageId = 1;
  /** Calls answered 429: overall, and for one chat. */
  readonly tooMany = { global: 0, perChat: 0 };
  calls = 0;

  constructor(
    private readonly clock: SimClock,
    opts: SimTelegramOptions = {},
  ) {
    super();
    this.window = new SlidingWindow(opts.globalPerSecond ?? 30, 1000);
    this.perChatMs = opts.perChatIntervalMs ?? 1000;
    this.latencyMs = opts.latencyMs ?? 0;
  }

  get rateLimited(): number {
    return this.tooMany.global + this.tooMany.perChat;
  }

  async deliver(d: Delivery): Promise<DeliveryResult> {
    const result = this.arrive(d);
    if (this.latencyMs > 0) await this.clock.sleep(this.latencyMs);
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
    if (d.message.text.length > this.limits.maxTextLength) return this.fail(method, chat, 400, 'Bad Request: message is too long');
    if (this.window.full(now)) return this.tooManyRequests(method, chat, this.window.msUntilFree(now), 'global');
    const last = this.lastToChat.get(chat);
    if (last !== undefined && now - last < this.perChatMs) {
      return this.tooManyRequests(method, chat, this.perChatMs - (now - last), 'perChat');
    }
    this.window.record(now);
    this.lastToChat.set(chat, now);
    const messageId = String(this.nextMessageId++);
    this.ledger.add(chat, now, messageId, d.message);
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
