import { deliveriesOf } from '../../messaging/outbox.js';
import type { Statement } from 'better-sqlite3';
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

export class BroadcastStore {
  private static readonly byDb = new WeakMap<DB, BroadcastStore>();

  static of(db: DB): BroadcastStore {
    let s = BroadcastStore.byDb.get(db);
    if (!s) {
      s = new BroadcastStore(db);
      BroadcastStore.byDb.set(db, s);
    }
    return s;
  }

  private readonly s: Record<string, Statement>;

  private constructor(private readonly db: DB) {
    this.s = {
      insert: db.prepare(`INSERT INTO broadcasts (organisation_id, author_id, created_at) VALUES (?, ?, ?)`),
      get: db.prepare(`SELECT * FROM broadcasts WHERE id = ? AND organisation_id = ?`),
      draftOf: db.prepare(`SELECT * FROM broadcasts WHERE author_id = ? AND status = 'draft' ORDER BY id DESC LIMIT 1`),
      recent: db.prepare(`SELECT * FROM broadcasts WHERE organisation_id = ? AND status != 'draft' ORDER BY id DESC LIMIT ?`),
      setContent: db.prepare(`UPDATE broadcasts SET text = ?, html = ?, file = ? WHERE id = ?`),
      setAudience: db.prepare(`UPDATE broadcasts SET audience = ? WHERE id = ?`),
      setAck: db.prepare(`UPDATE broadcasts SET ack_required = ? WHERE id = ?`),
      setStatus: db.prepare(
        `UPDATE broadcasts SET status = @status, scheduled_at = COALESCE(@scheduledAt, scheduled_at), started_at = COALESCE(@startedAt, started_at),
           finished_at = COALESCE(@finishedAt, finished_at), cancelled_at = COALESCE(@cancelledAt, cancelled_at) WHERE id = @id`,
      ),
      reopen: db.prepare(`UPDATE broadcasts SET status = 'draft', scheduled_at = NULL WHERE id = ? AND status = 'scheduled'`),
      setAuthor: db.prepare(`UPDATE broadcasts SET author_id = ? WHERE id = ?`),
      setTotal: db.prepare(`UPDATE broadcasts SET total = ? WHERE id = ?`),
      setProgress: db.prepare(`UPDATE broadcasts SET progress = ? WHERE id = ?`),
      remove: db.prepare(`DELETE FROM broadcasts WHERE id = ?`),
      addRecipient: db.prepare(`INSERT OR IGNORE INTO broadcast_recipients (broadcast_id, person_id, seq) VALUES (?, ?, ?)`),
      nextUnqueued: db.prepare(
        `SELECT person_id FROM broadcast_recipients WHERE broadcast_id = ? AND queued_at IS NULL ORDER BY seq LIMIT ?`,
      ),
      nextSeq: db.prepare(`SELECT MIN(seq) AS seq FROM broadcast_recipients WHERE broadcast_id = ? AND queued_at IS NULL`),
      unqueuedCount: db.prepare(`SELECT COUNT(*) AS n FROM broadcast_recipients WHERE broadcast_id = ? AND queued_at IS NULL`),
      markQueued: db.prepare(
        `UPDATE broadcast_recipients SET queued_at = ?, platform = ? WHERE broadcast_id = ? AND person_id = ? AND queued_at IS NULL`,
      ),
      dropRecipient: db.prepare(`DELETE FROM broadcast_recipients WHERE broadcast_id = ? AND person_id = ? AND queued_at IS NULL`),
      lessTotal: db.prepare(`UPDATE broadcasts SET total = total - 1 WHERE id = ?`),
      recipient: db.prepare(`SELECT * FROM broadcast_recipients WHERE broadcast_id = ? AND person_id = ?`),
      acknowledge: db.prepare(
        `UPDATE broadcast_recipients SET acknowledged_at = ? WHERE broadcast_id = ? AND person_id = ? AND acknowledged_at IS NULL AND queued_at IS NOT NULL`,
      ),
      ackCount: db.prepare(`SELECT COUNT(*) AS n FROM broadcast_recipients WHERE broadcast_id = ? AND acknowledged_at IS NOT NULL AND person_id IS NOT ?`),
      notAcknowledged: db.prepare(
        `SELECT person_id FROM broadcast_recipients WHERE broadcast_id = ? AND acknowledged_at IS NULL AND queued_at IS NOT NULL AND platform IS NOT NULL ORDER BY seq`,
      ),
      markReminded: db.prepare(`UPDATE broadcast_recipients SET reminded_at = ? WHERE broadcast_id = ? AND person_id = ?`),
      noAccount: db.prepare(
        `SELECT person_id FROM broadcast_recipients WHERE broadcast_id = ? AND queued_at IS NOT NULL AND platform IS NULL ORDER BY seq`,
      ),
      receivedBy: db.prepare(
        `SELECT r.broadcast_id, r.queued_at, r.acknowledged_at, b.text FROM broadcast_recipients r JOIN broadcasts b ON b.id = r.broadcast_id WHERE r.person_id = ? ORDER BY r.broadcast_id`,
      ),
      authoredBy: db.prepare(`SELECT id, status, created_at FROM broadcasts WHERE author_id = ? ORDER BY id`),
      forgetRecipient: db.prepare(`DELETE FROM broadcast_recipients WHERE person_id = ?`),
      dropDrafts: db.prepare(`DELETE FROM broadcasts WHERE author_id = ? AND status = 'draft'`),
    };
  }

  create(orgId: number, authorId: number, now: number): Broadcast {
    const id = Number(this.s.insert!.run(orgId, authorId, now).lastInsertRowid);
    return this.get(orgId, id)!;
  }

  get(orgId: number, id: number): Broadcast | null {
    const row = this.s.get!.get(id, orgId) as BroadcastRow | undefined;
    return row ? fromRow(row) : null;
  }

  draftOf(authorId: number): Broadcast | null {
    const row = this.s.draftOf!.get(authorId) as BroadcastRow | undefined;
    return row ? fromRow(row) : null;
  }

  recent(orgId: number, limit: number): Broadcast[] {
    return (this.s.recent!.all(orgId, limit) as BroadcastRow[]).map(fromRow);
  }

  /** The text (with its formatting, when the curator used any) and the file. */
  setContent(id: number, text: string, file: FileRef | null, html: string | null = null): void {
    this.s.setContent!.run(text, html, file ? JSON.stringify(file) : null, id);
  }

  setAudience(id: number, audience: Audience): void {
    this.s.setAudience!.run(JSON.stringify(audience), id);
  }

  setAck(id: number, required: boolean): void {
    this.s.setAck!.run(required ? 1 : 0, id);
  }

  setStatus(
    id: number,
    status: BroadcastStatus,
    times: { scheduledAt?: number; startedAt?: number; finishedAt?: number; cancelledAt?: number } = {},
  ): void {
    this.s.setStatus!.run({
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
    return this.s.reopen!.run(id).changes === 1;
  }

  setAuthor(id: number, authorId: number): void {
    this.s.setAuthor!.run(authorId, id);
  }

  remove(id: number): void {
    this.s.remove!.run(id);
  }

  setProgress(id: number, progress: string): void {
    this.s.setProgress!.run(progress, id);
  }

  /** Freezes the recipient list; returns how many. */
  freezeRecipients(id: number, personIds: number[]): number {
    personIds.forEach((p, i) => this.s.addRecipient!.run(id, p, i));
    this.s.setTotal!.run(personIds.length, id);
    return personIds.length;
  }

  nextUnqueued(id: number, limit: number): number[] {
    return (this.s.nextUnqueued!.all(id, limit) as { person_id: number }[]).map((r) => r.person_id);
  }

  /** The position of the next recipient to queue (grows with every chunk; names the chunk's job). */
  nextSeq(id: number): number | null {
    return (this.s.nextSeq!.get(id) as { seq: number | null }).seq;
  }

  unqueuedCount(id: number): number {
    return (this.s.unqueuedCount!.get(id) as { n: number }).n;
  }

  markQueued(id: number, personId: number, platform: string | null, now: number): boolean {
    return this.s.markQueued!.run(now, platform, id, personId).changes === 1;
  }

  /** A recipient who left (deactivated, forgotten) before their turn came. */
  dropRecipient(id: number, personId: number): void {
    if (this.s.dropRecipient!.run(id, personId).changes === 1) this.s.lessTotal!.run(id);
  }

  recipient(id: number, personId: number): { queued_at: number | null; acknowledged_at: number | null; platform: string | null } | null {
    return (this.s.recipient!.get(id, personId) as { queued_at: number | null; acknowledged_at: number | null; platform: string | null } | undefined) ?? null;
  }

  acknowledge(id: number, personId: number, now: number): boolean {
    return this.s.acknowledge!.run(now, id, personId).changes === 1;
  }

  /** Acknowledgements, leaving out `except` (the author). */
  ackCount(id: number, except: number | null = null): number {
    return (this.s.ackCount!.get(id, except) as { n: number }).n;
  }

  notAcknowledged(id: number): number[] {
    return (this.s.notAcknowledged!.all(id) as { person_id: number }[]).map((r) => r.person_id);
  }

  markReminded(id: number, personId: number, now: number): void {
    this.s.markReminded!.run(now, id, personId);
  }

  /** Recipients who had no reachable account when their turn came. */
  withoutAccount(id: number): number[] {
    return (this.s.noAccount!.all(id) as { person_id: number }[]).map((r) => r.person_id);
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
    const rows = this.s.receivedBy!.all(personId) as { broadcast_id: number; queued_at: number | null; acknowledged_at: number | null; text: string }[];
    return rows;
  }

  authoredBy(personId: number): { id: number; status: string; created_at: number }[] {
    return this.s.authoredBy!.all(personId) as { id: number; status: string; created_at: number }[];
  }

  forget(personId: number): void {
    this.s.forgetRecipient!.run(personId);
    this.s.dropDrafts!.run(personId);
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
