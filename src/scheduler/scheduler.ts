import cron, { type ScheduledTask } from 'node-cron';
import type { CoreDeps } from '../core/deps.js';
import type { Feature, JobContext } from '../core/feature.js';
import { dueJobs, failJob, finishJob, type Job } from '../core/jobs/jobs.js';
import { getOrganisation } from '../core/organisation/organisation.js';
import { Notifier } from '../core/contact/notifier.js';
import { DAY } from '../clock.js';

/**
 * Durable time, driven by node-cron: one tick picks the due job rows and runs each in its own
 * transaction. After downtime the first tick finds everything overdue at once; the handlers
 * collapse stale reminders. The clock is injected, so tests call `tick()` after moving it.
 */
export class Scheduler {
  private readonly handlers = new Map<string, (ctx: JobContext, job: Job) => void>();
  private task: ScheduledTask | null = null;
  private ticking = false;

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
              finishJob(db, job.id, now);
            })();
          } catch (err) {
            log.error({ err, jobId: job.id, kind: job.kind }, 'job failed');
            failJob(db, job.id, now, String(err));
          }
          ran++;
        }
        if (jobs.length < this.batchSize) break;
      }
      this.prune();
    } finally {
      this.ticking = false;
    }
    return ran;
  }

  private prune(): void {
    const cutoff = this.deps.clock.now() - 7 * DAY;
    this.deps.db.prepare('DELETE FROM processed_updates WHERE processed_at < ?').run(cutoff);
  }

  /** Ticks every `seconds` seconds (node-cron) and once now, catching up after downtime. */
  start(seconds = 15): void {
    this.tick();
    this.task = cron.schedule(`*/${seconds} * * * * *`, () => {
      try {
        this.tick();
      } catch (err) {
        this.deps.log.error({ err }, 'scheduler tick failed');
      }
    });
  }

  stop(): void {
    void this.task?.stop();
    this.task = null;
  }
}
