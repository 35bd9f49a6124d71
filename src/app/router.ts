import { performance } from 'node:perf_hooks';
import type { CoreDeps } from '../core/kernel/deps.js';
import type { Feature, Turn, CommandDef, ActionHandler, ReceivedFile } from '../core/kernel/feature.js';
import { allows } from '../core/kernel/access.js';
import { StaleButton, UserError } from '../core/kernel/errors.js';
import { getOrganisation } from '../core/kernel/organisation/organisation.js';
import { findAccount, getPerson, setAccountReachable } from '../core/kernel/persons/person.js';
import { Notifier } from '../core/kernel/contact/notifier.js';
import { textsFor } from '../core/kernel/contact/texts.js';
import { channelOf, clearDialog, clearSuspendedOfKind, loadDialog, saveDialog } from '../core/kernel/dialogs/dialogs.js';
import { DialogEngine, type TurnMarks } from '../core/kernel/dialogs/engine.js';
import { actionName } from '../messaging/actions.js';
import { runCommandAction } from '../core/kernel/menu.js';
import type { HandleOutcome, Incoming, MessengerAdapter, OutgoingMessage } from '../messaging/types.js';
import { pickLanguage } from '../i18n/i18n.js';
import { InboundGate } from './inbound-limits.js';
import { markProcessed, wasProcessed } from '../messaging/processed-updates.js';

/** The longest text a person may send in one message. */
export const MAX_INCOMING_TEXT = 4096;
/** Documents up to this size with these endings are fetched before the core sees them (CSV, JSON). */
export const MAX_FETCHED_DOCUMENT = 2 * 1024 * 1024;
const FETCHED_DOCUMENT = /\.(csv|json|txt)$/i;
/** How big a batch of updates sharing one transaction (group commit) may grow. */
export interface BatchLimits {
  /** At most this many updates… */
  maxUpdates: number;
  /** …and no more once the batch has worked this long (ms), so latency stays low. */
  maxMs: number;
}
export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxUpdates: 64, maxMs: 4 };

/** An update waiting for its batch, and how to tell the adapter once it is stored. */
interface PendingUpdate {
  incoming: Incoming;
  file?: ReceivedFile;
  resolve(outcome: HandleOutcome): void;
  reject(err: unknown): void;
}

type Settled = { ok: true; outcome: HandleOutcome } | { ok: false; err: unknown };

/**
 * From an incoming update to the core: per update, one SQLite transaction (a savepoint inside the
 * batch's transaction) that remembers the update id, changes state and queues messages. A
 * redelivered update is ignored. A UserError rolls the update back and answers with its text; any
 * other error too, with a generic text.
 *
 * Group commit: updates handed over together (in one task, e.g. a long-poll page) or waiting while a
 * batch is handled share one outer transaction, within `batchLimits`; each update's promise —
 * what an adapter awaits before acknowledging — settles only after that COMMIT. If the COMMIT
 * fails, the batch's updates are handled again one transaction each, so one bad update cannot
 * lose the others.
 */
export class Router {
  private readonly commands = new Map<string, CommandDef>();
  private readonly actions = new Map<string, ActionHandler>();
  private readonly engine: DialogEngine;
  /** Runs work in one transaction; built once (better-sqlite3 builds four wrappers per `db.transaction`). */
  private readonly inTransaction: (work: () => void) => void;
  /** How many updates, and for how long, may share one transaction (group commit). */
  private readonly batchLimits: BatchLimits;
  private pending: PendingUpdate[] = [];
  private flushScheduled = false;
  /** What one sender may cost (inbound-limits.ts). */
  readonly gate: InboundGate;

  constructor(
    private readonly deps: CoreDeps,
    private readonly orgId: number,
    private readonly features: Feature[],
    private readonly adapters: Map<string, MessengerAdapter> = new Map(),
    batch: Partial<BatchLimits> = {},
  ) {
    this.batchLimits = { ...DEFAULT_BATCH_LIMITS, ...batch };
    for (const f of features) {
      for (const c of f.commands ?? []) {
        if (this.commands.has(c.name)) throw new Error(`command /${c.name} is defined twice`);
        this.commands.set(c.name, c);
      }
      for (const a of f.actions ?? []) {
        if (this.actions.has(a.def.name)) throw new Error(`action ${a.def.name} is defined twice`);
        this.actions.set(a.def.name, a);
      }
    }
    this.engine = DialogEngine.of(features);
    this.gate = new InboundGate(deps, orgId);
    this.inTransaction = deps.db.transaction((work: () => void) => work());
  }

  /** The sink adapters call. Fetches small documents first (outside any transaction). */
  handle = async (incoming: Incoming): Promise<HandleOutcome> => {
    let file: ReceivedFile | undefined;
    if (incoming.kind === 'file') {
      file = { ...incoming.file };
      const adapter = this.adapters.get(incoming.file.platform);
      const small = (incoming.file.size ?? 0) <= MAX_FETCHED_DOCUMENT;
      if (adapter?.downloadFile && small && FETCHED_DOCUMENT.test(incoming.file.name ?? '') && !this.isDuplicate(incoming)) {
        try {
          file.content = (await adapter.downloadFile(incoming.file)).bytes;
        } catch (err) {
          this.deps.log.warn({ err: String(err), updateId: incoming.updateId }, 'could not fetch a document');
        }
      }
    }
    return new Promise<HandleOutcome>((resolve, reject) => {
      this.pending.push({ incoming, file, resolve, reject });
      this.scheduleFlush();
    });
  };

  /**
   * The first waiting update flushes in a microtask, after the synchronous work that handed it
   * over: updates handed over in the same loop (a long-poll page) join it, and one alone costs no
   * event-loop turn. What did not fit in a batch waits for the next turn, so I/O is not starved.
   */
  private scheduleFlush(nextTurn = false): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    const run = () => {
      this.flushScheduled = false;
      this.flush();
    };
    if (nextTurn) setImmediate(run);
    else queueMicrotask(run);
  }

  /** Handles the waiting updates in one transaction, then settles their promises. */
  private flush(): void {
    if (this.pending.length === 1) {
      // Alone: its own transaction, as without batching (no savepoint inside a transaction).
      const p = this.pending.shift()!;
      let outcome: HandleOutcome;
      try {
        outcome = this.handleSync(p.incoming, p.file);
      } catch (err) {
        p.reject(err);
        return;
      }
      p.resolve(outcome);
      return;
    }
    const { maxUpdates, maxMs } = this.batchLimits;
    const batch: PendingUpdate[] = [];
    const settled: Settled[] = [];
    try {
      this.inTransaction(() => {
        const started = performance.now();
        while (this.pending.length && batch.length < maxUpdates && (batch.length === 0 || performance.now() - started < maxMs)) {
          const next = this.pending.shift()!;
          batch.push(next);
          try {
            settled.push({ ok: true, outcome: this.handleSync(next.incoming, next.file) });
          } catch (err) {
            settled.push({ ok: false, err });
          }
          // SQLite may end the whole transaction on some errors (disk full, I/O): then the batch is lost.
          if (!this.deps.db.inTransaction) throw new Error('the batch transaction ended early');
        }
      });
    } catch (err) {
      this.deps.log.warn({ err: String(err), updates: batch.length }, 'group commit failed; handling the batch one by one');
      settled.length = 0;
      for (const p of batch) {
        try {
          settled.push({ ok: true, outcome: this.handleSync(p.incoming, p.file) });
        } catch (e) {
          settled.push({ ok: false, err: e });
        }
      }
    } finally {
      if (this.pending.length) this.scheduleFlush(true);
    }
    batch.forEach((p, i) => {
      const s = settled[i]!;
      if (s.ok) p.resolve(s.outcome);
      else p.reject(s.err);
    });
  }

  private isDuplicate(incoming: Incoming): boolean {
    return wasProcessed(this.deps.db, incoming.from.platform, incoming.updateId);
  }

  /**
   * Handles one update in one transaction (a savepoint when a batch's transaction is open);
   * returns what the adapter should acknowledge.
   */
  handleSync(incoming: Incoming, file?: ReceivedFile): HandleOutcome {
    const { log } = this.deps;
    const outcome: HandleOutcome = {};
    /** What the handler asked to keep even if it refuses (see Turn.keep). */
    const kept: (() => void)[] = [];
    try {
      this.inTransaction(() => {
        // Remembering the update and learning it was seen before are one statement.
        if (!markProcessed(this.deps.db, incoming.from.platform, incoming.updateId, this.deps.clock.now())) return;
        if (!this.gate.admit(incoming, this.deps.clock.now())) return;
        const turn = this.createTurn(incoming, outcome, file, kept);
        this.dispatch(turn);
        this.engine.afterTurn(turn, this.marks.get(turn)!);
      });
    } catch (err) {
      const known = err instanceof UserError;
      if (!known) log.error({ err, updateId: incoming.updateId, kind: incoming.kind }, 'handler failed');
      this.inTransaction(() => {
        if (this.isDuplicate(incoming)) return;
        markProcessed(this.deps.db, incoming.from.platform, incoming.updateId, this.deps.clock.now());
        for (const work of kept) work();
        const turn = this.createTurn(incoming, outcome, file);
        const text = known ? turn.t(err.key, err.args) : turn.t('common-error');
        if (incoming.kind === 'action') turn.ack(text.slice(0, 190));
        turn.reply(text);
      });
    }
    return outcome;
  }

  private commandCache: CommandDef[] | null = null;

  commandList(): CommandDef[] {
    return (this.commandCache ??= [...this.commands.values()]);
  }

  /** What happened to dialogs in each turn (see DialogEngine.afterTurn). */
  private readonly marks = new WeakMap<Turn, TurnMarks>();

  private createTurn(incoming: Incoming, outcome: HandleOutcome, file?: ReceivedFile, kept?: (() => void)[]): Turn {
    const { db } = this.deps;
    const org = getOrganisation(db, this.orgId);
    const notifier = new Notifier(this.deps, org);
    const account = findAccount(db, incoming.from.platform, incoming.from.userId);
    // Writing to the bot again means the person unblocked it (or allowed community messages).
    if (account && !account.reachable) setAccountReachable(db, account.platform, account.chatId, true);
    const found = account ? getPerson(db, account.personId) : null;
    const person = found && found.status !== 'forgotten' ? found : null;
    const address = { platform: incoming.from.platform, chatId: incoming.from.chatId };
    const channel = channelOf(address.platform, address.chatId);
    const dialog = loadDialog(db, channel);
    const lang = person?.language ?? (dialog?.data.lang as 'ru' | 'en' | undefined) ?? pickLanguage(incoming.from.languageCode, org.language);
    const tx = textsFor(this.deps.i18n, lang, person?.timezone ?? org.timezone, person?.gender);
    const now = this.deps.clock.now();
    const asMessage = (m: OutgoingMessage | string): OutgoingMessage => (typeof m === 'string' ? { text: m } : m);
    const marks: TurnMarks = { ended: false };
    const turn: Turn = {
      deps: this.deps,
      now,
      org,
      incoming,
      address,
      channel,
      keyboard: this.adapters.get(address.platform)?.limits.inlineKeyboard,
      person,
      account: person ? account : null,
      notifier,
      tx,
      t: tx.t,
      reply: (m, opts) => notifier.toChat(address, turn.tx, () => asMessage(m), { ...opts, personId: person?.id }),
      editHere: (key, m) => notifier.editInChat(address, turn.tx, key, () => asMessage(m), person?.id),
      ack: (text) => {
        outcome.ackText = text;
      },
      dialog,
      setDialog: (kind, step, data) => {
        if (turn.dialog?.kind !== kind) clearSuspendedOfKind(db, channel, kind);
        saveDialog(db, org.id, channel, kind, step, data ?? {}, now);
        turn.dialog = { kind, step, data: (data ?? {}) as Record<string, unknown>, updatedAt: now };
      },
      clearDialog: () => {
        if (turn.dialog) marks.ended = true;
        clearDialog(db, channel);
        turn.dialog = null;
      },
      keep: (work) => {
        work();
        kept?.push(work);
      },
      file,
      commands: this.commandList(),
      features: this.features,
    };
    this.marks.set(turn, marks);
    this.engine.check(turn);
    return turn;
  }

  private dispatch(turn: Turn): void {
    const { incoming } = turn;
    if (incoming.from.chatType !== 'private') {
      if (incoming.kind === 'joined_group' || incoming.kind === 'command') turn.reply(turn.t('common-private-only'));
      return;
    }
    switch (incoming.kind) {
      case 'joined_group':
        return;
      case 'unsupported':
        turn.reply(turn.t('common-unsupported'));
        return;
      case 'command':
        this.runCommand(turn, incoming.command, incoming.args);
        return;
      case 'action':
        this.runAction(turn, incoming.data);
        return;
      case 'text': {
        if (incoming.text.length > MAX_INCOMING_TEXT) {
          turn.reply(turn.t('common-too-long', { max: MAX_INCOMING_TEXT }));
          return;
        }
        const menuCommand = this.menuCommand(turn, incoming.text);
        if (menuCommand) {
          this.runCommand(turn, menuCommand, '');
          return;
        }
        if (turn.dialog) {
          const handler = this.engine.handler(turn.dialog.kind)!;
          if (handler.onText) handler.onText(turn, turn.dialog, incoming.text);
          else turn.reply(turn.t('common-use-buttons'));
          return;
        }
        this.freeMessage(turn);
        return;
      }
      case 'file': {
        if (turn.dialog) {
          const handler = this.engine.handler(turn.dialog.kind)!;
          if (handler.onFile) handler.onFile(turn, turn.dialog, turn.file ?? incoming.file);
          else turn.reply(turn.t('common-file-not-expected'));
          return;
        }
        this.freeMessage(turn);
        return;
      }
    }
  }

  private freeMessage(turn: Turn): void {
    for (const f of this.features) {
      if (f.onMessage?.(turn)) return;
    }
    if (!turn.person || turn.person.status !== 'active') {
      turn.reply(turn.t(turn.person?.status === 'deactivated' ? 'common-deactivated' : 'common-not-member'));
      return;
    }
    turn.reply(turn.t(turn.incoming.kind === 'file' ? 'common-file-not-expected' : 'common-dont-understand'));
  }

  private menuCommand(turn: Turn, text: string): string | null {
    const label = text.trim();
    for (const c of this.commands.values()) {
      if (c.menuKey && allows(c.access, turn.person) && turn.t(c.menuKey) === label) return c.name;
    }
    return null;
  }

  private runCommand(turn: Turn, name: string, args: string): void {
    const command = this.commands.get(name);
    if (!command) {
      turn.reply(turn.t('common-unknown-command', { command: name.slice(0, 40) }));
      return;
    }
    if (!allows(command.access, turn.person)) {
      if (!turn.person || turn.person.status === 'onboarding') turn.reply(turn.t('common-not-member'));
      else if (turn.person.status === 'deactivated') turn.reply(turn.t('common-deactivated'));
      else turn.reply(turn.t('common-not-allowed'));
      return;
    }
    // A command typed in the middle of a dialog sets it aside, to go on with afterwards.
    if (!command.keepsDialog) this.engine.beforeCommand(turn, this.marks.get(turn)!, name);
    command.handle(turn, args);
  }

  private runAction(turn: Turn, data: string): void {
    // A button that stands for a command runs it as typed (access and set-aside included).
    const run = runCommandAction.parse(data);
    if (run) {
      this.runCommand(turn, run[0], '');
      return;
    }
    const name = actionName(data);
    const handler = name ? this.actions.get(name) : undefined;
    const args = handler?.def.parse(data);
    if (!handler || !args) {
      throw new StaleButton();
    }
    if (!allows(handler.access, turn.person)) {
      turn.ack(turn.t(turn.person ? 'common-not-allowed' : 'common-not-member'));
      return;
    }
    handler.handle(turn, args as never);
  }
}
