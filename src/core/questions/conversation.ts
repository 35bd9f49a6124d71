import { z } from 'zod';
import { fileRefSchema } from '../kernel/dialogs/schemas.js';
import type { FileRef, OutgoingMessage } from '../../messaging/types.js';
import type { MemberTurn, Turn } from '../kernel/feature.js';
import { hasPerson } from '../kernel/feature.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { focusAction } from './actions.js';
import { header, personName } from './messages.js';
import {
  conversationsOf,
  focusOf,
  getQuestion,
  markFirstAnswer,
  questionIdOfSource,
  recordMessage,
  setFocus,
  sourceOf,
  touchQuestion,
  type Question,
} from './question.js';
import { scheduleIdle } from './idle.js';
import { shortLabel } from '../../messaging/labels.js';
import { dialogDataIf } from '../kernel/dialogs/open-dialog.js';

/** Waiting for the person to say which of her questions a message goes to: the message itself. */
export const PICK_DIALOG = 'question-pick';
export const pickSchema = z.looseObject({ text: z.string(), file: fileRefSchema.nullable() });

/**
 * The conversation of a taken question: whatever the asker and the mentor write is relayed
 * through the bot with a short header naming the question, across platforms. With several open
 * conversations, the messenger's reply-to on a relayed message (mapped through stored message
 * ids, never forwarded-from headers) or the picked active question says where a message goes.
 */

/** Telegram bots cannot fetch files over 20 MB, so nothing larger is relayed. */
export const MAX_RELAYED_FILE = 20 * 1024 * 1024;

export interface Said {
  text: string;
  file: FileRef | null;
}

export function said(turn: Turn): Said | null {
  const inc = turn.incoming;
  if (inc.kind === 'text') return { text: inc.text, file: null };
  if (inc.kind === 'file') return { text: inc.caption ?? '', file: { ...inc.file } };
  return null;
}

/** The question a reply-to points at, if it points at something a question sent. */
function repliedQuestion(turn: Turn): Question | null {
  const replyTo = turn.incoming.replyToMessageId;
  if (!replyTo) return null;
  const found = turn.deps.outbox.keyOfPlatformMessage(turn.address, replyTo);
  const id = questionIdOfSource(found?.source ?? null);
  return id === null ? null : getQuestion(turn.deps.db, id);
}

/** Feature.onMessage: relays free text and files of a person in a conversation. */
export function onConversationMessage(turn: Turn): boolean {
  if (!hasPerson(turn) || turn.person.status !== 'active') return false;
  const me = turn.person;
  const message = said(turn);
  if (!message) return false;
  const { db } = turn.deps;
  const replied = repliedQuestion(turn);
  if (replied && (replied.askerId === me.id || replied.mentorId === me.id)) {
    if (replied.status !== 'taken') throw new UserError('question-closed-no-relay', { id: replied.id });
    relay(turn, replied, message);
    return true;
  }
  const open = conversationsOf(db, me.id);
  if (!open.length) return false;
  if (open.length === 1) {
    relay(turn, open[0]!, message);
    return true;
  }
  const focus = focusOf(db, me.id);
  const focused = open.find((q) => q.id === focus);
  if (focused) {
    relay(turn, focused, message);
    return true;
  }
  turn.setDialog(PICK_DIALOG, 'pick', message);
  turn.reply({
    text: turn.t('question-pick-which'),
    buttons: open.slice(0, 8).map((q) => [{ label: shortLabel(header(db, q, turn.tx)), action: focusAction.encode(q.id) }]),
  });
  return true;
}

/** The person picked the question their messages go to; a message waiting for that goes now. */
export function onFocus(turn: MemberTurn, [id]: [number]): void {
  const me = turn.person;
  const q = getQuestion(turn.deps.db, id);
  if (!q || q.organisationId !== turn.org.id || (q.askerId !== me.id && q.mentorId !== me.id)) throw new StaleButton();
  if (q.status !== 'taken') throw new UserError('question-closed-no-relay', { id: q.id });
  setFocus(turn.deps.db, me.id, q.id);
  const waiting = dialogDataIf(turn, PICK_DIALOG, pickSchema);
  if (waiting) {
    turn.clearDialog();
    relay(turn, q, waiting);
  }
  turn.reply(turn.t('question-focus-set', { header: header(turn.deps.db, q, turn.tx) }));
}

export function relay(turn: MemberTurn, q: Question, message: Said): void {
  const me = turn.person;
  const { db } = turn.deps;
  if (message.file && (message.file.size ?? 0) > MAX_RELAYED_FILE) throw new UserError('question-file-too-big', { mb: 20 });
  if (!message.text.trim() && !message.file) throw new UserError('question-empty');
  const fromMentor = q.mentorId === me.id;
  const to = fromMentor ? q.askerId : q.mentorId!;
  recordMessage(db, q.id, me.id, turn.now, message.text, message.file);
  touchQuestion(db, q.id, turn.now);
  if (fromMentor) markFirstAnswer(db, q.id, turn.now);
  scheduleIdle(turn, q);
  const queued = turn.notifier.toPerson(
    to,
    (tx): OutgoingMessage => {
      const text = tx.t('question-relayed', { header: header(db, q, tx), name: personName(db, me.id, tx), text: message.text });
      const m: OutgoingMessage = { text };
      if (message.file) m.file = { kind: message.file.kind, name: message.file.name ?? 'file', mime: message.file.mime, source: { type: 'platform', ref: message.file } };
      return m;
    },
    { urgency: 'relay', source: sourceOf(q.id) },
  );
  if (!queued) turn.reply(turn.t('question-other-unreachable', { name: personName(db, to, turn.tx) }));
}
