import type { Clock } from '../clock.js';
import type { DB } from '../db/database.js';
import type { Logger } from '../log.js';
import { OutboxQueue, type OutboxRow } from '../messaging/outbox.js';
import type { ChatAddress, Delivery, DeliveryResult, MessengerAdapter, OutgoingMessage, Platform } from '../messaging/types.js';

/**
 * Delivers the outbox: the one place that paces and retries sends.
 *
 * - Paced per platform (`limits.globalPerSecond`, `limits.perChatIntervalMs`) by a window of the
 *   latest calls, counted as the platform counts them (by arrival, bounded from when each answer
 *   came back), not by an even spacing; the bulk lane never takes the whole window (one call of
 *   each second is left to interactive rows, at least), and interactive rows are picked first.
 * - Fair across chats: the loop holds each chat's next due row (the head of its queue) and they
 *   compete with each other, interactive first, then oldest first. It never loads "the first N
 *   rows by id", so one chat's backlog (a stranger's flood, a long reply) delays only that chat.
 * - In order within a chat (lowest id first), side by side across chats.
 * - 429 / flood control: the row waits the time the server said; unreachable: marked, never
 *   retried; a network error: retried with backoff (VK drops a resend by random_id; on Telegram
 *   the risk of a double is logged).
 * - Each row is marked `sending` before the call and `sent` after; a restart turns `sending`
 *   back into `pending`. Calls in flight per platform are capped at rate × measured round trip,
 *   so a crash can repeat no more sends than the rate needed at that moment.
 */

export type Sleep = (ms: number) => Promise<void>;

export interface DispatcherOptions {
  db: DB;
  adapters: Map<Platform, MessengerAdapter>;
  clock: Clock;
  log: Logger;
  /** Waits; the benchmark's simulated clock advances instead. */
  sleep?: Sleep;
  /** Called when the loop has sent something and now has nothing due and nothing in flight. */
  onSettled?: () => void;
  /** Called (in its own transaction) when a chat turned out to be unreachable. */
  onUnreachable?: (row: OutboxRow, detail: string) => void;
  /** How often to look for rows that became due while idle. */
  idlePollMs?: number;
  maxInFlight?: number;
  maxTransientAttempts?: number;
}

interface Pace {
  /** Earliest time of the next call on this platform (a 429's retry-after). */
  nextAt: number;
  /** Calls are at least half an even spacing apart: a burst spreads a little, and other work gets its turn. */
  nextCallAt: number;
  minGap: number;
  /** Calls the platform allows in any one second, and the bulk lane's share of them. */
  rate: number;
  bulkRate: number;
  /** Calls in flight now, and the round trip of one call (a moving average, ms). */
  inFlight: number;
  roundTripMs: number;
  /** The platform drops a repeated send (so a crash cannot double one). */
  idempotent: boolean;
  /** The latest calls (launch and answer times), oldest first: the window they fill. */
  calls: Call[];
  /** Recent round trips (ms), and the shortest of them (0 until one is measured). */
  recentTrips: number[];
  minTrip: number;
  tripsSeen: number;
  perChat: number;
  /** windowOpensAt by limit, until a call leaves or returns (a pick looks at it for every row). */
  opens: Map<number, number>;
}

interface Call {
  launch: number;
  done?: number;
}

const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** How many recent round trips show the network's shortest. */
const TRIPS_KEPT = 1000;

/** Room for a shortest round trip the samples have not shown yet (ms). */
const TRIP_MARGIN_MS = 10;

/**
 * When a call stops counting toward a platform's window of `windowMs` (its second, or one chat's
 * interval), as the platform sees it. The platform counts a call when it arrives; the bot sees
 * only when it left and when its answer came back. The next call arrives at least one fastest
 * leg after it leaves, and the earlier call arrived at most one fastest leg before its answer
 * came back: together, the shortest round trip. So the earlier call is out of the window for a
 * call leaving at its answer + window − shortest round trip (with a margin), whatever the
 * network's jitter, and however long the bot's own work held up reading the answer. A call still
 * in flight keeps its place until its answer comes (which wakes the loop).
 */
function freeAt(call: Call, minTrip: number, windowMs: number): number {
  if (call.done === undefined) return Infinity;
  return call.done + windowMs - Math.max(0, minTrip - TRIP_MARGIN_MS);
}

/**
 * The earliest time one more call fits in the platform's window: fewer than `limit` of the
 * latest calls may still count toward it. Calls that wait for this, not for an even spacing, do
 * not lose the time the machine spent working, and a burst after a pause stays within the limit.
 */
function windowOpensAt(pace: Pace, limit: number): number {
  let at = pace.opens.get(limit);
  if (at === undefined) pace.opens.set(limit, (at = computeOpensAt(pace, limit)));
  return at;
}

function computeOpensAt(pace: Pace, limit: number): number {
  const calls = pace.calls;
  const gate = Math.max(pace.nextAt, pace.nextCallAt);
  if (calls.length < limit) return gate;
  const frees = calls.map((c) => freeAt(c, pace.minTrip, 1000)).sort((a, b) => b - a);
  return Math.max(gate, frees[limit - 1]!);
}

/** The round trip assumed for a platform until calls have measured it. */
const ASSUMED_ROUND_TRIP_MS = 100;

/**
 * Calls a platform may have in flight: as many as its rate needs to be kept busy over one round
 * trip (rate × round trip), never more. A crash mid-send can repeat only the sends in flight, so
 * this bounds the doubles a restart may cause on a platform that does not drop repeats. Where
 * repeats are dropped (VK's random_id, local) twice that, and at least 4, to ride out jitter.
 */
function inFlightCap(pace: Pace): number {
  // Rounded, not rounded up: the bot's own work stretches a measured round trip a little past the network's.
  const needed = Math.round((pace.rate * pace.roundTripMs) / 1000);
  return pace.idempotent ? Math.max(4, 2 * needed) : Math.max(1, needed);
}

export class Dispatcher {
  private readonly db: DB;
  private readonly adapters: Map<Platform, MessengerAdapter>;
  private readonly clock: Clock;
  private readonly log: Logger;
  private readonly sleep: Sleep;
  private readonly paces = new Map<Platform, Pace>();
  private readonly chatNextAt = new Map<string, number>();
  private readonly busyChats = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  /** The head row of each chat with something due (one row per chat). */
  private batch: OutboxRow[] = [];
  private readonly batchChats = new Set<string>();
  /** Chats whose send finished: their next row is looked up before the next pick. */
  private readonly refill = new Set<string>();
  private running = false;
  private sentSinceSettled = false;
  private woken = false;
  private wakeScheduled = false;
  private wakeUp: (() => void) | null = null;
  private loopDone: Promise<void> | null = null;
  /** The outbox rows: what is due, and what became of each send. */
  private readonly queue: OutboxQueue;
  /** Runs work in one transaction (nested calls become savepoints). */
  private readonly inTransaction: <T>(work: () => T) => T;

  /** Counters for reports and the benchmark. */
  readonly stats = { sent: 0, rateLimited: 0, unreachable: 0, failed: 0, transient: 0, calls: 0 };

  constructor(private readonly opts: DispatcherOptions) {
    this.db = opts.db;
    this.adapters = opts.adapters;
    this.clock = opts.clock;
    this.log = opts.log;
    this.sleep = opts.sleep ?? realSleep;
    for (const [platform, adapter] of this.adapters) {
      const rate = Math.max(1, adapter.limits.globalPerSecond);
      // The bulk lane leaves part of every second to interactive rows (at least one call).
      const bulkRate = Math.max(1, rate - Math.max(1, Math.round(rate * 0.03)));
      this.paces.set(platform, {
        nextAt: 0,
        nextCallAt: 0,
        minGap: 500 / rate,
        rate,
        bulkRate,
        inFlight: 0,
        roundTripMs: ASSUMED_ROUND_TRIP_MS,
        idempotent: adapter.limits.idempotentSend,
        calls: [],
        recentTrips: [],
        minTrip: 0,
        tripsSeen: 0,
        perChat: adapter.limits.perChatIntervalMs,
        opens: new Map(),
      });
    }
    const db = this.db;
    const tx = db.transaction((work: () => unknown) => work());
    this.inTransaction = <T>(work: () => T): T => tx(work) as T;
    this.queue = new OutboxQueue(db);
  }

  /** Rows left `sending` by a crash go back to `pending`. */
  recover(): void {
    const rows = this.queue.interrupted();
    for (const r of rows) {
      const idempotent = this.adapters.get(r.platform)?.limits.idempotentSend;
      this.log.warn(
        { platform: r.platform, rows: r.n, idempotent },
        idempotent
          ? 'resuming sends interrupted by a stop; the platform drops repeats'
          : 'resuming sends interrupted by a stop; a person may see one of these twice',
      );
    }
    this.queue.resumeInterrupted();
  }

  /**
   * Wakes the loop: rows were queued. Wakes in one turn of the event loop are folded into one
   * (a broadcast queues thousands of rows at once; each wake costs a query of the due rows).
   */
  wake = (): void => {
    if (this.wakeScheduled) return;
    this.wakeScheduled = true;
    setImmediate(() => {
      this.wakeScheduled = false;
      this.woken = true;
      this.batch = [];
      this.wakeUp?.();
    });
  };

  start(): void {
    if (this.running) return;
    this.recover();
    this.running = true;
    this.loopDone = this.loop().catch((err) => this.log.error({ err }, 'dispatcher loop stopped'));
  }

  /** Stops picking rows and waits for the sends in flight. */
  async stop(): Promise<void> {
    this.running = false;
    this.wakeUp?.();
    await this.loopDone;
    await Promise.all([...this.inFlight]);
  }

  /**
   * The next due row of every chat (at most `limit` chats), interactive first, then oldest
   * first: what the loop's picks compete over. Rows of a chat with a send in flight are left out.
   */
  dueHeads(now: number = this.clock.now(), limit = 500): OutboxRow[] {
    const rows = this.queue.dueHeads(now, limit);
    return rows.filter((r) => !this.busyChats.has(chatOf(r)));
  }

  /**
   * Claims one row and delivers it, now, waiting for the answer; false when the row was no longer
   * pending. The loop sends every row through here once pacing lets it go.
   */
  async sendNow(row: OutboxRow): Promise<boolean> {
    if (!this.queue.claim(row.id)) return false;
    const chat = chatOf(row);
    this.busyChats.add(chat);
    try {
      await this.deliverRow(row);
    } finally {
      this.busyChats.delete(chat);
    }
    return true;
  }

  private async loop(): Promise<void> {
    while (this.running) {
      const now = this.clock.now();
      if (!this.batch.length || this.woken) {
        this.woken = false;
        this.reload(now);
      } else if (this.refill.size) {
        this.refillChats(now);
      }
      const { row, waitUntil } = this.pick(now);
      if (row) {
        this.launch(row, now);
        continue;
      }
      let until = waitUntil;
      if (!this.batch.length) {
        const next = this.queue.nextDue();
        const poll = now + (this.opts.idlePollMs ?? 1000);
        until = Math.min(until ?? poll, next !== null && next > now ? next : poll);
        if (this.inFlight.size) {
          await Promise.race([...this.inFlight, this.waitFor(until - now)]);
          continue;
        }
        if (this.sentSinceSettled) {
          this.sentSinceSettled = false;
          this.opts.onSettled?.();
        }
      }
      await this.waitFor(Math.max(0, (until ?? now + 50) - now));
    }
  }

  /** Every chat's head row, afresh (rows were queued, or the last batch is spent). */
  private reload(now: number): void {
    this.batch = this.dueHeads(now);
    this.batchChats.clear();
    for (const r of this.batch) this.batchChats.add(chatOf(r));
    this.refill.clear();
  }

  /** A chat whose send finished competes again with its next due row, without waiting for a reload. */
  private refillChats(now: number): void {
    for (const chat of this.refill) {
      if (this.batchChats.has(chat) || this.busyChats.has(chat)) continue;
      const sep = chat.indexOf(':');
      const next = this.queue.chatHead(chat.slice(0, sep) as Platform, chat.slice(sep + 1), now);
      if (!next) continue;
      this.batch.push(next);
      this.batchChats.add(chat);
    }
    this.refill.clear();
  }

  private waitFor(ms: number): Promise<void> {
    if (this.woken) return Promise.resolve();
    return new Promise<void>((resolve) => {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        this.wakeUp = null;
        resolve();
      };
      this.wakeUp = finish;
      void this.sleep(ms).then(finish);
    });
  }

  /** The next row that may go now (interactive first, then oldest), or when to look again. */
  private pick(now: number): { row?: OutboxRow; waitUntil?: number } {
    if (this.inFlight.size >= (this.opts.maxInFlight ?? 64)) return { waitUntil: now + 5 };
    let waitUntil: number | undefined;
    let best = -1;
    for (let i = 0; i < this.batch.length; i++) {
      const r = this.batch[i]!;
      const chat = chatOf(r);
      if (this.busyChats.has(chat)) continue;
      const pace = this.paces.get(r.platform);
      // A platform with all the calls in flight it may: its rows wait until one returns (which wakes the loop).
      if (!pace || pace.inFlight >= inFlightCap(pace)) continue;
      // When the platform's window has room for one more call of this lane, and the chat's interval is over.
      const at = Math.max(windowOpensAt(pace, r.lane === 1 ? pace.bulkRate : pace.rate), this.chatNextAt.get(chat) ?? 0);
      if (at > now) {
        // Infinity: the window waits for an answer, and an answer wakes the loop.
        const until = Number.isFinite(at) ? at : now + 1000;
        waitUntil = waitUntil === undefined ? until : Math.min(waitUntil, until);
        continue;
      }
      const b = this.batch[best];
      if (!b || r.lane < b.lane || (r.lane === b.lane && r.id < b.id)) best = i;
    }
    if (best < 0) return { waitUntil };
    const [row] = this.batch.splice(best, 1);
    this.batchChats.delete(chatOf(row!));
    return { row };
  }

  private launch(row: OutboxRow, now: number): void {
    const pace = this.paces.get(row.platform)!;
    const adapter = this.adapters.get(row.platform)!;
    const rows = [row];
    if (row.lane === 1 && row.op === 'send' && row.source && adapter.deliverBatch && (adapter.limits.batchPeers ?? 1) > 1) {
      for (let i = 0; i < this.batch.length && rows.length < adapter.limits.batchPeers!; ) {
        const r = this.batch[i]!;
        const chat = `${r.platform}:${r.chat_id}`;
        if (
          r.platform === row.platform &&
          r.lane === 1 &&
          r.op === 'send' &&
          r.source === row.source &&
          r.payload === row.payload &&
          !r.reply_to &&
          !this.busyChats.has(chat) &&
          (this.chatNextAt.get(chat) ?? 0) <= now &&
          !rows.some((x) => x.chat_id === r.chat_id)
        ) {
          rows.push(r);
          this.batch.splice(i, 1);
          this.batchChats.delete(chat);
        } else i++;
      }
      // Fewer in the loaded heads than one call takes: the rest of this broadcast's next rows with
      // the same text (a copy in another language is another call), each its chat's head, from
      // the outbox: a half-empty call costs a whole request.
      if (rows.length < adapter.limits.batchPeers!) {
        const more = this.queue.sameBroadcastHeads(row.source, row.platform, row.payload, now, 2 * adapter.limits.batchPeers!);
        for (const r of more) {
          if (rows.length >= adapter.limits.batchPeers!) break;
          const chat = chatOf(r);
          if (r.payload !== row.payload || this.batchChats.has(chat) || this.busyChats.has(chat) || (this.chatNextAt.get(chat) ?? 0) > now) continue;
          if (rows.some((x) => x.id === r.id || x.chat_id === r.chat_id)) continue;
          rows.push(r);
        }
      }
    }
    this.sentSinceSettled = true;
    // One transaction for the claims of a batch (a hundred VK peers is one commit, not a hundred).
    const claimed = rows.length > 1 ? this.inTransaction(() => rows.filter((r) => this.queue.claim(r.id))) : rows.filter((r) => this.queue.claim(r.id));
    if (!claimed.length) return;
    for (const r of claimed) this.busyChats.add(`${r.platform}:${r.chat_id}`);
    pace.inFlight++;
    pace.nextCallAt = now + pace.minGap;
    pace.opens.clear();
    const call: Call = { launch: now };
    pace.calls.push(call);
    if (pace.calls.length > Math.max(64, 2 * pace.rate)) pace.calls.shift();
    const work = (claimed.length > 1 ? this.deliverBatch(claimed) : this.deliverRow(claimed[0]!)).finally(() => {
      const done = this.clock.now();
      pace.inFlight--;
      call.done = done;
      pace.opens.clear();
      const trip = Math.max(0, done - now);
      pace.roundTripMs = 0.8 * pace.roundTripMs + 0.2 * trip;
      pace.recentTrips.push(trip);
      if (pace.recentTrips.length > TRIPS_KEPT) pace.recentTrips.shift();
      // The shortest of the kept trips (looked over again every 100, as old ones leave).
      if (++pace.tripsSeen === 1 || trip < pace.minTrip) pace.minTrip = trip;
      else if (pace.tripsSeen % 100 === 0) pace.minTrip = pace.recentTrips.reduce((m, t) => Math.min(m, t), Infinity);
      for (const r of claimed) {
        const chat = `${r.platform}:${r.chat_id}`;
        this.busyChats.delete(chat);
        this.refill.add(chat);
        // The chat's interval, as the platform counts it (by arrival): the same bounds as the window's.
        if (pace.perChat > 0) this.chatNextAt.set(chat, Math.max(this.chatNextAt.get(chat) ?? 0, freeAt(call, pace.minTrip, pace.perChat)));
      }
      if (this.chatNextAt.size > 50_000) {
        for (const [c, t] of this.chatNextAt) if (t < done) this.chatNextAt.delete(c);
      }
      this.inFlight.delete(work);
      this.wakeUp?.();
    });
    this.inFlight.add(work);
  }

  private async deliverBatch(rows: OutboxRow[]): Promise<void> {
    const adapter = this.adapters.get(rows[0]!.platform)!;
    const message = JSON.parse(rows[0]!.payload) as OutgoingMessage;
    const to: ChatAddress[] = rows.map((r) => ({ platform: r.platform, chatId: r.chat_id }));
    let results: Map<string, DeliveryResult>;
    this.stats.calls++;
    try {
      results = await adapter.deliverBatch!(to, message, rows[0]!.id);
    } catch (err) {
      results = new Map(rows.map((r) => [r.chat_id, { ok: false, reason: 'transient', detail: String(err) } as const]));
    }
    this.inTransaction(() => {
      for (const r of rows) {
        this.apply(r, results.get(r.chat_id) ?? { ok: false, reason: 'transient', detail: 'no result for this peer' });
      }
    });
  }

  private async deliverRow(row: OutboxRow): Promise<void> {
    const adapter = this.adapters.get(row.platform);
    if (!adapter) {
      this.apply(row, { ok: false, reason: 'rejected', detail: `no adapter for ${row.platform}` });
      return;
    }
    let result: DeliveryResult;
    try {
      const delivery = await this.toDelivery(row);
      if (!delivery) return;
      this.stats.calls++;
      result = await adapter.deliver(delivery);
    } catch (err) {
      result = { ok: false, reason: 'transient', detail: String(err) };
    }
    this.apply(row, result);
  }

  /** Turns a row into a Delivery; null when the row was settled without a call (a folded edit). */
  private async toDelivery(row: OutboxRow): Promise<Delivery | null> {
    const to: ChatAddress = { platform: row.platform, chatId: row.chat_id };
    const message = JSON.parse(row.payload) as OutgoingMessage;
    if (row.op === 'edit') {
      const send = this.queue.sendOfKey(row.platform, row.chat_id, row.message_key);
      if (send?.status === 'sent' && send.platform_message_id) {
        return { op: 'edit', to, platformMessageId: send.platform_message_id, message };
      }
      if (send && (send.status === 'pending' || send.status === 'sending')) {
        // The message has not gone out yet (quiet hours): it will go out as edited.
        this.queue.foldEdit(send.id, row.payload);
        this.queue.settle(row.id, 'sent', 'folded into the pending send');
        return null;
      }
      this.queue.settle(row.id, 'cancelled', 'nothing to edit');
      return null;
    }
    const file = message.file;
    if (file?.source.type === 'platform' && file.source.ref.platform !== row.platform) {
      const source = this.adapters.get(file.source.ref.platform);
      if (!source?.downloadFile) throw new Error(`cannot fetch a file from ${file.source.ref.platform}`);
      const fetched = await source.downloadFile(file.source.ref);
      message.file = { ...file, name: fetched.name || file.name, mime: fetched.mime ?? file.mime, source: { type: 'bytes', base64: fetched.bytes.toString('base64') } };
    }
    return { op: 'send', to, message, idempotencyKey: row.id, replyToMessageId: row.reply_to ?? undefined };
  }

  private apply(row: OutboxRow, result: DeliveryResult): void {
    const now = this.clock.now();
    if (result.ok) {
      this.stats.sent++;
      this.queue.markSent(row.id, result.platformMessageId ?? null, now);
      return;
    }
    const detail = (result.detail ?? '').slice(0, 300);
    switch (result.reason) {
      case 'rate_limited': {
        this.stats.rateLimited++;
        const until = now + result.retryAfterMs;
        const pace = this.paces.get(row.platform);
        if (result.scope === 'chat') {
          const chat = chatOf(row);
          this.chatNextAt.set(chat, Math.max(this.chatNextAt.get(chat) ?? 0, until));
        } else if (pace) {
          pace.nextAt = Math.max(pace.nextAt, until);
          pace.opens.clear();
        }
        this.queue.retryAt(row.id, until, `rate limited: ${detail}`);
        this.log.warn({ outboxId: row.id, platform: row.platform, retryAfterMs: result.retryAfterMs }, 'rate limited');
        return;
      }
      case 'unreachable':
        this.stats.unreachable++;
        this.db.transaction(() => {
          this.queue.settle(row.id, 'unreachable', detail);
          this.opts.onUnreachable?.(row, detail);
        })();
        return;
      case 'transient': {
        this.stats.transient++;
        const max = this.opts.maxTransientAttempts ?? 6;
        if (row.attempts + 1 >= max) {
          this.stats.failed++;
          this.queue.settle(row.id, 'failed', detail);
          this.log.error({ outboxId: row.id, platform: row.platform }, 'giving up a send after repeated network errors');
        } else {
          const backoff = 1000 * 2 ** row.attempts;
          this.queue.retryAt(row.id, now + backoff, detail);
          const idempotent = this.adapters.get(row.platform)?.limits.idempotentSend;
          this.log.warn({ outboxId: row.id, platform: row.platform, idempotent }, idempotent ? 'send failed; will retry' : 'send outcome unknown; a retry may deliver it twice');
        }
        return;
      }
      case 'rejected':
        this.stats.failed++;
        this.queue.settle(row.id, 'failed', detail);
        this.log.error({ outboxId: row.id, platform: row.platform, detail }, 'platform rejected a message');
        return;
    }
  }
}

function chatOf(row: OutboxRow): string {
  return `${row.platform}:${row.chat_id}`;
}
