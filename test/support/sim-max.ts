import { MaxError } from '@maxhub/max-bot-api';
import { MAX_LIMITS } from '../../src/adapters/max/adapter.js';
import { RETRY_AFTER_FIELD, toDeliveryFailure } from '../../src/adapters/max/errors.js';
import type { Clock } from '../../src/clock.js';
import type { Delivery, DeliveryResult, MessengerAdapter } from '../../src/messaging/types.js';
import { MaxRules, type MaxDecision } from './platforms/max-rules.js';
import { SimAdapterBase } from './sim-platform.js';

/**
 * A simulated MAX Bot API behind the MessengerAdapter port, on simulated time. What MAX accepts
 * or refuses is decided by MaxRules (platforms/max-rules.ts), the same model the fake MAX API
 * server answers by, with its own counters, by the clock when a call arrives: 30 requests a
 * second, 2 messages a second into one dialog, 429 with Retry-After, 403 chat.denied for a person
 * who blocked the bot, 400 for a text over 4,000. Errors go through the real adapter's error
 * table (as the SDK's MaxError).
 */
export interface SimMaxOptions {
  latencyMs?: number;
  requestsPerSecond?: number;
}

export class SimMax extends SimAdapterBase implements MessengerAdapter {
  readonly platform = 'max' as const;
  readonly limits = MAX_LIMITS;
  /** The platform's rules and counters. */
  readonly rules: MaxRules;
  private readonly latencyMs: number;
  private nextMessageId = 1;
  calls = 0;

  constructor(
    private readonly clock: Clock & { sleep?: (ms: number) => Promise<void> },
    opts: SimMaxOptions = {},
  ) {
    super();
    this.rules = new MaxRules({ blocked: this.blocked, ...(opts.requestsPerSecond !== undefined ? { requestsPerSecond: opts.requestsPerSecond } : {}) });
    this.latencyMs = opts.latencyMs ?? 0;
    if (this.latencyMs > 0 && !clock.sleep) throw new Error('latency needs a clock that can sleep (SimClock)');
  }

  /** Calls answered 429. */
  get tooMany(): number {
    return this.rules.tooMany;
  }

  get rateLimited(): number {
    return this.rules.tooMany;
  }

  async deliver(d: Delivery): Promise<DeliveryResult> {
    const result = this.arrive(d);
    if (this.latencyMs > 0) await this.clock.sleep!(this.latencyMs);
    return result;
  }

  private arrive(d: Delivery): DeliveryResult {
    this.calls++;
    const now = this.clock.now();
    const admitted = this.rules.request(now);
    if (!admitted.ok) return this.fail(admitted);
    if (d.op === 'edit') {
      this.ledger.edits++;
      return { ok: true, platformMessageId: d.platformMessageId };
    }
    const chat = d.to.chatId;
    const decision = this.rules.message(now, { chatId: chat, textLength: d.message.text.length });
    if (!decision.ok) return this.fail(decision);
    const messageId = `mid.sim.${this.nextMessageId++}`;
    this.ledger.add(chat, now, messageId, d.message);
    return { ok: true, platformMessageId: messageId };
  }

  /** A refusal as the SDK reports it (the Retry-After copied into the body as the adapter's fetch does). */
  private fail(refused: Exclude<MaxDecision, { ok: true }>): DeliveryResult {
    const retry = refused.retryAfterSeconds !== undefined ? { [RETRY_AFTER_FIELD]: refused.retryAfterSeconds * 1000 } : {};
    return toDeliveryFailure(new MaxError(refused.status, { code: refused.code, message: refused.message, ...retry } as never));
  }
}
