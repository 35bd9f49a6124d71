import type { DB } from '../db/database.js';
import { statement } from '../db/statement-cache.js';
import { splitHtml } from './html.js';
import type { ChatAddress, OutgoingMessage, Platform } from './types.js';

/**
 * The transactional outbox. The core calls `enqueue` inside its transaction; the dispatcher
 * reads due rows and records what happened. Rows, not loops: a restart resumes from here.
 */

export type Lane = 0 | 1;
export const INTERACTIVE: Lane = 0;
export const BULK: Lane = 1;

/** The longest text one message carries; longer texts are split at paragraph boundaries. */
export const MAX_TEXT = 4000;

export interface EnqueueSend {
  organisationId: number;
  personId?: number | null;
  to: ChatAddress;
  message: OutgoingMessage;
  lane?: Lane;
  /** Names this message so it can be edited later (unique within the chat). */
  key?: string;
  replyTo?: string;
  source?: string;
  notBefore: number;
  now: number;
}

export interface EnqueueEdit {
  organisationId: number;
  personId?: number | null;
  to: ChatAddress;
  key: string;
  message: OutgoingMessage;
  lane?: Lane;
  source?: string;
  now: number;
}

export interface OutboxRow {
  id: number;
  organisation_id: number;
  person_id: number | null;
  platform: Platform;
  chat_id: string;
  op: 'send' | 'edit';
  lane: Lane;
  message_key: string | null;
  payload: string;
  reply_to: string | null;
  source: string | null;
  not_before: number;
  status: 'pending' | 'sending' | 'sent' | 'failed' | 'unreachable' | 'cancelled';
  attempts: number;
  platform_message_id: string | null;
  error: string | null;
  created_at: number;
  sent_at: number | null;
}

/** Splits a long text at paragraph, then line, then word boundaries. */
export function splitText(text: string, max: number = MAX_TEXT): string[] {
  if (text.length <= max) return [text];
  const parts: string[] = [];
  let rest = text;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = window.lastIndexOf('\n\n');
    if (cut < max / 2) cut = window.lastIndexOf('\n');
    if (cut < max / 2) cut = window.lastIndexOf(' ');
    if (cut < max / 2) cut = max;
    parts.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  if (rest) parts.push(rest);
  return parts;
}

/** The parts a message's text goes out as: an html text is never cut inside a tag or an entity. */
export function splitMessageText(text: string, format: OutgoingMessage['format'], max: number = MAX_TEXT): string[] {
  return format === 'html' ? splitHtml(text, max) : splitText(text, max);
}

/** What became of each copy of a keyed message from one source (a broadcast's delivery report). */
export function deliveriesOf(db: DB, source: string, key: string): { personId: number | null; status: OutboxRow['status']; notBefore: number }[] {
  return (
    statement(db, `SELECT person_id, status, not_before FROM outbox WHERE source = ? AND op = 'send' AND message_key = ?`).all(source, key) as {
      person_id: number | null;
      status: OutboxRow['status'];
      not_before: number;
    }[]
  ).map((r) => ({ personId: r.person_id, status: r.status, notBefore: r.not_before }));
}

/** A row's payload once its words are gone. */
const BLANK = '{"text":""}';

export class Outbox {
  private readonly insert;
  private readonly wake: Array<() => void> = [];

  constructor(private readonly db: DB) {
    this.insert = statement(
      db,
      `INSERT INTO outbox (organisation_id, person_id, platform, chat_id, op, lane, message_key, payload, reply_to, source, not_before, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  /** Queues a message; a long text becomes several messages, the buttons on the last. Returns row ids. */
  enqueue(e: EnqueueSend): number[] {
    const chunks = splitMessageText(e.message.text, e.message.format);
    const ids: number[] = [];
    for (let i = 0; i < chunks.length; i++) {
      const text = chunks[i]!;
      const last = i === chunks.length - 1;
      const message: OutgoingMessage = last ? { ...e.message, text } : { text, format: e.message.format };
      if (!last) delete message.file;
      const info = this.insert.run(
        e.organisationId,
        e.personId ?? null,
        e.to.platform,
        e.to.chatId,
        'send',
        e.lane ?? 0,
        last ? (e.key ?? null) : null,
        JSON.stringify(message),
        i === 0 ? (e.replyTo ?? null) : null,
        e.source ?? null,
        e.notBefore,
        e.now,
      );
      ids.push(Number(info.lastInsertRowid));
    }
    this.notify();
    return ids;
  }

  /** Queues an edit of the message sent earlier under `key` in that chat. */
  enqueueEdit(e: EnqueueEdit): number {
    const text =
      e.message.text.length <= MAX_TEXT
        ? e.message.text
        : `${e.message.format === 'html' ? splitHtml(e.message.text, MAX_TEXT - 1)[0] : e.message.text.slice(0, MAX_TEXT - 1)}…`;
    const info = this.insert.run(
      e.organisationId,
      e.personId ?? null,
      e.to.platform,
      e.to.chatId,
      'edit',
      e.lane ?? 0,
      e.key,
      JSON.stringify({ ...e.message, text }),
      null,
      e.source ?? null,
      e.now,
      e.now,
    );
    this.notify();
    return Number(info.lastInsertRowid);
  }

  /** Whether a message with this key was queued in that chat (sent or not). */
  hasKey(to: ChatAddress, key: string): boolean {
    return Boolean(
      statement(this.db, `SELECT 1 FROM outbox WHERE platform = ? AND chat_id = ? AND message_key = ? AND op = 'send' LIMIT 1`).get(
        to.platform,
        to.chatId,
        key,
      ),
    );
  }

  /** Cancels what has not gone out yet for a source (a cancelled broadcast). Returns the count. */
  cancelPending(source: string): number {
    return statement(this.db, `UPDATE outbox SET status = 'cancelled' WHERE source = ? AND status = 'pending'`).run(source).changes;
  }

  /**
   * A person asked to be forgotten: what was queued for them goes (all but the newest, the
   * goodbye), and the words of what was sent to them are blanked.
   */
  forgetRecipient(personId: number): void {
    statement(
      this.db,
      `UPDATE outbox SET status = 'cancelled', payload = '${BLANK}' WHERE person_id = ? AND status = 'pending' AND id != (SELECT MAX(id) FROM outbox WHERE person_id = ?)`,
    ).run(personId, personId);
    statement(this.db, `UPDATE outbox SET payload = '${BLANK}' WHERE person_id = ? AND status NOT IN ('pending', 'sending')`).run(personId);
  }

  /**
   * Blanks the words of every row of a source up to row `upTo`, whoever it went to (a forgotten
   * person's question, told to mentors and curators); what has not gone out is cancelled.
   */
  blankSource(source: string, upTo = Number.MAX_SAFE_INTEGER): number {
    const cancelled = statement(this.db, `UPDATE outbox SET status = 'cancelled', payload = '${BLANK}' WHERE source = ? AND status = 'pending' AND id <= ?`).run(source, upTo).changes;
    return cancelled + statement(this.db, `UPDATE outbox SET payload = '${BLANK}' WHERE source = ? AND status != 'pending' AND id <= ? AND payload != '${BLANK}'`).run(source, upTo).changes;
  }

  /** The newest row's id: what a change reaches back to (rows it queues itself come after). */
  lastId(): number {
    return (statement(this.db, 'SELECT COALESCE(MAX(id), 0) AS id FROM outbox').get() as { id: number }).id;
  }

  /**
   * Blanks what was sent of a source (an anonymous survey's edits showing what was ticked);
   * returns how many of its edits have still to go out (to be blanked once they have).
   */
  blankSent(source: string): { blanked: number; waiting: number } {
    const blanked = statement(this.db, `UPDATE outbox SET payload = '${BLANK}' WHERE source = ? AND status NOT IN ('pending', 'sending') AND payload != '${BLANK}'`).run(source).changes;
    const waiting = (statement(this.db, `SELECT COUNT(*) AS n FROM outbox WHERE source = ? AND op = 'edit' AND status IN ('pending', 'sending')`).get(source) as { n: number }).n;
    return { blanked, waiting };
  }

  /**
   * A forgotten person's name leaves what others get: what has gone out naming them (in any of
   * the forms given) is blanked, and what is still to go says `instead` where it named them.
   */
  blankMentions(fullName: string, shortForms: string[], instead: string): number {
    const inJson = (text: string) => JSON.stringify(text).slice(1, -1);
    let n = statement(this.db, `UPDATE outbox SET payload = replace(payload, @name, @instead) WHERE status IN ('pending', 'sending') AND instr(payload, @name) > 0`).run({ name: inJson(fullName), instead: inJson(instead) }).changes;
    for (const name of [fullName, ...shortForms]) {
      n += statement(this.db, `UPDATE outbox SET payload = '${BLANK}' WHERE status NOT IN ('pending', 'sending') AND instr(payload, ?) > 0`).run(inJson(name)).changes;
    }
    return n;
  }

  /** Blanks the words of what went out (or never will) before `cutoff`: the retention period. */
  blankDeliveredBefore(cutoff: number): number {
    return statement(this.db, `UPDATE outbox SET payload = '${BLANK}' WHERE created_at < ? AND status NOT IN ('pending', 'sending') AND payload != '${BLANK}'`).run(cutoff).changes;
  }

  /** What the bot sent or has queued for this person and still holds the words of (their /my_data). */
  messagesTo(personId: number): { at: number; status: string; text: string }[] {
    const rows = statement(this.db, `SELECT created_at, status, payload FROM outbox WHERE person_id = ? AND op = 'send' AND payload != '${BLANK}' ORDER BY id`).all(personId) as {
      created_at: number;
      status: string;
      payload: string;
    }[];
    return rows.map((r) => ({ at: r.created_at, status: r.status, text: (JSON.parse(r.payload) as OutgoingMessage).text }));
  }

  /** The key of the message the bot sent as `platformMessageId` in that chat (reply-to mapping). */
  keyOfPlatformMessage(to: ChatAddress, platformMessageId: string): { key: string | null; source: string | null } | null {
    const row = statement(
      this.db,
      `SELECT message_key AS key, source FROM outbox WHERE platform = ? AND chat_id = ? AND platform_message_id = ? AND op = 'send' LIMIT 1`,
    ).get(to.platform, to.chatId, platformMessageId) as { key: string | null; source: string | null } | undefined;
    return row ?? null;
  }

  /** The dispatcher subscribes to be woken when rows are queued. */
  onEnqueue(listener: () => void): void {
    this.wake.push(listener);
  }

  private notify(): void {
    for (const w of this.wake) w();
  }
}

/** What a crash left half-sent on one platform (rows `sending` when the process stopped). */
export interface Interrupted {
  platform: Platform;
  n: number;
}

/** The earlier send an edit changes: whether it went out, and as which platform message. */
export interface SendOfKey {
  id: number;
  status: OutboxRow['status'];
  platform_message_id: string | null;
}

/**
 * The dispatcher's side of the outbox: which rows are due, and what became of each send.
 * The delivery loop's hot path; every statement is compiled once per database.
 */
export class OutboxQueue {
  constructor(private readonly db: DB) {}

  /**
   * One row per chat: the lowest id among that chat's due rows (at most `limit` chats);
   * then interactive first, oldest first.
   */
  dueHeads(now: number, limit: number): OutboxRow[] {
    return statement(
      this.db,
      `SELECT o.* FROM outbox o
         JOIN (SELECT MIN(id) AS id FROM outbox WHERE status = 'pending' AND not_before <= ? GROUP BY platform, chat_id) h ON h.id = o.id
        ORDER BY o.lane, o.id LIMIT ?`,
    ).all(now, limit) as OutboxRow[];
  }

  /**
   * More of a broadcast's due bulk sends with the same payload on one platform, each its chat's
   * head (what one batched call can carry beyond the loaded heads).
   */
  sameBroadcastHeads(source: string, platform: Platform, payload: string, now: number, limit: number): OutboxRow[] {
    return statement(
      this.db,
      `SELECT o.* FROM outbox o INDEXED BY outbox_source
        WHERE o.source = ? AND o.status = 'pending' AND o.platform = ? AND o.lane = 1 AND o.op = 'send' AND o.reply_to IS NULL AND o.not_before <= ?
          AND o.payload = ? AND o.id = (SELECT MIN(i.id) FROM outbox i INDEXED BY outbox_chat_queue WHERE i.status = 'pending' AND i.platform = o.platform AND i.chat_id = o.chat_id AND i.not_before <= ?)
        ORDER BY o.id LIMIT ?`,
    ).all(source, platform, now, payload, now, limit) as OutboxRow[];
  }

  /** The chat's next due row, if any. */
  chatHead(platform: Platform, chatId: string, now: number): OutboxRow | undefined {
    return statement(
      this.db,
      `SELECT * FROM outbox INDEXED BY outbox_chat_queue WHERE status = 'pending' AND platform = ? AND chat_id = ? AND not_before <= ? ORDER BY id LIMIT 1`,
    ).get(platform, chatId, now) as OutboxRow | undefined;
  }

  /** When the earliest pending row becomes due (null: nothing pending). */
  nextDue(): number | null {
    return (statement(this.db, `SELECT MIN(not_before) AS t FROM outbox WHERE status = 'pending'`).get() as { t: number | null }).t;
  }

  /** Marks a pending row `sending` (one more attempt); false when it was no longer pending. */
  claim(id: number): boolean {
    return statement(this.db, `UPDATE outbox SET status = 'sending', attempts = attempts + 1 WHERE id = ? AND status = 'pending'`).run(id).changes === 1;
  }

  markSent(id: number, platformMessageId: string | null, now: number): void {
    statement(this.db, `UPDATE outbox SET status = 'sent', platform_message_id = ?, sent_at = ?, error = NULL WHERE id = ?`).run(platformMessageId, now, id);
  }

  /** The row goes back to pending, due at `notBefore`. */
  retryAt(id: number, notBefore: number, error: string): void {
    statement(this.db, `UPDATE outbox SET status = 'pending', not_before = ?, error = ? WHERE id = ?`).run(notBefore, error, id);
  }

  /** The row is settled for good (sent by folding, cancelled, unreachable, failed). */
  settle(id: number, status: OutboxRow['status'], error: string): void {
    statement(this.db, `UPDATE outbox SET status = ?, error = ? WHERE id = ?`).run(status, error, id);
  }

  /** The newest send under `key` in that chat (what an edit changes). */
  sendOfKey(platform: Platform, chatId: string, key: string | null): SendOfKey | undefined {
    return statement(
      this.db,
      `SELECT id, status, platform_message_id FROM outbox WHERE platform = ? AND chat_id = ? AND message_key = ? AND op = 'send' ORDER BY id DESC LIMIT 1`,
    ).get(platform, chatId, key) as SendOfKey | undefined;
  }

  /** A send that has not gone out yet takes an edit's payload (it will go out as edited). */
  foldEdit(sendId: number, payload: string): void {
    statement(this.db, `UPDATE outbox SET payload = ? WHERE id = ? AND status = 'pending'`).run(payload, sendId);
  }

  /** Rows left `sending` by a stop, per platform. */
  interrupted(): Interrupted[] {
    return statement(this.db, `SELECT platform, COUNT(*) AS n FROM outbox WHERE status = 'sending' GROUP BY platform`).all() as Interrupted[];
  }

  /** Rows left `sending` by a stop go back to `pending`. */
  resumeInterrupted(): void {
    statement(this.db, `UPDATE outbox SET status = 'pending' WHERE status = 'sending'`).run();
  }

  /** Rows not yet sent (pending or sending), by lane and platform: the health check's queue depth. */
  unsentCounts(): { lane: Lane; platform: Platform; n: number }[] {
    return statement(
      this.db,
      `SELECT lane, platform, COUNT(*) AS n FROM outbox WHERE status IN ('pending', 'sending') GROUP BY lane, platform`,
    ).all() as { lane: Lane; platform: Platform; n: number }[];
  }

  /** The oldest due, unsent row's due time in each lane. */
  oldestDue(now: number): { lane: Lane; t: number }[] {
    return statement(this.db, `SELECT lane, MIN(not_before) AS t FROM outbox WHERE status = 'pending' AND not_before <= ? GROUP BY lane`).all(now) as {
      lane: Lane;
      t: number;
    }[];
  }
}
