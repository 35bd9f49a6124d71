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
