import { VK_LIMITS } from '../../src/adapters/vk/adapter.js';
import { resultForVkError, VK_ERROR } from '../../src/adapters/vk/errors.js';
import { randomIdFor } from '../../src/adapters/vk/random-id.js';
import type { ChatAddress, Delivery, DeliveryResult, MessengerAdapter, OutgoingMessage } from '../../src/messaging/types.js';
import { Network, SimAdapterBase, SlidingWindow, type OneWay, type SimTime } from './sim-platform.js';

/**
 * The simulated VK API (community token), behind the MessengerAdapter port, on simulated time:
 * the one used by the tests and the benchmark. Its own model and counters, by the server's
 * clock when a call arrives: at most 20 requests in any second — every request counts, refused
 * ones too — and error 6 "Too many requests per second" beyond that; flood control (error 9)
 * when one peer is sent more than 3 messages in 3 seconds; `messages.send` takes up to 100
 * `peer_ids` (more is error 100, a bad parameter). Like VK it drops a repeated `random_id` to
 * the same peer, so a resend after an unknown outcome does not reach the person twice. Errors go
 * through the real adapter's error table. Calls cross a network with latency and, if asked, jitter.
 */

/** VK's figures for a community token (dev.vk.com/ru/api/api-requests), as this simulator enforces them. */
export const VK_PUBLISHED = Object.freeze({
  requestsPerSecond: 20,
  peersPerSend: 100,
  maxTextLength: 4096,
  /** Not published as a figure: this simulator's model of "flood control" for one conversation. */
  floodPerPeer: { messages: 3, windowMs: 3000 },
});

export interface SimVkOptions {
  /** Round trip of one call, split evenly into two legs (no jitter). */
  latencyMs?: number;
  /** One-way latency of each leg, fixed or [min, max] (jitter); wins over `latencyMs`. */
  oneWayMs?: OneWay;
  requestsPerSecond?: number;
  seed?: number;
}

const PARAM_ERROR = 100;

export class SimVk extends SimAdapterBase implements MessengerAdapter {
  readonly platform = 'vk' as const;
  readonly limits = VK_LIMITS;
  private readonly window: SlidingWindow;
  private readonly net: Network;
  private readonly toPeer = new Map<string, SlidingWindow>();
  private readonly seenRandomIds = new Map<string, Map<number, string>>();
  private nextMessageId = 1;
  /** Requests answered with error 6. */
  tooMany = 0;
  /** Messages refused with error 9 (flood control for one peer). */
  flood = 0;
  /** Requests (messages.send and messages.edit calls) that arrived. */
  calls = 0;
  /** Sends VK dropped as repeats of a random_id. */
  repeatsDropped = 0;

  constructor(
    private readonly clock: SimTime,
    opts: SimVkOptions = {},
  ) {
    super();
    this.window = new SlidingWindow(opts.requestsPerSecond ?? VK_PUBLISHED.requestsPerSecond, 1000);
    this.net = new Network(clock, opts.oneWayMs ?? (opts.latencyMs ?? 0) / 2, opts.seed);
  }

  get rateLimited(): number {
    return this.tooMany + this.flood;
  }

  async deliver(d: Delivery): Promise<DeliveryResult> {
    await this.net.leg();
    let result: DeliveryResult;
    if (d.op === 'edit') {
      result = this.request() ?? (this.ledger.edits++, { ok: true, platformMessageId: d.platformMessageId });
    } else {
      const results = this.send([d.to], d.message, randomIdFor(d.idempotencyKey));
      result = results.get(d.to.chatId)!;
    }
    await this.net.leg();
    return result;
  }

  async deliverBatch(to: ChatAddress[], message: OutgoingMessage, idempotencyKey: number): Promise<Map<string, DeliveryResult>> {
    const salt = to.map((a) => a.chatId).join(',');
    await this.net.leg();
    const results = this.send(to, message, randomIdFor(idempotencyKey, 0, salt));
    await this.net.leg();
    return results;
  }

  /** One request arrives: counted, and refused with error 6 when the second is full. */
  private request(): DeliveryResult | null {
    this.calls++;
    const now = this.clock.now();
    const full = this.window.full(now);
    this.window.record(now);
    if (full) {
      this.tooMany++;
      return resultForVkError(VK_ERROR.TOO_MANY, 'Too many requests per second');
    }
    return null;
  }

  /** messages.send with peer_ids: one request, a result per peer. */
  private send(to: ChatAddress[], message: OutgoingMessage, randomId: number): Map<string, DeliveryResult> {
    const out = new Map<string, DeliveryResult>();
    const refused = this.request();
    if (refused) {
      for (const a of to) out.set(a.chatId, refused);
      return out;
    }
    if (to.length > VK_PUBLISHED.peersPerSend) {
      const bad = resultForVkError(PARAM_ERROR, 'One of the parameters specified was missing or invalid: peer_ids is too long');
      for (const a of to) out.set(a.chatId, bad);
      return out;
    }
    if (message.text.length > VK_PUBLISHED.maxTextLength) {
      for (const a of to) out.set(a.chatId, resultForVkError(914, 'Message is too long'));
      return out;
    }
    const now = this.clock.now();
    for (const a of to) {
      const peer = a.chatId;
      if (this.blocked.has(peer)) {
        out.set(peer, resultForVkError(VK_ERROR.NOT_ALLOWED, "Can't send messages for users without permission"));
        continue;
      }
      let seen = this.seenRandomIds.get(peer);
      const earlier = seen?.get(randomId);
      if (earlier !== undefined) {
        this.repeatsDropped++;
        out.set(peer, { ok: true, platformMessageId: earlier });
        continue;
      }
      let peerWindow = this.toPeer.get(peer);
      if (!peerWindow) this.toPeer.set(peer, (peerWindow = new SlidingWindow(VK_PUBLISHED.floodPerPeer.messages, VK_PUBLISHED.floodPerPeer.windowMs)));
      if (peerWindow.full(now)) {
        this.flood++;
        out.set(peer, resultForVkError(VK_ERROR.FLOOD, 'Flood control: too much messages sent to user'));
        continue;
      }
      peerWindow.record(now);
      const messageId = String(this.nextMessageId++);
      if (!seen) this.seenRandomIds.set(peer, (seen = new Map()));
      seen.set(randomId, messageId);
      this.ledger.add(peer, now, messageId, message);
      out.set(peer, { ok: true, platformMessageId: messageId });
    }
    return out;
  }
}
