import cron, { type ScheduledTask } from 'node-cron';
import type { CoreDeps } from '../core/kernel/deps.js';
import type { Feature, JobContext } from '../core/kernel/feature.js';
import { dueJobs, expediteJobs, failJob, finishJob, type Job } from '../core/kernel/jobs/jobs.js';
import { getOrganisation } from '../core/kernel/organisation/organisation.js';
import { Notifier } from '../core/kernel/contact/notifier.js';
import { DAY, HOUR } from '../clock.js';
import { truncateLog } from '../db/database.js';
import { forgetProcessedBefore } from '../messaging/processed-updates.js';

/**
 * Durable time, driven by node-cron: one tick picks the due job rows and runs each in its own
 * transaction. After downtime the first tick finds everything overdue at once; the handlers
 * collapse stale reminders. The clock is injected, so tests call `tick()` after moving it.
 */
export class Scheduler {
  private readonly handlers = new Map<string, (ctx: JobContext, job: Job) => void>();
  private task: ScheduledTask | null = null;
  private ticking = false;
  private soonQueued = false;
  /** Started: follow-ups run on the next turn (otherwise only `tick()` runs jobs, as tests call it). */
  private eager = false;
  private lastRetention = 0;
  private lastCheckpoint = 0;
  /** Job kinds to run as soon as the outbox has gone quiet (a broadcast's progress watch). */
  private readonly afterDelivery: string[];

  constructor(
    private readonly deps: CoreDeps,
    private readonly features: Feature[],
    private readonly batchSize = 1000,
  ) {
    for (const f of features) {
      for (const [kind, handler] of Object.entries(f.jobs ?? {})) {
        if (this.handlers.has(kind)) throw new Error(`job kind ${kind} is defined twice`);
        this.handlers.set(kind, handler);
      }
    }
    this.afterDelivery = features.flatMap((f) => f.jobsAfterDelivery ?? []);
  }

  /**
   * Runs the due jobs on the next turn of the event loop (once, however often it is asked):
   * a job that scheduled a follow-up due now (a broadcast's next chunk) does not wait for the
   * next tick, and updates and sends get their turn in between.
   */
  soon(): void {
    if (!this.eager || this.soonQueued) return;
    this.soonQueued = true;
    setImmediate(() => {
      this.soonQueued = false;
      try {
        this.tick();
      } catch (err) {
        this.deps.log.error({ err }, 'scheduler tick failed');
      }
    });
  }

  private followUpAt = -1;
  private followUpCount = 0;

  /** A guard against a job that keeps rescheduling itself for now: at most 10,000 follow-ups at one instant. */
  private followUps(now: number): boolean {
    if (now !== this.followUpAt) {
      this.followUpAt = now;
      this.followUpCount = 0;
    }
    return ++this.followUpCount <= 10_000;
  }

  /** The outbox has nothing left to send now: the jobs that report on deliveries run at once. */
  deliveriesSettled(): void {
    if (!this.afterDelivery.length) return;
    const now = this.deps.clock.now();
    if (expediteJobs(this.deps.db, this.afterDelivery, now) > 0) this.soon();
  }

  /** Runs every due job; returns how many ran. */
  tick(): number {
    if (this.ticking) return 0;
    this.ticking = true;
    let ran = 0;
    try {
      const { db, clock, log } = this.deps;
      for (;;) {
        const now = clock.now();
        const jobs = dueJobs(db, now, this.batchSize);
        if (!jobs.length) break;
        const orgs = new Map<number, JobContext>();
        for (const job of jobs) {
          let ctx = orgs.get(job.organisationId);
          if (!ctx) {
            const org = getOrganisation(db, job.organisationId);
            ctx = { deps: this.deps, now, org, notifier: new Notifier(this.deps, org), features: this.features };
            orgs.set(job.organisationId, ctx);
          }
          const handler = this.handlers.get(job.kind);
          try {
            db.transaction(() => {
              if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
              handler(ctx, job);
              finishJob(db, job, now);
            })();
          } catch (err) {
            log.error({ err, jobId: job.id, kind: job.kind }, 'job failed');
            failJob(db, job.id, now, String(err));
          }
          ran++;
        }
        if (jobs.length < this.batchSize) {
          // A handler scheduled a follow-up due now: it runs on the next turn, not the next tick.
          if (dueJobs(db, clock.now(), 1).length && this.followUps(clock.now())) this.soon();
          break;
        }
      }
      this.prune();
    } finally {
      this.ticking = false;
    }
    return ran;
  }

  /**
   * Housekeeping after a tick: seen update ids are kept a week; the words of delivered messages
   * for the retention period (checked hourly); and at least once a minute the write-ahead log is
   * folded into the database and emptied, so that blanked words (an anonymous answer, a forgotten
   * person) do not linger in the files.
   */
  private prune(): void {
    const now = this.deps.clock.now();
    forgetProcessedBefore(this.deps.db, now - 7 * DAY);
    if (now - this.lastRetention >= HOUR || now < this.lastRetention) {
      this.lastRetention = now;
      this.deps.outbox.blankDeliveredBefore(now - (this.deps.settings.messagesKeepDays ?? 30) * DAY);
    }
    const wall = Date.now();
    if (wall - this.lastCheckpoint >= 50_000) {
      this.lastCheckpoint = wall;
      truncateLog(this.deps.db);
    }
  }

  /**
   * Ticks every `seconds` seconds (node-cron) and once now, catching up after downtime; from now
   * on a job's follow-up due now runs on the next turn. `cron: false` leaves the periodic tick to
   * the caller (the benchmark's simulated clock).
   */
  start(seconds = 15, opts: { cron?: boolean } = {}): void {
    this.eager = true;
    this.tick();
    if (opts.cron === false) return;
    this.task = cron.schedule(`*/${seconds} * * * * *`, () => {
      try {
        this.tick();
      } catch (err) {
        this.deps.log.error({ err }, 'scheduler tick failed');
      }
    });
  }

  stop(): void {
    this.eager = false;
    void this.task?.stop();
    this.task = null;
  }
}
