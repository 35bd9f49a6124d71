import { statement } from '../../../db/statement-cache.js';
import type { CoreDeps } from '../deps.js';
import type { JobContext } from '../feature.js';
import type { OutgoingMessage } from '../../../messaging/types.js';
import { getOrganisation } from '../organisation/organisation.js';
import { Notifier } from '../contact/notifier.js';
import { scheduleJob, type Job } from '../jobs/jobs.js';

/**
 * Files that take time to make (chart pictures, XLSX workbooks, CSV) are made outside the
 * update's transaction, so a long export never holds up the bot. The handler takes a snapshot
 * of the data inside its transaction and stores a request row; a worker renders it
 * asynchronously and, in a new short transaction, queues the files to the person and marks the
 * row done. A durable job per request wakes the worker after a restart and retries a render
 * that died half-way.
 */

export type FileRenderer = (params: Record<string, unknown>) => Promise<OutgoingMessage[]>;

const renderers = new Map<string, FileRenderer>();

/** A capability registers how to render its kind of file (once, at import). */
export function registerFileKind(kind: string, render: FileRenderer): void {
  renderers.set(kind, render);
}

const STALE_RENDER_MS = 10 * 60_000;
const MAX_ATTEMPTS = 3;

export interface FileRequest {
  organisationId: number;
  personId: number;
  kind: string;
  params: Record<string, unknown>;
  now: number;
}

/** Stores a request (inside the caller's transaction); the worker starts once it has committed. */
export function requestFile(deps: CoreDeps, r: FileRequest): number {
  const info = statement(
    deps.db,
    `INSERT INTO report_files (organisation_id, person_id, kind, params, status, created_at) VALUES (?, ?, ?, ?, 'pending', ?)`,
  ).run(r.organisationId, r.personId, r.kind, JSON.stringify(r.params), r.now);
  const id = Number(info.lastInsertRowid);
  scheduleJob(deps.db, { organisationId: r.organisationId, kind: 'reports.file', key: `reports.file:${id}:0`, dueAt: r.now + STALE_RENDER_MS, payload: { id, check: 0 }, now: r.now });
  fileWorker(deps).wake();
  return id;
}

/** The job: a request still not done after a while is rendered again (the process may have stopped). */
export function fileCheckJob(ctx: JobContext, job: Job): void {
  const id = Number(job.payload.id);
  const check = Number(job.payload.check ?? 0);
  const row = statement(ctx.deps.db, 'SELECT status FROM report_files WHERE id = ?').get(id) as { status: string } | undefined;
  if (!row || row.status === 'done' || row.status === 'failed') return;
  if (check + 1 < MAX_ATTEMPTS + 2) {
    scheduleJob(ctx.deps.db, { organisationId: job.organisationId, kind: 'reports.file', key: `reports.file:${id}:${check + 1}`, dueAt: ctx.now + STALE_RENDER_MS, payload: { id, check: check + 1 }, now: ctx.now });
  }
  fileWorker(ctx.deps).wake();
}

interface FileRow {
  id: number;
  organisation_id: number;
  person_id: number | null;
  kind: string;
  params: string;
  attempts: number;
}

export class FileWorker {
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly deps: CoreDeps) {}

  /** Starts rendering after the current transaction (and the current turn) are over. */
  wake(): void {
    setImmediate(() => void this.run());
  }

  /** Renders every pending request; resolves when none is left. */
  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      // Yield first: a run with nothing to claim would otherwise finish (and clear `running`)
      // before `running` is set, leaving a settled promise that swallows every later run.
      await Promise.resolve();
      try {
        do {
          this.again = false;
          for (let row = this.claim(); row; row = this.claim()) await this.render(row);
        } while (this.again);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  private claim(): FileRow | null {
    const { db, clock } = this.deps;
    if (!db.open) return null;
    const now = clock.now();
    return db.transaction(() => {
      const row = statement(
        db,
        `SELECT id, organisation_id, person_id, kind, params, attempts FROM report_files
         WHERE status = 'pending' OR (status = 'rendering' AND claimed_at < ?) ORDER BY id LIMIT 1`,
      ).get(now - STALE_RENDER_MS) as FileRow | undefined;
      if (!row) return null;
      statement(db, `UPDATE report_files SET status = 'rendering', claimed_at = ?, attempts = attempts + 1 WHERE id = ?`).run(now, row.id);
      return row;
    })();
  }

  private async render(row: FileRow): Promise<void> {
    const { db, log } = this.deps;
    let messages: OutgoingMessage[] = [];
    let error: string | null = null;
    try {
      const renderer = renderers.get(row.kind);
      if (!renderer) throw new Error(`no renderer for ${row.kind}`);
      messages = await renderer(JSON.parse(row.params) as Record<string, unknown>);
    } catch (err) {
      error = String(err).slice(0, 500);
      log.error({ err, fileId: row.id, kind: row.kind }, 'rendering a file failed');
    }
    if (!db.open) return;
    const now = this.deps.clock.now();
    db.transaction(() => {
      const org = getOrganisation(db, row.organisation_id);
      const notifier = new Notifier(this.deps, org);
      if (error) {
        const giveUp = row.attempts + 1 >= MAX_ATTEMPTS;
        statement(db, `UPDATE report_files SET status = ?, error = ?, claimed_at = NULL WHERE id = ?`).run(giveUp ? 'failed' : 'pending', error, row.id);
        if (giveUp && row.person_id) notifier.toPerson(row.person_id, (tx) => ({ text: tx.t('reports-file-failed') }), { urgency: 'reply', source: 'reports.file' });
        return;
      }
      for (const m of messages) if (row.person_id) notifier.toPerson(row.person_id, () => m, { urgency: 'reply', source: 'reports.file' });
      // The snapshot is not kept once delivered.
      statement(db, `UPDATE report_files SET status = 'done', done_at = ?, params = '{}' WHERE id = ?`).run(now, row.id);
    })();
    if (error && row.attempts + 1 < MAX_ATTEMPTS) this.again = true;
  }
}

const workers = new WeakMap<object, FileWorker>();

export function fileWorker(deps: CoreDeps): FileWorker {
  let w = workers.get(deps.db);
  if (!w) workers.set(deps.db, (w = new FileWorker(deps)));
  return w;
}

export function fileBase64(bytes: Buffer): { type: 'bytes'; base64: string } {
  return { type: 'bytes', base64: bytes.toString('base64') };
}
