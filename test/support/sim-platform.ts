import type { Clock } from '../../src/clock.js';
import type { ChatAddress, IncomingSink, OutgoingMessage } from '../../src/messaging/types.js';

/**
 * What a simulated platform shares: a network with latency, and a ledger of what each chat
 * received, so "every person exactly once" is counted, not assumed. What a platform accepts is
 * its rules module's to decide (platforms/*-rules.ts).
 */

export interface ReceivedMessage {
  at: number;
  messageId: string;
  text: string;
  buttons: number;
}

/** Every message each chat received, and when. */
export class Ledger {
  readonly byChat = new Map<string, ReceivedMessage[]>();
  edits = 0;
  total = 0;
  firstAt: number | null = null;
  lastAt: number | null = null;
  private waiters: { n: number; resolve: () => void }[] = [];

  add(chatId: string, at: number, messageId: string, message: OutgoingMessage): void {
    const list = this.byChat.get(chatId) ?? [];
    if (!list.length) this.byChat.set(chatId, list);
    list.push({ at, messageId, text: message.text, buttons: message.buttons?.flat().length ?? 0 });
    this.total++;
    this.firstAt ??= at;
    this.lastAt = at;
    this.waiters = this.waiters.filter((w) => {
      if (this.total < w.n) return true;
      w.resolve();
      return false;
    });
  }

  count(chatId: string): number {
    return this.byChat.get(chatId)?.length ?? 0;
  }

  /** Resolves once `n` messages in all were received. */
  untilTotal(n: number): Promise<void> {
    if (this.total >= n) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ n, resolve }));
  }

  /** Chats among `expected` that got nothing, and chats that got more than one message. */
  exactlyOnce(expected: Iterable<string>): { missing: number; duplicated: number; strangers: number } {
    const want = new Set(expected);
    let missing = 0;
    let duplicated = 0;
    for (const chat of want) {
      const n = this.count(chat);
      if (n === 0) missing++;
      else if (n > 1) duplicated++;
    }
    let strangers = 0;
    for (const chat of this.byChat.keys()) if (!want.has(chat)) strangers++;
    return { missing, duplicated, strangers };
  }
}

/** A clock a simulated platform can wait on (the SimClock); without `sleep`, no latency can be modelled. */
export type SimTime = Clock & { sleep?: (ms: number) => Promise<void> };

/** One-way network latency of a call: fixed, or uniform between two figures (jitter). */
export type OneWay = number | readonly [min: number, max: number];

/**
 * The network between the bot and a platform: a request reaches the server one one-way latency
 * after it is sent (the server decides then, by its clock), and the answer takes another. With
 * jitter, calls sent in order may arrive out of order or bunched, as on a real network.
 * Deterministic: latencies come from a seeded generator.
 */
export class Network {
  private a: number;

  constructor(
    private readonly clock: SimTime,
    private readonly oneWay: OneWay = 0,
    seed = 20261202,
  ) {
    this.a = seed >>> 0;
    if (this.oneWay !== 0 && !clock.sleep) throw new Error('latency needs a clock that can sleep (SimClock)');
  }

  /** One leg of a round trip. */
  async leg(): Promise<void> {
    const ms = this.next();
    if (ms > 0) await this.clock.sleep!(ms);
  }

  private next(): number {
    if (typeof this.oneWay === 'number') return this.oneWay;
    const [min, max] = this.oneWay;
    return Math.round(min + this.random() * (max - min));
  }

  private random(): number {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
}

/** The part of MessengerAdapter both simulations implement the same way. */
export abstract class SimAdapterBase {
  protected sink?: IncomingSink;
  readonly ledger = new Ledger();
  /** Chats that blocked the bot (Telegram 403, VK 901). */
  readonly blocked = new Set<string>();

  async start(sink: IncomingSink): Promise<void> {
    this.sink = sink;
  }

  async stop(): Promise<void> {
    this.sink = undefined;
  }

  protected chatOf(to: ChatAddress): string {
    return to.chatId;
  }
}
