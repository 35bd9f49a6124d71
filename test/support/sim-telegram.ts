import { GrammyError } from 'grammy';
import { TELEGRAM_LIMITS } from '../../src/adapters/telegram/adapter.js';
import { toDeliveryFailure } from '../../src/adapters/telegram/errors.js';
import type { Delivery, DeliveryResult, MessengerAdapter, PlatformLimits } from '../../src/messaging/types.js';
import { TELEGRAM_PUBLISHED, TelegramRules, type TelegramDecision } from './platforms/telegram-rules.js';
import { Network, SimAdapterBase, type OneWay, type SimTime } from './sim-platform.js';

/**
 * The simulated Telegram Bot API, behind the MessengerAdapter port, on simulated time: the one
 * used by the tests and the benchmark. What Telegram accepts or refuses is decided by
 * TelegramRules (platforms/telegram-rules.ts), the same model the fake Bot API server answers by,
 * with its own counters (not the dispatcher's table), by the server's clock when a call arrives.
 * A refusal is turned into a DeliveryResult by the real adapter's error mapping; a refused call
 * delivers nothing. Calls cross a network with latency and, if asked, jitter.
 */

export { TELEGRAM_PUBLISHED };

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
  /** The platform's rules and counters. */
  readonly rules: TelegramRules;
  private readonly net: Network;
  private nextMessageId = 1;
  /** Calls answered 429: overall, and for one chat. */
  readonly tooMany: TelegramRules['tooMany'];
  calls = 0;
  /** Called right after a message is delivered (a test stops the world here). */
  afterSend?: () => void;

  constructor(
    private readonly clock: SimTime,
    opts: SimTelegramOptions = {},
  ) {
    super();
    this.limits = { ...TELEGRAM_LIMITS, ...opts.declared };
    this.rules = new TelegramRules({
      blocked: this.blocked,
      ...(opts.messagesPerSecond !== undefined ? { messagesPerSecond: opts.messagesPerSecond } : {}),
      ...(opts.perChatIntervalMs !== undefined ? { perChatIntervalMs: opts.perChatIntervalMs } : {}),
    });
    this.tooMany = this.rules.tooMany;
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
    const decision = this.rules.decide(now, { method, chatId: chat, textLength: d.message.text.length });
    if (!decision.ok) return this.fail(method, chat, decision);
    if (d.op === 'edit') {
      this.ledger.edits++;
      return { ok: true, platformMessageId: d.platformMessageId };
    }
    const messageId = String(this.nextMessageId++);
    this.ledger.add(chat, now, messageId, d.message);
    this.afterSend?.();
    return { ok: true, platformMessageId: messageId };
  }

  /** A refusal as grammY reports it, through the real adapter's error mapping. */
  private fail(method: string, chat: string, refused: Exclude<TelegramDecision, { ok: true }>): DeliveryResult {
    const err = new GrammyError(
      `Call to '${method}' failed! (${refused.error_code}: ${refused.description})`,
      { ok: false, error_code: refused.error_code, description: refused.description, parameters: refused.parameters ?? {} },
      method,
      { chat_id: chat },
    );
    return toDeliveryFailure(err);
  }
}
