import { inSentence } from '../kernel/dates/spoken.js';
import type { DB } from '../../db/database.js';
import type { Button, OutgoingMessage } from '../../messaging/types.js';
import type { Texts } from '../kernel/contact/texts.js';
import { getTopic, topicTitle } from '../kernel/organisation/topics.js';
import { getPerson } from '../kernel/persons/person.js';
import { getQuestion, type Question } from './question.js';
import type { Turn } from '../kernel/feature.js';
import type { Gender } from '../kernel/persons/gender.js';
import { declineAction, handOverAction, solvedAction, takeAction } from './actions.js';

/** The texts of a question as people read them: its header, the offer, the conversation's start. */

export function topicName(db: DB, q: Pick<Question, 'organisationId' | 'topicId'>, tx: Texts): string {
  const topic = getTopic(db, q.organisationId, q.topicId);
  return topic ? topicTitle(topic, tx.lang) : '—';
}

export function personName(db: DB, id: number | null, tx: Texts): string {
  const p = id === null ? null : getPerson(db, id);
  return p && p.status !== 'forgotten' && p.fullName ? p.fullName : tx.t('question-someone');
}

/** The grammatical gender of a person texts name («взяла» / «взял»); unknown for someone forgotten or missing. */
export function personGender(db: DB, id: number | null): Gender {
  const p = id === null ? null : getPerson(db, id);
  return p && p.status !== 'forgotten' ? p.gender : 'unknown';
}

/** "Вопрос №12 · Работа с родителями" */
export function header(db: DB, q: Question, tx: Texts): string {
  return tx.t('question-header', { id: q.id, topic: topicName(db, q, tx) });
}

/** The question's text with its file attached, if any (relayed as it is). */
export function withFile(q: Pick<Question, 'file'>, text: string): OutgoingMessage {
  const m: OutgoingMessage = { text };
  if (q.file) m.file = { kind: q.file.kind, name: q.file.name ?? 'file', mime: q.file.mime, source: { type: 'platform', ref: q.file } };
  return m;
}

/** The offer a mentor gets: the question, the topic, who asks, and Take / Can't. */
export function offerMessage(db: DB, q: Question, tx: Texts): OutgoingMessage {
  const asker = getPerson(db, q.askerId);
  const text = tx.t('question-offer', {
    header: header(db, q, tx),
    urgent: q.urgent ? 'yes' : 'no',
    name: personName(db, q.askerId, tx),
    position: asker?.position ? inSentence(asker.position) : 'none',
    text: q.text || tx.t('question-file-only'),
  });
  const m = withFile(q, text);
  m.buttons = [[
    { label: tx.t('question-take'), action: takeAction.encode(q.id), style: 'positive' },
    { label: tx.t('question-decline'), action: declineAction.encode(q.id) },
  ]];
  return m;
}

/** The buttons a side of a conversation keeps: solved, and for the mentor, hand over. */
export function conversationButtons(q: Question, tx: Texts, forMentor: boolean): Button[][] {
  const row: Button[] = [{ label: tx.t('question-solved'), action: solvedAction.encode(q.id), style: 'positive' }];
  if (forMentor) row.push({ label: tx.t('question-hand-over'), action: handOverAction.encode(q.id) });
  return [row];
}

/** «Вопрос уже взяла …»: who took the question first, and her gender, for a refusal. */
export function alreadyTaken(turn: Pick<Turn, 'deps' | 'tx'>, questionId: number): { name: string; mentorGender: Gender } {
  const mentorId = getQuestion(turn.deps.db, questionId)?.mentorId ?? null;
  return { name: personName(turn.deps.db, mentorId, turn.tx), mentorGender: personGender(turn.deps.db, mentorId) };
}

