import { defineAction } from '../../messaging/actions.js';
import type { Button, OutgoingMessage } from '../../messaging/types.js';
import type { MemberTurn, Turn } from '../kernel/feature.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { scheduleJob } from '../kernel/jobs/jobs.js';
import type { Texts } from '../kernel/contact/texts.js';
import { compactAt } from '../kernel/dates/spoken.js';
import type { Question } from './definition.js';
import { getDraft, getParticipant, getSurvey, openSurveysOf, saveDraft, submitResponse, type Draft, type Survey } from './store.js';
import { LABEL_MAX, shortLabel } from '../../messaging/labels.js';

/** "Title (until 07.12.2026)" when it fits; else the title alone, so two similar titles stay apart. */
const surveyLabel = (withDate: string, title: string) => (Array.from(withDate).length <= LABEL_MAX ? withDate : shortLabel(title));

/**
 * Answering a survey in the chat: one question at a time with buttons, a progress mark, "back"
 * to change the previous answer, each answer saved in the person's draft as it is given, and
 * the whole response submitted after the last question. Every button names the survey and the
 * question; only the current question of an open survey the person was asked is taken.
 */

export const startAction = defineAction('sv.go', ['int']);
/** survey, question index, value (scale value, option index, 1/0 for yes/no). */
export const answerAction = defineAction('sv.a', ['int', 'int', 'int']);
export const toggleAction = defineAction('sv.t', ['int', 'int', 'int']);
export const doneAction = defineAction('sv.d', ['int', 'int']);
export const skipAction = defineAction('sv.s', ['int', 'int']);
export const backAction = defineAction('sv.b', ['int', 'int']);

export const SURVEY_DIALOG = 'survey';
/** The longest free-text answer kept. */
export const MAX_TEXT_ANSWER = 2000;

export function sourceOf(surveyId: number): string {
  return `survey.${surveyId}`;
}

/** The invitation (and reminder) text with its start button. */
/** `now`: when the message is made (it may be read later, so the closing is said without «сегодня/завтра»). */
export function invitationMessage(tx: Texts, survey: Survey, reminder: boolean, now: number): OutgoingMessage {
  const count = survey.definition.questions.length;
  return {
    text: tx.t(reminder ? 'surveys-reminder' : 'surveys-invitation', {
      title: survey.title,
      count,
      until: tx.when(survey.closesAt, now, { absolute: true }),
      anonymous: survey.anonymous ? 'yes' : 'no',
    }),
    buttons: [[{ label: tx.t('surveys-start-button'), action: startAction.encode(survey.id), style: 'primary' }]],
  };
}

/** /surveys for a participant: the open surveys they have not finished. */
export function myOpenSurveys(turn: MemberTurn): void {
  const surveys = openSurveysOf(turn.deps.db, turn.org.id, turn.person.id, turn.now);
  if (!surveys.length) {
    turn.reply(turn.t('surveys-none-open'));
    return;
  }
  turn.reply({
    text: turn.t('surveys-open-list', { count: surveys.length }),
    buttons: surveys.map((s) => [{ label: surveyLabel(turn.t('surveys-open-item', { title: s.title, until: compactAt(turn.tx.lang, s.closesAt, turn.tx.zone, false) }), s.title), action: startAction.encode(s.id) }]),
  });
}

interface Answering {
  survey: Survey;
  group: string;
  draft: Draft;
}

/** The survey a person may answer now, or a clear refusal. */
function answering(turn: MemberTurn, surveyId: number): Answering {
  const person = turn.person;
  const survey = getSurvey(turn.deps.db, turn.org.id, surveyId);
  if (!survey) throw new StaleButton();
  const participant = getParticipant(turn.deps.db, survey.id, person.id);
  if (!participant) throw new UserError('surveys-not-asked');
  if (participant.finished) throw new UserError('surveys-already-answered');
  if (survey.status !== 'open' || turn.now >= survey.closesAt) throw new UserError('surveys-closed-already');
  if (turn.now < survey.opensAt) throw new UserError('surveys-not-open-yet', { opens: turn.tx.when(survey.opensAt, turn.now) });
  const draft = getDraft(turn.deps.db, survey.id, person.id) ?? { position: 0, answers: {}, shown: 0 };
  return { survey, group: participant.group, draft };
}

/** The current question, or a stale-button refusal when the button is for another one. */
function current(turn: Turn, a: Answering, index: number): Question {
  if (index !== a.draft.position) throw new UserError('surveys-stale-question');
  const q = a.survey.definition.questions[index];
  if (!q) throw new StaleButton();
  return q;
}

export function onStart(turn: MemberTurn, [surveyId]: [number]): void {
  const a = answering(turn, surveyId);
  showQuestion(turn, a);
}

/** Sends the current question as a new message (with its own key, for toggles). */
export function showQuestion(turn: MemberTurn, a: Answering): void {
  const { survey, draft } = a;
  const q = survey.definition.questions[draft.position]!;
  draft.shown++;
  if (q.type === 'multi') {
    // Ticks made before a stop are kept; otherwise the earlier answer is the start.
    const prev = draft.answers[q.id];
    draft.picks ??= prev ? (JSON.parse(prev) as number[]) : [];
  } else draft.picks = undefined;
  saveDraft(turn.deps.db, survey.id, turn.person.id, draft, turn.now);
  turn.setDialog(SURVEY_DIALOG, 'answering', { surveyId: survey.id, index: draft.position });
  turn.notifier.toPerson(turn.person, (tx) => questionMessage(tx, survey, draft), {
    urgency: 'reply',
    key: questionKey(survey.id, draft),
    source: sourceOf(survey.id),
  });
}

function questionKey(surveyId: number, draft: Draft): string {
  return `sv.${surveyId}.${draft.position}.${draft.shown}`;
}

function questionMessage(tx: Texts, survey: Survey, draft: Draft): OutgoingMessage {
  const questions = survey.definition.questions;
  const i = draft.position;
  const q = questions[i]!;
  const lines = [tx.t('surveys-progress', { n: i + 1, total: questions.length, title: survey.title }), '', q.text];
  const given = draft.answers[q.id];
  const rows: Button[][] = [];
  const mark = (on: boolean, label: string) => shortLabel(on ? `✅ ${label}` : label);
  switch (q.type) {
    case 'scale': {
      const values = Array.from({ length: q.max - q.min + 1 }, (_, k) => q.min + k);
      const perRow = values.length > 6 ? Math.ceil(values.length / 2) : values.length;
      for (let k = 0; k < values.length; k += perRow) {
        rows.push(values.slice(k, k + perRow).map((v) => ({ label: mark(given === String(v), String(v)), action: answerAction.encode(survey.id, i, v) })));
      }
      if (q.minLabel || q.maxLabel) lines.push(tx.t('surveys-scale-ends', { min: q.min, minLabel: q.minLabel ?? '', max: q.max, maxLabel: q.maxLabel ?? '' }));
      break;
    }
    case 'single':
      q.options.forEach((o, k) => rows.push([{ label: mark(given === String(k), o), action: answerAction.encode(survey.id, i, k) }]));
      break;
    case 'yesno':
      rows.push([
        { label: mark(given === '1', tx.t('surveys-yes')), action: answerAction.encode(survey.id, i, 1) },
        { label: mark(given === '0', tx.t('surveys-no')), action: answerAction.encode(survey.id, i, 0) },
      ]);
      break;
    case 'multi': {
      const picks = draft.picks ?? [];
      q.options.forEach((o, k) => rows.push([{ label: mark(picks.includes(k), o), action: toggleAction.encode(survey.id, i, k) }]));
      rows.push([{ label: tx.t('surveys-multi-done'), action: doneAction.encode(survey.id, i), style: 'primary' }]);
      lines.push(tx.t('surveys-multi-hint'));
      break;
    }
    case 'text':
      lines.push(tx.t('surveys-text-hint', { max: MAX_TEXT_ANSWER }));
      if (given !== undefined) lines.push(tx.t('surveys-text-given', { text: given.slice(0, 300) }));
      if (q.optional) rows.push([{ label: tx.t('surveys-skip'), action: skipAction.encode(survey.id, i) }]);
      break;
  }
  if (i > 0) rows.push([{ label: tx.t('surveys-back'), action: backAction.encode(survey.id, i) }]);
  return { text: lines.join('\n'), buttons: rows };
}

export function onAnswer(turn: MemberTurn, [surveyId, index, value]: [number, number, number]): void {
  const a = answering(turn, surveyId);
  const q = current(turn, a, index);
  let encoded: string;
  if (q.type === 'scale' && value >= q.min && value <= q.max) encoded = String(value);
  else if (q.type === 'single' && value >= 0 && value < q.options.length) encoded = String(value);
  else if (q.type === 'yesno' && (value === 0 || value === 1)) encoded = String(value);
  else throw new StaleButton();
  record(turn, a, q, encoded);
}

export function onToggle(turn: MemberTurn, [surveyId, index, option]: [number, number, number]): void {
  const a = answering(turn, surveyId);
  const q = current(turn, a, index);
  if (q.type !== 'multi' || option < 0 || option >= q.options.length) throw new StaleButton();
  const picks = new Set(a.draft.picks ?? []);
  if (picks.has(option)) picks.delete(option);
  else picks.add(option);
  a.draft.picks = [...picks].sort((x, y) => x - y);
  saveDraft(turn.deps.db, a.survey.id, turn.person.id, a.draft, turn.now);
  turn.notifier.editForPerson(turn.person, questionKey(a.survey.id, a.draft), (tx) => questionMessage(tx, a.survey, a.draft), sourceOf(a.survey.id));
  turn.ack(turn.t('surveys-toggled'));
}

export function onDone(turn: MemberTurn, [surveyId, index]: [number, number]): void {
  const a = answering(turn, surveyId);
  const q = current(turn, a, index);
  if (q.type !== 'multi') throw new StaleButton();
  const picks = a.draft.picks ?? [];
  if (!picks.length) throw new UserError('surveys-pick-one');
  record(turn, a, q, JSON.stringify(picks));
}

export function onSkip(turn: MemberTurn, [surveyId, index]: [number, number]): void {
  const a = answering(turn, surveyId);
  const q = current(turn, a, index);
  if (q.type !== 'text' || !q.optional) throw new StaleButton();
  delete a.draft.answers[q.id];
  advance(turn, a);
}

export function onBack(turn: MemberTurn, [surveyId, index]: [number, number]): void {
  const a = answering(turn, surveyId);
  current(turn, a, index);
  if (index === 0) throw new StaleButton();
  a.draft.position = index - 1;
  a.draft.picks = undefined;
  showQuestion(turn, a);
}

/** Typed text while answering: the answer to a free-text question, else a pointer to the buttons. */
export function onSurveyText(turn: MemberTurn, data: Record<string, unknown>, text: string): void {
  const surveyId = Number(data.surveyId);
  const survey = getSurvey(turn.deps.db, turn.org.id, surveyId);
  const person = turn.person;
  if (!person || !survey) {
    turn.clearDialog();
    turn.reply(turn.t('common-dont-understand'));
    return;
  }
  const participant = getParticipant(turn.deps.db, survey.id, person.id);
  if (!participant || participant.finished || survey.status !== 'open' || turn.now >= survey.closesAt) {
    // The survey ended under the person's feet: leave the dialog, say so.
    turn.clearDialog();
    turn.reply(turn.t(participant?.finished ? 'surveys-already-answered' : 'surveys-closed-already'));
    return;
  }
  const a = answering(turn, surveyId);
  const q = survey.definition.questions[a.draft.position]!;
  if (q.type !== 'text') {
    turn.reply(turn.t('surveys-use-buttons'));
    showQuestion(turn, a);
    return;
  }
  const answer = text.trim();
  if (!answer) throw new UserError('surveys-text-empty');
  if (answer.length > MAX_TEXT_ANSWER) throw new UserError('surveys-text-too-long', { max: MAX_TEXT_ANSWER, length: answer.length });
  record(turn, a, q, answer);
}

function record(turn: MemberTurn, a: Answering, q: Question, value: string): void {
  a.draft.answers[q.id] = value;
  if (q.type !== 'text') turn.ack(turn.t('surveys-saved'));
  advance(turn, a);
}

function advance(turn: MemberTurn, a: Answering): void {
  const { survey, draft } = a;
  const person = turn.person;
  if (draft.position + 1 < survey.definition.questions.length) {
    draft.position++;
    draft.picks = undefined;
    showQuestion(turn, a);
    return;
  }
  submitResponse(turn.deps.db, survey, person.id, a.group, draft.answers);
  turn.clearDialog();
  turn.reply(turn.t(survey.anonymous ? 'surveys-thanks-anonymous' : 'surveys-thanks'));
  if (survey.anonymous) scheduleScrub(turn, survey);
}

/**
 * The question messages of an anonymous survey (their edits show what was ticked) are blanked
 * in the outbox once sent: a survey-wide job, with no person in it, runs as soon as the outbox
 * has delivered them, and within the minute whatever else is being sent.
 */
/** How long an anonymous answer may stay in the outbox at most (the WAL is truncated as often). */
export const SCRUB_WITHIN = 45_000;

export function scheduleScrub(turn: Pick<Turn, 'deps' | 'org' | 'now'>, survey: Survey): void {
  scheduleJob(turn.deps.db, {
    organisationId: turn.org.id,
    kind: 'surveys.scrub',
    key: `surveys.scrub:${survey.id}`,
    dueAt: turn.now + SCRUB_WITHIN,
    payload: { surveyId: survey.id },
    now: turn.now,
  });
}
