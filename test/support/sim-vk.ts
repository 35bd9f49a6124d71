import { VK_LIMITS } from '../../src/adapters/vk/adapter.js';
import { resultForVkError } from '../../src/adapters/vk/errors.js';
import { randomIdFor } from '../../src/adapters/vk/random-id.js';
import type { ChatAddress, Delivery, DeliveryResult, MessengerAdapter, OutgoingMessage } from '../../src/messaging/types.js';
import { VK_PUBLISHED, VkRules, type VkDecision } from './platforms/vk-rules.js';
import { Network, SimAdapterBase, type OneWay, type SimTime } from './sim-platform.js';

/**
 * The simulated VK API (community token), behind the MessengerAdapter port, on simulated time:
 * the one used by the tests and the benchmark. What VK accepts or refuses is decided by VkRules
 * (platforms/vk-rules.ts), the same model the fake VK API server answers by, with its own
 * counters, by the server's clock when a call arrives: 20 requests in any second (refused ones
 * count too), error 6 beyond; flood control (error 9) for one peer; `messages.send` to up to 100
 * `peer_ids`. Like VK it drops a repeated `random_id` to the same peer, so a resend after an
 * unknown outcome does not reach the person twice. Errors go through the real adapter's error
 * table. Calls cross a network with latency and, if asked, jitter.
 */

export { VK_PUBLISHED };

export interface SimVkOptions {
  /** Round trip of one call, split evenly into two legs (no jitter). */
  latencyMs?: number;
  /** One-way latency of each leg, fixed or [min, max] (jitter); wins over `latencyMs`. */
  oneWayMs?: OneWay;
  requestsPerSecond?: number;
  seed?: number;
}

export class SimVk extends SimAdapterBase implements MessengerAdapter {
  readonly platform = 'vk' as const;
  readonly limits = VK_LIMITS;
  /** The platform's rules and counters. */
  readonly rules: VkRules;
  private readonly net: Network;
  private readonly seenRandomIds = new Map<string, Map<number, string>>();
  private nextMessageId = 1;
  /** Requests (messages.send and messages.edit calls) that arrived. */
  calls = 0;
  /** Sends VK dropped as repeats of a random_id. */
  repeatsDropped = 0;

  constructor(
    private readonly clock: SimTime,
    opts: SimVkOptions = {},
  ) {
    super();
    this.rules = new VkRules({ blocked: this.blocked, ...(opts.requestsPerSecond !== undefined ? { requestsPerSecond: opts.requestsPerSecond } : {}) });
    this.net = new Network(clock, opts.oneWayMs ?? (opts.latencyMs ?? 0) / 2, opts.seed);
  }

  /** Requests answered with error 6. */
  get tooMany(): number {
    return this.rules.tooMany;
  }

  /** Messages refused with error 9 (flood control for one peer). */
  get flood(): number {
    return this.rules.flood;
  }

  get rateLimited(): number {
    return this.rules.tooMany + this.rules.flood;
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
    const decision = this.rules.request(this.clock.now());
    return decision.ok ? null : failure(decision);
  }

  /** messages.send with peer_ids: one request, a result per peer. */
  private send(to: ChatAddress[], message: OutgoingMessage, randomId: number): Map<string, DeliveryResult> {
    const out = new Map<string, DeliveryResult>();
    const whole = this.request() ?? orNull(this.rules.send({ peers: to.length, textLength: message.text.length }));
    if (whole) {
      for (const a of to) out.set(a.chatId, whole);
      return out;
    }
    const now = this.clock.now();
    for (const a of to) {
      const peer = a.chatId;
      let seen = this.seenRandomIds.get(peer);
      const earlier = seen?.get(randomId);
      const decision = this.rules.peer(now, peer, earlier !== undefined);
      if (!decision.ok) {
        out.set(peer, failure(decision));
        continue;
      }
      if (earlier !== undefined) {
        this.repeatsDropped++;
        out.set(peer, { ok: true, platformMessageId: earlier });
        continue;
      }
      const messageId = String(this.nextMessageId++);
      if (!seen) this.seenRandomIds.set(peer, (seen = new Map()));
      seen.set(randomId, messageId);
      this.ledger.add(peer, now, messageId, message);
      out.set(peer, { ok: true, platformMessageId: messageId });
    }
    return out;
  }
}

/** A refusal as vk-io reports it, through the real adapter's error table. */
function failure(refused: Exclude<VkDecision, { ok: true }>): DeliveryResult {
  return resultForVkError(refused.error_code, refused.error_msg);
}

function orNull(decision: VkDecision): DeliveryResult | null {
  return decision.ok ? null : failure(decision);
}
