import { z } from 'zod';
import { fileRefSchema } from '../kernel/dialogs/schemas.js';
import type { Button } from '../../messaging/types.js';
import type { MemberTurn, ReceivedFile, Turn } from '../kernel/feature.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { getTopic, listTopics, topicTitle, type Topic } from '../kernel/organisation/topics.js';
import { orderTopics, topicPage, typedLine } from '../kernel/organisation/topic-picker.js';
import { getPersonInOrg, personTopicIds } from '../kernel/persons/person.js';
import { offerToOne } from './handover.js';
import { askPersonAction, askSendAction, askTopicAction, askTopicPageAction } from './actions.js';
import { shortLabelIn } from '../../messaging/labels.js';
import { MAX_RELAYED_FILE } from './conversation.js';
import { createQuestion } from './question.js';
import { routeQuestion } from './routing.js';
import { dialogData } from '../kernel/dialogs/open-dialog.js';

/**
 * Asking: `/ask` (or the menu button) → the question as text, a photo, a document or a voice
 * message → its topic (the bot puts the likely ones first) → send, or send as urgent. The
 * asker gets an honest status at once: how many mentors got it, when it will be offered, or
 * that the curator was told. The dialog is stored, so a restart loses nothing.
 */

export const ASK_DIALOG = 'question-ask';
const TOPIC_PICKER_KEY = 'q-ask-topics';

/** A question being written: its text or file, then its topic. */
export const askSchema = z.looseObject({
  text: z.string().optional(),
  file: fileRefSchema.nullable().optional(),
  topicId: z.number().int().optional(),
  page: z.number().int().optional(),
  /** Asked of one colleague from the directory: she gets the offer first. */
  toId: z.number().int().optional(),
  /** What was typed at the topic step. */
  typed: z.string().optional(),
});
type AskData = z.infer<typeof askSchema>;

/** Asks again for what the step wants (the person came back to the question after something else). */
export function askPrompt(turn: MemberTurn, step: string, data: AskData): void {
  if (step === 'text') turn.reply(turn.t('question-ask-text'));
  else showTopics(turn, data, false);
}

export function askCommand(turn: MemberTurn, args: string): void {
  const text = args.trim();
  if (text) {
    turn.setDialog(ASK_DIALOG, 'topic', { text, file: null } satisfies AskData);
    showTopics(turn, { text }, false);
    return;
  }
  turn.setDialog(ASK_DIALOG, 'text', {});
  turn.reply(turn.t('question-ask-text'));
}

/** A new question whose text (or file) is already known: straight to its topic. */
export function startAskWith(turn: MemberTurn, what: { text: string; file: AskData['file'] }): void {
  const data: AskData = { text: what.text, file: what.file ?? null };
  turn.setDialog(ASK_DIALOG, 'topic', data);
  showTopics(turn, data, false);
}

export function onAskText(turn: MemberTurn, step: string, data: AskData, text: string): void {
  if (step === 'topic' && text.trim()) {
    // A topic typed instead of paging: the matching ones come first.
    const next: AskData = { ...data, typed: text.trim().slice(0, 100), page: 0 };
    turn.setDialog(ASK_DIALOG, 'topic', next);
    showTopics(turn, next, false);
    return;
  }
  if (step !== 'text') {
    turn.reply(turn.t('common-use-buttons'));
    return;
  }
  const clean = text.trim();
  if (!clean) throw new UserError('question-empty');
  const next: AskData = { text: clean, file: null, toId: data.toId };
  turn.setDialog(ASK_DIALOG, 'topic', next);
  showTopics(turn, next, false);
}

export function onAskFile(turn: MemberTurn, step: string, file: ReceivedFile, data: AskData = {}): void {
  if (step !== 'text') {
    turn.reply(turn.t('common-use-buttons'));
    return;
  }
  if ((file.size ?? 0) > MAX_RELAYED_FILE) throw new UserError('question-file-too-big', { mb: 20 });
  const caption = turn.incoming.kind === 'file' ? (turn.incoming.caption ?? '').trim() : '';
  const { content: _content, ...ref } = file;
  const next: AskData = { text: caption, file: ref, toId: data.toId };
  turn.setDialog(ASK_DIALOG, 'topic', next);
  showTopics(turn, next, false);
}

/** Topics in the order to show: the ones typed, then those the text's words touch, then the asker's own, then the rest. */
export function rankTopics(topics: Topic[], text: string, own: number[], typed?: string): Topic[] {
  return orderTopics(topics, { typed, hints: text, own });
}

function showTopics(turn: MemberTurn, data: AskData, edit: boolean): void {
  const { db } = turn.deps;
  // Asked of one colleague: her topics first; otherwise the asker's own wants.
  const own = data.toId ? personTopicIds(db, data.toId, 'offers') : personTopicIds(db, turn.person.id, 'wants');
  const all = listTopics(db, turn.org.id);
  const picker = topicPage(turn.tx, {
    topics: rankTopics(all, data.text ?? '', own, data.typed),
    page: data.page ?? 0,
    pick: (id) => askTopicAction.encode(id),
    turnPage: (page) => askTopicPageAction.encode(page),
    fit: turn.keyboard,
  });
  const typed = typedLine(turn.tx, all, data.typed);
  const text = turn.t('question-ask-topic', { page: picker.page + 1, pages: picker.pages });
  const message = { text: `${text}\n${typed}`, buttons: picker.buttons };
  if (edit) turn.editHere(TOPIC_PICKER_KEY, message);
  else turn.reply(message, { key: TOPIC_PICKER_KEY });
}

function askData(turn: Turn, step: string): AskData {
  return dialogData(turn, ASK_DIALOG, askSchema, step);
}

export function onTopicPage(turn: MemberTurn, [page]: [number]): void {
  const data = { ...askData(turn, 'topic'), page };
  turn.setDialog(ASK_DIALOG, 'topic', data);
  showTopics(turn, data, true);
}

export function onTopic(turn: Turn, [topicId]: [number]): void {
  const data = askData(turn, 'topic');
  const topic = getTopic(turn.deps.db, turn.org.id, topicId);
  if (!topic || topic.archived) throw new StaleButton();
  turn.setDialog(ASK_DIALOG, 'send', { ...data, topicId });
  turn.editHere(TOPIC_PICKER_KEY, { text: turn.t('question-ask-topic-chosen', { topic: topicTitle(topic, turn.tx.lang) }), buttons: [] });
  turn.reply({
    text: turn.t('question-ask-send', { topic: topicTitle(topic, turn.tx.lang) }),
    buttons: [[
      { label: turn.t('question-send'), action: askSendAction.encode(0), style: 'positive' },
      { label: turn.t('question-send-urgent'), action: askSendAction.encode(1), style: 'negative' },
    ]],
  });
}

export function onSend(turn: MemberTurn, [urgent]: [number]): void {
  const data = askData(turn, 'send');
  const me = turn.person;
  if (!data.topicId || (!data.text && !data.file)) throw new StaleButton();
  turn.clearDialog();
  const q = createQuestion(turn.deps.db, {
    organisationId: turn.org.id,
    askerId: me.id,
    topicId: data.topicId,
    text: data.text ?? '',
    file: data.file ?? null,
    urgent: urgent === 1,
    now: turn.now,
  });
  turn.ack(turn.t('question-sent-ack'));
  const to = data.toId ? getPersonInOrg(turn.deps.db, turn.org.id, data.toId) : null;
  if (to && to.status === 'active' && to.id !== me.id && !(to.pausedUntil !== null && to.pausedUntil > turn.now)) {
    offerToOne(turn, q, to.id, (tx) => tx.t('question-asked-of-you', { name: me.fullName }));
    turn.reply(turn.t('question-sent-to', { id: q.id, name: to.fullName }));
    return;
  }
  const outcome = routeQuestion(turn, q);
  switch (outcome.kind) {
    case 'offered':
      turn.reply(turn.t('question-sent', { id: q.id, count: outcome.count }));
      return;
    case 'queued':
      turn.reply(turn.t('question-queued', { id: q.id, when: turn.tx.when(outcome.at, turn.now) }));
      return;
    case 'escalated':
      // The escalation told the asker already.
      return;
  }
}

/** Whether a colleague can be asked a question directly: active, not me, helping with some topic. */
export function canBeAsked(turn: Turn, personId: number): boolean {
  const p = getPersonInOrg(turn.deps.db, turn.org.id, personId);
  return Boolean(p && p.status === 'active' && p.id !== turn.person?.id && personTopicIds(turn.deps.db, p.id, 'offers').length);
}

/** «Задать вопрос» on a colleague's directory entry: a question addressed to her. */
export function onAskPerson(turn: Turn, [personId]: [number]): void {
  if (!canBeAsked(turn, personId)) throw new UserError('question-person-cannot-be-asked');
  const p = getPersonInOrg(turn.deps.db, turn.org.id, personId)!;
  turn.setDialog(ASK_DIALOG, 'text', { toId: p.id } satisfies AskData);
  turn.reply(turn.t('question-ask-person-text', { name: p.fullName }));
}

/** The directory's «Задать вопрос» for a colleague who can be asked, her name on it. */
export function askPersonButtons(turn: Turn, personId: number): Button[] {
  if (!canBeAsked(turn, personId)) return [];
  const p = getPersonInOrg(turn.deps.db, turn.org.id, personId)!;
  return [{ label: shortLabelIn((name) => turn.t('question-ask-person', { name }), p.fullName), action: askPersonAction.encode(p.id) }];
}
