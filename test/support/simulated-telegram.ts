import type { FakeClock } from '../../src/clock.js';
import type { Delivery, DeliveryResult, MessengerAdapter, PlatformLimits } from '../../src/messaging/types.js';

/**
 * A simulated Telegram on a fake clock that enforces the platform's limits: at most
 * `perSecond` sends in any one second overall and one a second per chat; over them it answers
 * 429 with retry_after, as Telegram does. It counts what each chat received, so a test can
 * check that everyone got exactly one copy. `declared` lets a test make the bot believe in
 * looser limits than the platform enforces, to provoke 429s.
 */
export class SimulatedTelegram implements MessengerAdapter {
  readonly platform = 'telegram' as const;
  readonly limits: PlatformLimits;
  readonly received = new Map<string, number>();
  rejected429 = 0;
  delivered = 0;
  lastSentAt = 0;
  /** Called after each successful send (a test stops the world here). */
  afterSend?: () => void;
  private window = -1;
  private inWindow = 0;
  private readonly lastToChat = new Map<string, number>();

  constructor(
    private readonly clock: FakeClock,
    private readonly perSecond = 30,
    declared?: Partial<PlatformLimits>,
  ) {
    this.limits = { globalPerSecond: 30, perChatIntervalMs: 1000, maxTextLength: 4096, idempotentSend: false, ...declared };
  }

  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  async deliver(d: Delivery): Promise<DeliveryResult> {
    const now = this.clock.now();
    const second = Math.floor(now / 1000);
    if (second !== this.window) {
      this.window = second;
      this.inWindow = 0;
    }
    const last = this.lastToChat.get(d.to.chatId);
    if (this.inWindow >= this.perSecond || (last !== undefined && now - last < 1000)) {
      this.rejected429++;
      return { ok: false, reason: 'rate_limited', retryAfterMs: 1000, detail: 'Too Many Requests: retry after 1' };
    }
    this.inWindow++;
    this.lastToChat.set(d.to.chatId, now);
    if (d.op === 'send') {
      this.received.set(d.to.chatId, (this.received.get(d.to.chatId) ?? 0) + 1);
      this.delivered++;
    }
    this.lastSentAt = now;
    this.afterSend?.();
    return { ok: true, platformMessageId: `${d.to.chatId}:${this.delivered}` };
  }
}
