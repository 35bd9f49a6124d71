import type { Clock } from '../clock.js';
import type { DB } from '../db/database.js';
import { I18n } from '../i18n/i18n.js';
import type { Logger } from '../log.js';
import { Outbox, type OutboxRow } from '../messaging/outbox.js';
import { performance } from 'node:perf_hooks';
import type { HandleOutcome, Incoming, MessengerAdapter, Platform } from '../messaging/types.js';
import type { CoreDeps, CoreSettings } from '../core/kernel/deps.js';
import type { Feature } from '../core/kernel/feature.js';
import { ensureOrganisation, getOrganisation, type Organisation } from '../core/kernel/organisation/organisation.js';
import { findAccount, getPerson, setAccountReachable } from '../core/kernel/persons/person.js';
import { Notifier } from '../core/kernel/contact/notifier.js';
import { Router, type BatchLimits } from './router.js';
import { Dispatcher, type Sleep } from './dispatcher.js';
import { Scheduler } from '../scheduler/scheduler.js';
import { allFeatures } from './features.js';

/**
 * The application: the core's features behind one router, the outbox's dispatcher, and the
 * scheduler, over one database. main.ts, the tests and the benchmarks all build it here.
 */
export interface AppOptions {
  db: DB;
  clock: Clock;
  log: Logger;
  settings: CoreSettings;
  adapters: MessengerAdapter[];
  i18n?: I18n;
  features?: Feature[];
  /** The dispatcher's wait (the benchmark's simulated clock). */
  sleep?: Sleep;
  /** Bounds of group commit (how many updates, how long), when not the defaults. */
  batch?: Partial<BatchLimits>;
}

export class App {
  readonly deps: CoreDeps;
  readonly org: Organisation;
  readonly router: Router;
  readonly dispatcher: Dispatcher;
  readonly scheduler: Scheduler;
  readonly adapters: Map<Platform, MessengerAdapter>;
  readonly features: Feature[];
  /** Told how long each update took to handle (ms); the metrics listen here. */
  onUpdateHandled: ((incoming: Incoming, ms: number) => void) | null = null;

  constructor(opts: AppOptions) {
    const outbox = new Outbox(opts.db);
    this.deps = { db: opts.db, clock: opts.clock, i18n: opts.i18n ?? new I18n(), log: opts.log, outbox, settings: opts.settings };
    this.org = ensureOrganisation(opts.db, opts.settings, opts.clock.now());
    this.features = opts.features ?? allFeatures();
    this.adapters = new Map(opts.adapters.map((a) => [a.platform, a]));
    this.router = new Router(this.deps, this.org.id, this.features, this.adapters, opts.batch);
    this.dispatcher = new Dispatcher({
      db: opts.db,
      adapters: this.adapters,
      clock: opts.clock,
      log: opts.log,
      sleep: opts.sleep,
      onUnreachable: (row, detail) => this.unreachable(row, detail),
      onSettled: () => this.scheduler.deliveriesSettled(),
    });
    this.scheduler = new Scheduler(this.deps, this.features);
    // One wake per burst: a transaction queueing 500 rows wakes the dispatcher once, not 500 times.
    // What was queued may have come with a job due now (a broadcast's next chunk): it runs next.
    let wakeQueued = false;
    outbox.onEnqueue(() => {
      if (wakeQueued) return;
      wakeQueued = true;
      setImmediate(() => {
        wakeQueued = false;
        this.dispatcher.wake();
        this.scheduler.soon();
      });
    });
  }

  /** The router's sink, timed. */
  private readonly handle = async (incoming: Incoming): Promise<HandleOutcome> => {
    const started = performance.now();
    try {
      return await this.router.handle(incoming);
    } finally {
      this.onUpdateHandled?.(incoming, performance.now() - started);
    }
  };

  /** A chat turned out unreachable (blocked the bot): mark its account, let features react. */
  private unreachable(row: OutboxRow, detail: string): void {
    const { db } = this.deps;
    if (setAccountReachable(db, row.platform, row.chat_id, false) === 0) return;
    this.deps.log.warn({ platform: row.platform, personId: row.person_id, detail }, 'account unreachable');
    const account = row.person_id ? null : findAccount(db, row.platform, row.chat_id);
    const person = getPerson(db, row.person_id ?? account?.personId ?? -1);
    if (!person) return;
    const org = getOrganisation(db, person.organisationId);
    const ctx = { deps: this.deps, now: this.deps.clock.now(), org, notifier: new Notifier(this.deps, org) };
    for (const f of this.features) f.onUnreachable?.(ctx, person);
  }

  /** Starts the adapters, the dispatcher and the scheduler. */
  async start(opts: { schedulerSeconds?: number } = {}): Promise<void> {
    for (const adapter of this.adapters.values()) await adapter.start(this.handle);
    await this.publishCommands();
    this.dispatcher.start();
    this.scheduler.start(opts.schedulerSeconds);
  }

  /** Graceful stop: no new updates, finish those in flight, flush sends in flight, stop time. */
  async stop(): Promise<void> {
    for (const adapter of this.adapters.values()) await adapter.stop();
    this.scheduler.stop();
    await this.dispatcher.stop();
  }

  private async publishCommands(): Promise<void> {
    for (const adapter of this.adapters.values()) {
      if (!adapter.setCommands) continue;
      for (const lang of ['ru', 'en'] as const) {
        const commands = this.router
          .commandList()
          .filter((c) => !c.hidden)
          .map((c) => ({ command: c.name, description: this.deps.i18n.t(lang, c.descriptionKey) }));
        await adapter.setCommands(lang, commands);
      }
    }
  }
}
