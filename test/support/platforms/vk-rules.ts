import { SlidingWindow } from './sliding-window.js';

/**
 * VK's rules for a community token, as one model: the simulated VK (SimVk, on simulated time)
 * and the fake VK API server (fake-vk-server, on real time) both ask it, so a test through
 * vk-io and the benchmark meet the same platform. Given the moment a call arrives (the server's
 * clock), the call and its own counters, it decides: delivered, or refused with VK's own error
 * (`error_code`, `error_msg`).
 *
 * The model, in three steps as a request goes through VK:
 * - `request`: every API request counts, refused ones too; beyond 20 in any second, error 6
 *   "Too many requests per second";
 * - `send`, for messages.send: more than 100 peer_ids is error 100 (a bad parameter); a text
 *   over 4,096 characters is error 914;
 * - `peer`, for each peer of a send: a person who has not allowed messages from the community
 *   is error 901; a repeat of a random_id is dropped by the caller (it answers what it sent the
 *   first time) and not counted; more than 3 messages to one peer in 3 seconds is error 9
 *   (flood control).
 *
 * Its figures are what VK publishes (dev.vk.com/ru/api/api-requests: 20 requests a second for a
 * community token; messages.send: up to 100 peer_ids, 4,096 characters), written here, never
 * taken from src/ (whose figures are the code under test). Flood control has no published
 * figure: 3 in 3 seconds is this model's.
 */
export const VK_PUBLISHED = Object.freeze({
  requestsPerSecond: 20,
  peersPerSend: 100,
  maxTextLength: 4096,
  /** Not published as a figure: this model's "flood control" for one conversation. */
  floodPerPeer: { messages: 3, windowMs: 3000 },
});

export const VK_ERROR_TEXT: Readonly<Record<number, string>> = Object.freeze({
  6: 'Too many requests per second',
  9: 'Flood control: too much messages sent to user',
  100: 'One of the parameters specified was missing or invalid',
  901: "Can't send messages for users without permission",
  914: 'Message is too long',
});

export type VkDecision = { ok: true } | { ok: false; error_code: number; error_msg: string };

export interface VkRulesOptions {
  /** Other figures than the published ones, when a test wants them; `null`: no such limit. */
  requestsPerSecond?: number | null;
  floodPerPeer?: { messages: number; windowMs: number } | null;
  /** Peers that have not allowed messages from the community (shared with a simulator's `blocked`). */
  blocked?: Set<string>;
}

const refused = (code: number, detail = ''): VkDecision => ({ ok: false, error_code: code, error_msg: `${VK_ERROR_TEXT[code] ?? 'error'}${detail}` });

export class VkRules {
  readonly blocked: Set<string>;
  /** Requests answered with error 6. */
  tooMany = 0;
  /** Messages refused with error 9 (flood control for one peer). */
  flood = 0;
  private readonly window: SlidingWindow | null;
  private readonly floodPerPeer: { messages: number; windowMs: number } | null;
  private readonly toPeer = new Map<string, SlidingWindow>();

  constructor(opts: VkRulesOptions = {}) {
    const rps = opts.requestsPerSecond === undefined ? VK_PUBLISHED.requestsPerSecond : opts.requestsPerSecond;
    this.window = rps === null ? null : new SlidingWindow(rps, 1000);
    this.floodPerPeer = opts.floodPerPeer === undefined ? VK_PUBLISHED.floodPerPeer : opts.floodPerPeer;
    this.blocked = opts.blocked ?? new Set();
  }

  /** VK without rate limits (a fake that only checks what a message may be). */
  static withoutRates(): VkRules {
    return new VkRules({ requestsPerSecond: null, floodPerPeer: null });
  }

  /** An API request arrives at `now`: counted, and refused with error 6 when its second is full. */
  request(now: number): VkDecision {
    if (!this.window) return { ok: true };
    const full = this.window.full(now);
    this.window.record(now);
    if (!full) return { ok: true };
    this.tooMany++;
    return refused(6);
  }

  /** messages.send as a whole: how many peers, how long a text. */
  send(call: { peers: number; textLength: number }): VkDecision {
    if (call.peers > VK_PUBLISHED.peersPerSend) return refused(100, ': peer_ids is too long');
    if (call.textLength > VK_PUBLISHED.maxTextLength) return refused(914);
    return { ok: true };
  }

  /** One peer of a send at `now`; `repeat`: its random_id was sent to this peer before (not counted). */
  peer(now: number, peerId: string, repeat = false): VkDecision {
    if (this.blocked.has(peerId)) return refused(901);
    if (repeat || !this.floodPerPeer) return { ok: true };
    let peerWindow = this.toPeer.get(peerId);
    if (!peerWindow) this.toPeer.set(peerId, (peerWindow = new SlidingWindow(this.floodPerPeer.messages, this.floodPerPeer.windowMs)));
    if (peerWindow.full(now)) {
      this.flood++;
      return refused(9);
    }
    peerWindow.record(now);
    return { ok: true };
  }
}
