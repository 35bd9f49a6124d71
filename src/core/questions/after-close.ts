import { z } from 'zod';
import type { MemberTurn, Turn } from '../kernel/feature.js';
import { fileRefSchema } from '../kernel/dialogs/schemas.js';
import { UserError } from '../kernel/errors.js';
import { getPerson } from '../kernel/persons/person.js';
import { askAgainAction, reopenAction } from './actions.js';
import { startAskWith } from './asking.js';
import { MAX_RELAYED_FILE, said } from './conversation.js';
import { REOPEN_MS } from './closing.js';
import { lastQuestionAskedBy } from './question.js';
import { dialogData } from '../kernel/dialogs/open-dialog.js';

/**
 * What the asker writes after her question closed is not lost in «Не понял вас»: the bot keeps
 * the text and offers to ask a new question with it, or (for a few days, while the mentor is
 * still here) to reopen the closed one.
 */

export const AFTER_CLOSE_DIALOG = 'question-after-close';
export const afterCloseSchema = z.looseObject({ questionId: z.number().int(), text: z.string(), file: fileRefSchema.nullable() });

/** Free text (or a file) with no open conversation; true when it was about a closed question. */
export function offerAfterClose(turn: Turn): boolean {
  const me = turn.person;
  const message = said(turn);
  if (!me || me.status !== 'active' || !message) return false;
  const last = lastQuestionAskedBy(turn.deps.db, me.id);
  if (!last || (last.status !== 'closed' && last.status !== 'withdrawn')) return false;
  if (!message.text.trim() && !message.file) return false;
  if (message.file && (message.file.size ?? 0) > MAX_RELAYED_FILE) throw new UserError('question-file-too-big', { mb: 20 });
  const mentor = last.mentorId === null ? null : getPerson(turn.deps.db, last.mentorId);
  const canReopen = last.status === 'closed' && last.closedAt !== null && turn.now - last.closedAt <= REOPEN_MS && mentor?.status === 'active';
  turn.setDialog(AFTER_CLOSE_DIALOG, 'choose', { questionId: last.id, text: message.text.trim().slice(0, 4000), file: message.file });
  const buttons = [[{ label: turn.t('question-after-close-ask'), action: askAgainAction.encode(last.id) }]];
  if (canReopen) buttons.push([{ label: turn.t('question-reopen'), action: reopenAction.encode(last.id) }]);
  turn.reply({ text: turn.t('question-after-close', { id: last.id, reopen: canReopen ? 'yes' : 'no' }), buttons });
  return true;
}

/** «Задать новый вопрос»: the kept text becomes a new question; the topic comes next. */
export function onAskAgain(turn: MemberTurn): void {
  const data = dialogData(turn, AFTER_CLOSE_DIALOG, afterCloseSchema);
  turn.clearDialog();
  startAskWith(turn, { text: data.text, file: data.file });
}
