import { deliveriesOf } from '../../messaging/outbox.js';
import type { DB } from '../../db/database.js';
import { statement } from '../../db/statement-cache.js';
import type { FileRef } from '../../messaging/types.js';
import type { Audience } from './audience.js';

/** The broadcasts' repository: rows of broadcasts and of their frozen recipient lists. */

export type BroadcastStatus = 'draft' | 'scheduled' | 'sending' | 'sent' | 'cancelled';

export interface Broadcast {
  id: number;
  organisationId: number;
  authorId: number | null;
  /** The text as the curator typed it, without formatting (what its length limit counts). */
  text: string;
  /** The same text with the curator's formatting (the outgoing 'html' subset), or null when unformatted. */
  html: string | null;
  file: FileRef | null;
  audience: Audience | null;
  ackRequired: boolean;
  status: BroadcastStatus;
  scheduledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  cancelledAt: number | null;
  total: number;
  progress: string | null;
  createdAt: number;
}

interface BroadcastRow {
  id: number;
  organisation_id: number;
  author_id: number | null;
  text: string;
  html: string | null;
  file: string | null;
  audience: string | null;
  ack_required: number;
  status: BroadcastStatus;
  scheduled_at: number | null;
  started_at: number | null;
  finished_at: number | null;
  cancelled_at: number | null;
  total: number;
  progress: string | null;
  created_at: number;
}

function fromRow(r: BroadcastRow): Broadcast {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    authorId: r.author_id,
    text: r.text,
    html: r.html,
    file: r.file ? (JSON.parse(r.file) as FileRef) : null,
    audience: r.audience ? (JSON.parse(r.audience) as Audience) : null,
    ackRequired: r.ack_required === 1,
    status: r.status,
    scheduledAt: r.scheduled_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    cancelledAt: r.cancelled_at,
    total: r.total,
    progress: r.progress,
    createdAt: r.created_at,
  };
}

/** The source tag of a broadcast's outbox rows. */
export const sourceOf = (id: number): string => `broadcast:${id}`;
/** The key of a recipient's copy (the last part, when a long text is split). */
export const messageKeyOf = (id: number): string => `bc-${id}`;

export interface DeliveryCounts {
  delivered: number;
  /** Queued, waiting for the person's contact hours. */
  waiting: number;
  /** Queued, due now, not sent yet. */
  queued: number;
  unreachable: number;
  failed: number;
  cancelled: number;
}

/** The broadcasts' rows and their recipients' rows in one database (statements from the shared cache). */
export class BroadcastStore {
  static of(db: DB): BroadcastStore {
    return new BroadcastStore(db);
  }

  private constructor(private readonly db: DB) {}

  create(orgId: number, authorId: number, now: number): Broadcast {
    const id = Number(statement(this.db, `INSERT INTO broadcasts (organisation_id, author_id, created_at) VALUES (?, ?, ?)`).run(orgId, authorId, now).lastInsertRowid);
    return this.get(orgId, id)!;
  }

  get(orgId: number, id: number): Broadcast | null {
    const row = statement(this.db, `SELECT * FROM broadcasts WHERE id = ? AND organisation_id = ?`).get(id, orgId) as BroadcastRow | undefined;
    return row ? fromRow(row) : null;
  }

  draftOf(authorId: number): Broadcast | null {
    const row = statement(this.db, `SELECT * FROM broadcasts WHERE author_id = ? AND status = 'draft' ORDER BY id DESC LIMIT 1`).get(authorId) as BroadcastRow | undefined;
    return row ? fromRow(row) : null;
  }

  recent(orgId: number, limit: number): Broadcast[] {
    return (statement(this.db, `SELECT * FROM broadcasts WHERE organisation_id = ? AND status != 'draft' ORDER BY id DESC LIMIT ?`).all(orgId, limit) as BroadcastRow[]).map(fromRow);
  }

  /** The text (with its formatting, when the curator used any) and the file. */
  setContent(id: number, text: string, file: FileRef | null, html: string | null = null): void {
    statement(this.db, `UPDATE broadcasts SET text = ?, html = ?, file = ? WHERE id = ?`).run(text, html, file ? JSON.stringify(file) : null, id);
  }

  setAudience(id: number, audience: Audience): void {
    statement(this.db, `UPDATE broadcasts SET audience = ? WHERE id = ?`).run(JSON.stringify(audience), id);
  }

  setAck(id: number, required: boolean): void {
    statement(this.db, `UPDATE broadcasts SET ack_required = ? WHERE id = ?`).run(required ? 1 : 0, id);
  }

  setStatus(
    id: number,
    status: BroadcastStatus,
    times: { scheduledAt?: number; startedAt?: number; finishedAt?: number; cancelledAt?: number } = {},
  ): void {
    statement(
      this.db,
      `UPDATE broadcasts SET status = @status, scheduled_at = COALESCE(@scheduledAt, scheduled_at), started_at = COALESCE(@startedAt, started_at),
         finished_at = COALESCE(@finishedAt, finished_at), cancelled_at = COALESCE(@cancelledAt, cancelled_at) WHERE id = @id`,
    ).run({
      id,
      status,
      scheduledAt: times.scheduledAt ?? null,
      startedAt: times.startedAt ?? null,
      finishedAt: times.finishedAt ?? null,
      cancelledAt: times.cancelledAt ?? null,
    });
  }

  /** A scheduled broadcast goes back to being a draft (to be edited); false if it is not scheduled. */
  reopen(id: number): boolean {
    return statement(this.db, `UPDATE broadcasts SET status = 'draft', scheduled_at = NULL WHERE id = ? AND status = 'scheduled'`).run(id).changes === 1;
  }

  setAuthor(id: number, authorId: number): void {
    statement(this.db, `UPDATE broadcasts SET author_id = ? WHERE id = ?`).run(authorId, id);
  }

  remove(id: number): void {
    statement(this.db, `DELETE FROM broadcasts WHERE id = ?`).run(id);
  }

  setProgress(id: number, progress: string): void {
    statement(this.db, `UPDATE broadcasts SET progress = ? WHERE id = ?`).run(progress, id);
  }

  /** Freezes the recipient list; returns how many. */
  freezeRecipients(id: number, personIds: number[]): number {
    const add = statement(this.db, `INSERT OR IGNORE INTO broadcast_recipients (broadcast_id, person_id, seq) VALUES (?, ?, ?)`);
    personIds.forEach((p, i) => add.run(id, p, i));
    statement(this.db, `UPDATE broadcasts SET total = ? WHERE id = ?`).run(personIds.length, id);
    return personIds.length;
  }

  nextUnqueued(id: number, limit: number): number[] {
    return (statement(this.db, `SELECT person_id FROM broadcast_recipients WHERE broadcast_id = ? AND queued_at IS NULL ORDER BY seq LIMIT ?`).all(id, limit) as { person_id: number }[]).map((r) => r.person_id);
  }

  /** The position of the next recipient to queue (grows with every chunk; names the chunk's job). */
  nextSeq(id: number): number | null {
    return (statement(this.db, `SELECT MIN(seq) AS seq FROM broadcast_recipients WHERE broadcast_id = ? AND queued_at IS NULL`).get(id) as { seq: number | null }).seq;
  }

  unqueuedCount(id: number): number {
    return (statement(this.db, `SELECT COUNT(*) AS n FROM broadcast_recipients WHERE broadcast_id = ? AND queued_at IS NULL`).get(id) as { n: number }).n;
  }

  markQueued(id: number, personId: number, platform: string | null, now: number): boolean {
    return statement(this.db, `UPDATE broadcast_recipients SET queued_at = ?, platform = ? WHERE broadcast_id = ? AND person_id = ? AND queued_at IS NULL`).run(now, platform, id, personId).changes === 1;
  }

  /** A recipient who left (deactivated, forgotten) before their turn came. */
  dropRecipient(id: number, personId: number): void {
    const dropped = statement(this.db, `DELETE FROM broadcast_recipients WHERE broadcast_id = ? AND person_id = ? AND queued_at IS NULL`).run(id, personId).changes;
    if (dropped === 1) statement(this.db, `UPDATE broadcasts SET total = total - 1 WHERE id = ?`).run(id);
  }

  recipient(id: number, personId: number): { queued_at: number | null; acknowledged_at: number | null; platform: string | null } | null {
    const row = statement(this.db, `SELECT * FROM broadcast_recipients WHERE broadcast_id = ? AND person_id = ?`).get(id, personId) as
      | { queued_at: number | null; acknowledged_at: number | null; platform: string | null }
      | undefined;
    return row ?? null;
  }

  acknowledge(id: number, personId: number, now: number): boolean {
    return statement(this.db, `UPDATE broadcast_recipients SET acknowledged_at = ? WHERE broadcast_id = ? AND person_id = ? AND acknowledged_at IS NULL AND queued_at IS NOT NULL`).run(now, id, personId).changes === 1;
  }

  /** Acknowledgements, leaving out `except` (the author). */
  ackCount(id: number, except: number | null = null): number {
    return (statement(this.db, `SELECT COUNT(*) AS n FROM broadcast_recipients WHERE broadcast_id = ? AND acknowledged_at IS NOT NULL AND person_id IS NOT ?`).get(id, except) as { n: number }).n;
  }

  notAcknowledged(id: number): number[] {
    return (statement(this.db, `SELECT person_id FROM broadcast_recipients WHERE broadcast_id = ? AND acknowledged_at IS NULL AND queued_at IS NOT NULL AND platform IS NOT NULL ORDER BY seq`).all(id) as { person_id: number }[]).map((r) => r.person_id);
  }

  markReminded(id: number, personId: number, now: number): void {
    statement(this.db, `UPDATE broadcast_recipients SET reminded_at = ? WHERE broadcast_id = ? AND person_id = ?`).run(now, id, personId);
  }

  /** Recipients who had no reachable account when their turn came. */
  withoutAccount(id: number): number[] {
    return (statement(this.db, `SELECT person_id FROM broadcast_recipients WHERE broadcast_id = ? AND queued_at IS NOT NULL AND platform IS NULL ORDER BY seq`).all(id) as { person_id: number }[]).map((r) => r.person_id);
  }

  /** What became of each queued copy, from the outbox rows of the broadcast's source. */
  deliveries(id: number): { personId: number | null; status: string; notBefore: number }[] {
    // One row per recipient: the status of the keyed (last) part of their copy.
    return deliveriesOf(this.db, sourceOf(id), messageKeyOf(id));
  }

  counts(id: number, now: number): DeliveryCounts & { byPerson: Map<number, string> } {
    const c: DeliveryCounts = { delivered: 0, waiting: 0, queued: 0, unreachable: 0, failed: 0, cancelled: 0 };
    const byPerson = new Map<number, string>();
    for (const d of this.deliveries(id)) {
      let kind: keyof DeliveryCounts;
      if (d.status === 'sent') kind = 'delivered';
      else if (d.status === 'pending' || d.status === 'sending') kind = d.notBefore > now ? 'waiting' : 'queued';
      else if (d.status === 'unreachable') kind = 'unreachable';
      else if (d.status === 'failed') kind = 'failed';
      else kind = 'cancelled';
      c[kind]++;
      if (d.personId !== null) byPerson.set(d.personId, kind);
    }
    for (const p of this.withoutAccount(id)) {
      c.unreachable++;
      byPerson.set(p, 'unreachable');
    }
    return { ...c, byPerson };
  }

  receivedBy(personId: number): { broadcast_id: number; queued_at: number | null; acknowledged_at: number | null; text: string }[] {
    return statement(
      this.db,
      `SELECT r.broadcast_id, r.queued_at, r.acknowledged_at, b.text FROM broadcast_recipients r JOIN broadcasts b ON b.id = r.broadcast_id WHERE r.person_id = ? ORDER BY r.broadcast_id`,
    ).all(personId) as { broadcast_id: number; queued_at: number | null; acknowledged_at: number | null; text: string }[];
  }

  authoredBy(personId: number): { id: number; status: string; created_at: number }[] {
    return statement(this.db, `SELECT id, status, created_at FROM broadcasts WHERE author_id = ? ORDER BY id`).all(personId) as { id: number; status: string; created_at: number }[];
  }

  forget(personId: number): void {
    statement(this.db, `DELETE FROM broadcast_recipients WHERE person_id = ?`).run(personId);
    statement(this.db, `DELETE FROM broadcasts WHERE author_id = ? AND status = 'draft'`).run(personId);
  }
}

/** Topics that active people of the organisation want or offer, the most people first (the topic audience's order). */
export function topicsByPeople(db: DB, orgId: number): number[] {
  return (
    statement(
      db,
      `SELECT pt.topic_id AS id FROM person_topics pt JOIN persons p ON p.id = pt.person_id
       WHERE p.organisation_id = ? AND p.status = 'active' GROUP BY pt.topic_id ORDER BY COUNT(DISTINCT pt.person_id) DESC, pt.topic_id`,
    ).all(orgId) as { id: number }[]
  ).map((r) => r.id);
}
