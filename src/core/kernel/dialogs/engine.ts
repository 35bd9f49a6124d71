import { StaleButton } from '../errors.js';
import type { Access, DialogHandler, Feature, Turn } from '../feature.js';
import { allows } from '../access.js';
import { defineAction } from '../../../messaging/actions.js';
import { clearSuspended, loadSuspended, saveSuspended, type DialogState, type SuspendedDialog } from './dialogs.js';

/**
 * The dialog engine: what happens to a dialog around the person's other doings. A dialog read back
 * is checked against its kind (a row that no longer fits is dropped with a word); a command typed
 * in its middle sets it aside to go on with later, and the person is offered to go on as soon as
 * nothing else is open; /cancel says what it cancelled. Never a silent loss.
 */

export const resumeAction = defineAction('dlg.resume', ['int']);
export const dropAction = defineAction('dlg.drop', ['int']);

const engines = new WeakMap<readonly Feature[], DialogEngine>();

/**
 * A dialog's handlers as the engine calls them: with the turn of whoever is in it, once the
 * dialog's access has been checked (a member's dialog is never run for a stranger).
 */
type CheckedDialog = DialogHandler<any, 'anyone'> & { access?: Access };

export class DialogEngine {
  private readonly handlers = new Map<string, CheckedDialog>();
  /** Which feature each dialog kind and each command belongs to. */
  private readonly owners = new Map<string, string>();

  constructor(features: readonly Feature[]) {
    for (const f of features) {
      for (const [kind, d] of Object.entries(f.dialogs ?? {})) {
        if (this.handlers.has(kind)) throw new Error(`dialog ${kind} is defined twice`);
        this.handlers.set(kind, d as CheckedDialog);
        this.owners.set(`dialog:${kind}`, f.name);
      }
      for (const c of f.commands ?? []) this.owners.set(`command:${c.name}`, f.name);
    }
  }

  static of(features: readonly Feature[]): DialogEngine {
    let engine = engines.get(features);
    if (!engine) engines.set(features, (engine = new DialogEngine(features)));
    return engine;
  }

  /** The handlers of the turn's open dialog (checked by `check` for this person). */
  handler(kind: string): CheckedDialog | undefined {
    return this.handlers.get(kind);
  }

  /** Whether this person may be in a dialog of this kind (a member's, by default). */
  private admits(turn: Turn, kind: string): boolean {
    return allows(this.handlers.get(kind)?.access ?? 'member', turn.person);
  }

  /** What the person is doing in this dialog, in their words («новый вопрос»). */
  title(turn: Turn, kind: string): string {
    const h = this.handlers.get(kind);
    return h ? turn.t(h.titleKey) : turn.t('dialog-title-unknown');
  }

  /** The dialog's data as its schema reads it, or null when the stored row no longer fits its kind. */
  parse<D = Record<string, unknown>>(state: DialogState): DialogState<D> | null {
    const h = this.handlers.get(state.kind);
    if (!h || !h.steps.includes(state.step)) return null;
    const parsed = h.schema.safeParse(state.data);
    return parsed.success ? { ...state, data: parsed.data as D } : null;
  }

  /** Checks the dialog the turn was read with; one that no longer fits is closed, and the person told. */
  check(turn: Turn): void {
    const d = turn.dialog;
    if (!d) return;
    // A person who is no longer an active member leaves a member's dialog; the turn then says why.
    if (this.handlers.has(d.kind) && !this.admits(turn, d.kind)) {
      turn.clearDialog();
      return;
    }
    const parsed = this.parse(d);
    if (parsed) {
      turn.dialog = parsed;
      return;
    }
    turn.clearDialog();
    turn.reply(turn.t('dialog-outdated', { what: this.title(turn, d.kind) }));
  }

  /**
   * A command is about to run in the middle of the open dialog: set it aside, close or keep it.
   * A command of the dialog's own capability (/broadcast while composing one) offers to go on in
   * its own way, so the dialog is set aside without a word.
   */
  beforeCommand(turn: Turn, marks: TurnMarks, command: string): void {
    const d = turn.dialog;
    if (!d) return;
    const mode = this.handlers.get(d.kind)?.onCommand ?? 'set-aside';
    if (mode === 'stay') return;
    if (mode === 'close') {
      turn.clearDialog();
      marks.ended = false;
      return;
    }
    const { db } = turn.deps;
    const earlier = loadSuspended(db, turn.channel);
    saveSuspended(db, turn.org.id, turn.channel, d, turn.now);
    turn.clearDialog();
    marks.ended = false;
    marks.setAside = d.kind;
    marks.quiet = this.owners.get(`command:${command}`) === this.owners.get(`dialog:${d.kind}`);
    if (earlier && earlier.kind !== d.kind) turn.reply(turn.t('dialog-replaced', { what: this.title(turn, earlier.kind) }));
  }

  /**
   * After the turn: when nothing is open any more and a dialog waits aside, offer to go on with it.
   * (Opening a dialog of the same kind again takes up the one set aside: see Turn.setDialog.)
   */
  afterTurn(turn: Turn, marks: TurnMarks): void {
    if (turn.dialog || (!marks.ended && !marks.setAside) || marks.quiet) return;
    const waiting = loadSuspended(turn.deps.db, turn.channel);
    if (waiting) this.offer(turn, waiting);
  }

  private offer(turn: Turn, waiting: SuspendedDialog): void {
    turn.reply({
      text: turn.t('dialog-resume-offer', { what: this.title(turn, waiting.kind) }),
      buttons: [[
        { label: turn.t('dialog-resume'), action: resumeAction.encode(waiting.suspendedAt), style: 'primary' },
        { label: turn.t('dialog-drop'), action: dropAction.encode(waiting.suspendedAt) },
      ]],
    });
  }

  /** «Продолжить»: the dialog set aside opens again where it was (the open one, if any, goes aside). */
  resume(turn: Turn, token: number): void {
    const { db } = turn.deps;
    const waiting = loadSuspended(db, turn.channel);
    if (!waiting || waiting.suspendedAt !== token || !this.admits(turn, waiting.kind)) {
      throw new StaleButton();
    }
    clearSuspended(db, turn.channel);
    const state = this.parse(waiting);
    if (!state) {
      turn.reply(turn.t('dialog-outdated', { what: this.title(turn, waiting.kind) }));
      return;
    }
    // The dialog open now, if any, changes places with it.
    if (turn.dialog) saveSuspended(db, turn.org.id, turn.channel, turn.dialog, turn.now);
    turn.setDialog(state.kind, state.step, state.data);
    const h = this.handlers.get(state.kind)!;
    if (h.prompt) h.prompt(turn, { ...state, updatedAt: turn.now });
    else turn.reply(turn.t('dialog-resumed', { what: this.title(turn, state.kind) }));
  }

  /** «Закрыть» on the offer: the dialog set aside is given up. */
  drop(turn: Turn, token: number): void {
    const { db } = turn.deps;
    const waiting = loadSuspended(db, turn.channel);
    if (!waiting || waiting.suspendedAt !== token) {
      throw new StaleButton();
    }
    clearSuspended(db, turn.channel);
    const state = this.parse(waiting);
    if (state && this.admits(turn, state.kind)) this.handlers.get(state.kind)!.cancel?.(turn, state);
    turn.reply(turn.t('cancel-done', { what: this.title(turn, waiting.kind) }));
  }

  /** /cancel: the open dialog, else the one set aside; says what was cancelled. */
  cancel(turn: Turn): void {
    const d = turn.dialog;
    if (d) {
      const h = this.handlers.get(d.kind);
      if (h?.cancel?.(turn, d) === false) return;
      turn.clearDialog();
      turn.reply(turn.t('cancel-done', { what: this.title(turn, d.kind) }));
      return;
    }
    const { db } = turn.deps;
    const waiting = loadSuspended(db, turn.channel);
    if (waiting) {
      clearSuspended(db, turn.channel);
      const state = this.parse(waiting);
      if (state && this.admits(turn, state.kind)) this.handlers.get(state.kind)!.cancel?.(turn, state);
      turn.reply(turn.t('cancel-done', { what: this.title(turn, waiting.kind) }));
      return;
    }
    turn.reply(turn.t('cancel-nothing'));
  }
}

/** What happened to dialogs during one turn (kept by the router beside the turn). */
export interface TurnMarks {
  /** A dialog was ended (finished, cancelled) in this turn. */
  ended: boolean;
  /** The kind of the dialog a command set aside in this turn. */
  setAside?: string;
  /** …by a command of its own capability, which offers to go on itself. */
  quiet?: boolean;
}
