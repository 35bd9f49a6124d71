import { MaxError } from '@maxhub/max-bot-api';
import { MAX_LIMITS } from '../../src/adapters/max/adapter.js';
import { RETRY_AFTER_FIELD, toDeliveryFailure } from '../../src/adapters/max/errors.js';
import type { Delivery, DeliveryResult, MessengerAdapter } from '../../src/messaging/types.js';
import type { SimClock } from './sim-clock.js';
import { SimAdapterBase, SlidingWindow } from './sim-platform.js';

/**
 * A simulated MAX Bot API behind the MessengerAdapter port, on simulated time. Its own
 * counters, by the clock when a call arrives: at most 30 requests in any second for the bot,
 * at most 2 messages a second into one dialog; beyond them 429 with a Retry-After in whole
 * seconds; 403 chat.denied for a person who blocked the bot; 400 for a text over 4,000. Errors
 * go through the real adapter's error table (as the SDK's MaxError).
 */
export interface SimMaxOptions {
  latencyMs?: number;
  requestsPerSecond?: number;
}

export class SimMax extends SimAdapterBase implements MessengerAdapter {
  readonly platform = 'max' as const;
  readonly limits = MAX_LIMITS;
  private readonly window: SlidingWindow;
  private readonly latencyMs: number;
  private readonly perChat = new Map<string, SlidingWindow>();
  private nextMessageId = 1;
  tooMany = 0;
  calls = 0;

  constructor(
    private readonly clock: SimClock,
    opts: SimMaxOptions = {},
  ) {
    super();
    this.window = new SlidingWindow(opts.requestsPerSecond ?? 30, 1000);
    this.latencyMs = opts.latencyMs ?? 0;
  }

  get rateLimited(): number {
    return this.tooMany;
  }

  async deliver(d: Delivery): Promise<DeliveryResult> {
    const result = this.arrive(d);
    if (this.latencyMs > 0) await this.clock.sleep(this.latencyMs);
    return result;
  }

  private arrive(d: Delivery): DeliveryResult {
    this.calls++;
    const now = this.clock.now();
    if (this.window.full(now)) return this.tooManyRequests(this.window.msUntilFree(now));
    this.window.record(now);
    if (d.op === 'edit') {
      this.ledger.edits++;
      return { ok: true, platformMessageId: d.platformMessageId };
    }
    const chat = d.to.chatId;
    if (this.blocked.has(chat)) return this.fail(403, 'chat.denied', 'Key: error.dialog.suspended');
    if (d.message.text.length > this.limits.maxTextLength) return this.fail(400, 'proto.payload', 'text: size must be between 0 and 4000');
    let dialog = this.perChat.get(chat);
    if (!dialog) this.perChat.set(chat, (dialog = new SlidingWindow(2, 1000)));
    if (dialog.full(now)) return this.tooManyRequests(dialog.msUntilFree(now));
    dialog.record(now);
    const messageId = `mid.sim.${this.nextMessageId++}`;
    this.ledger.add(chat, now, messageId, d.message);
    return { ok: true, platformMessageId: messageId };
  }

  private tooManyRequests(waitMs: number): DeliveryResult {
    this.tooMany++;
    return this.fail(429, 'too.many.requests', 'Too many requests', Math.max(1, Math.ceil(waitMs / 1000)) * 1000);
  }

  private fail(status: number, code: string, message: string, retryAfterMs?: number): DeliveryResult {
    const body = { code, message, ...(retryAfterMs !== undefined ? { [RETRY_AFTER_FIELD]: retryAfterMs } : {}) };
    return toDeliveryFailure(new MaxError(status, body as never));
  }
}
