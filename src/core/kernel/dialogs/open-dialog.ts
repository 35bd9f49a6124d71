import type { ZodType } from 'zod';
import { StaleButton } from '../errors.js';
import type { Turn } from '../feature.js';

/**
 * The open dialog's data, typed and checked by the dialog's schema, when the turn is in that
 * dialog (and at that step, if one is named): for a button under a dialog's message. A press
 * that no longer fits the open dialog is a stale button, never a cast that lies.
 */
export function dialogData<D>(turn: Turn, kind: string, schema: ZodType<D>, step?: string): D {
  const d = turn.dialog;
  if (d?.kind !== kind || (step !== undefined && d.step !== step)) throw new StaleButton();
  const parsed = schema.safeParse(d.data);
  if (!parsed.success) throw new StaleButton();
  return parsed.data;
}

/** The same, or null when the turn is not in that dialog (a message that may or may not be awaited). */
export function dialogDataIf<D>(turn: Turn, kind: string, schema: ZodType<D>): D | null {
  const d = turn.dialog;
  if (d?.kind !== kind) return null;
  const parsed = schema.safeParse(d.data);
  return parsed.success ? parsed.data : null;
}
