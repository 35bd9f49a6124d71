import { z } from 'zod';
import { defineAction } from '../../messaging/actions.js';
import type { Button, OutgoingMessage } from '../../messaging/types.js';
import type { Turn } from '../kernel/feature.js';
import type { Texts } from '../kernel/contact/texts.js';
import { requireRole } from '../kernel/access.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { shortLabel } from '../../messaging/labels.js';
import { MAX_QUESTIONS, questionSchema, type Question, type SurveyDefinition } from './definition.js';
import { surveyTemplates } from './templates.js';
import { dialogData } from '../kernel/dialogs/open-dialog.js';

/**
 * The survey builder in the chat: a curator writes a survey question by question (its text, then
 * its kind: a scale with the legend of its ends, one or several of typed options, yes/no, free
 * text), sees the preview after each one, edits or deletes a question, renames the survey; or
 * copies a template (or a definition file) into the same draft and edits it there. The draft lives
 * in the stored dialog, so a restart loses nothing. Every button carries the draft's revision: a
 * button from an older preview is refused instead of editing the wrong question.
 */

export const NEW_DIALOG = 'survey-new';

export const BUILDER_STEPS = ['template', 'title', 'question', 'kind', 'scale', 'legend', 'options', 'draft', 'pick'] as const;

export const TITLE_MAX = 120;
export const QUESTION_MAX = 500;
export const OPTION_MAX = 60;
export const OPTIONS_MAX = 10;
export const LEGEND_MAX = 40;
/** Scales the builder offers: [min, max]. */
export const SCALES: readonly (readonly [number, number])[] = [
  [1, 5],
  [1, 10],
  [0, 10],
];
export const KINDS = ['scale', 'single', 'multi', 'yesno', 'text'] as const;
type Kind = (typeof KINDS)[number];
/** A question without its id (given when it joins the draft). */
type NewQuestion = Question extends infer Q ? (Q extends Question ? Omit<Q, 'id'> : never) : never;

export const templateAction = defineAction('svn.tpl', ['int']);
export const newAction = defineAction('svb.new', []);
export const ownAction = defineAction('svb.own', []);
export const kindAction = defineAction('svb.kind', ['str', 'int']);
export const scaleAction = defineAction('svb.scale', ['int', 'int', 'int']);
export const noLegendAction = defineAction('svb.nolegend', ['int']);
export const keepTextAction = defineAction('svb.keeptext', ['int']);
export const addAction = defineAction('svb.add', ['int']);
export const editAction = defineAction('svb.edit', ['int']);
export const deleteAction = defineAction('svb.del', ['int']);
export const renameAction = defineAction('svb.title', ['int']);
export const pickAction = defineAction('svb.pick', ['int', 'int']);
export const nextAction = defineAction('svb.next', ['int']);
export const launchAction = defineAction('svb.go', ['int']);
export const toDraftAction = defineAction('svb.draft', ['int']);

const draftSchema = z.object({ title: z.string().trim().min(1).max(TITLE_MAX), questions: z.array(questionSchema).max(MAX_QUESTIONS) });
export type Draft = z.infer<typeof draftSchema>;

/** What the curator has chosen so far, checked whenever it is read back. */
export const newSurveySchema = z.looseObject({
  draft: draftSchema.optional(),
  /** Changes with every change of the draft; buttons carry it. */
  rev: z.number().int().optional(),
  /** The question being written: its text, the question it replaces, the scale chosen. */
  pending: z.looseObject({ text: z.string().optional(), index: z.number().int().optional(), min: z.number().int().optional(), max: z.number().int().optional(), type: z.string().optional() }).optional(),
  pick: z.enum(['edit', 'delete']).optional(),
  /** Dialogs stored before the builder held the chosen template or file here. */
  definition: z.looseObject({ title: z.string(), questions: z.array(questionSchema) }).optional(),
  audience: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('roles'), roles: z.array(z.enum(['mentor', 'mentee', 'staff', 'curator'])) }),
      z.object({ kind: z.literal('source'), source: z.string(), choice: z.number().int() }),
    ])
    .optional(),
  audienceLabel: z.string().optional(),
  anonymous: z.boolean().optional(),
  opensAt: z.number().optional(),
  closesAt: z.number().optional(),
  reminders: z.number().int().optional(),
});

export type NewSurveyData = z.infer<typeof newSurveySchema>;

/** The open builder's data, its draft taken from an older dialog's definition when needed. */
export function builderData(turn: Turn): NewSurveyData {
  const d = dialogData(turn, NEW_DIALOG, newSurveySchema);
  if (!d.draft && d.definition) return { ...d, draft: { title: d.definition.title, questions: d.definition.questions }, rev: d.rev ?? 1 };
  return d;
}

/** The data at `step`, refusing a button pressed on a message older than the draft. */
function at(turn: Turn, steps: readonly string[], rev: number): NewSurveyData & { draft: Draft } {
  requireRole(turn.person, 'curator');
  const d = builderData(turn);
  if (!steps.includes(turn.dialog!.step) || !d.draft || (d.rev ?? 0) !== rev) throw new StaleButton();
  return d as NewSurveyData & { draft: Draft };
}

/** The definition a survey is launched with. */
export function definitionOf(draft: Draft): SurveyDefinition {
  return { title: draft.title, questions: draft.questions };
}

// ---- the start: own, a template, a file ----

export function newSurveyCommand(turn: Turn): void {
  requireRole(turn.person, 'curator');
  turn.setDialog(NEW_DIALOG, 'template', {});
  startPrompt(turn);
}

function startPrompt(turn: Turn): void {
  const rows: Button[][] = [[{ label: turn.t('surveys-builder-own'), action: ownAction.encode() }]];
  surveyTemplates().forEach((t, i) => rows.push([{ label: shortLabel(t.definition.title), action: templateAction.encode(i) }]));
  turn.reply({ text: turn.t('surveys-builder-start'), buttons: rows });
}

export function onOwn(turn: Turn): void {
  requireRole(turn.person, 'curator');
  dialogData(turn, NEW_DIALOG, newSurveySchema, 'template');
  turn.setDialog(NEW_DIALOG, 'title', {});
  turn.reply(turn.t('surveys-builder-ask-title', { max: TITLE_MAX }));
}

/** A template is copied into the draft and previewed; launching it as is takes one more tap. */
export function onTemplate(turn: Turn, [i]: [number]): void {
  requireRole(turn.person, 'curator');
  dialogData(turn, NEW_DIALOG, newSurveySchema, 'template');
  const t = surveyTemplates()[i];
  if (!t) throw new StaleButton();
  startFrom(turn, t.definition);
}

/** A template or a definition file becomes the draft. */
export function startFrom(turn: Turn, definition: SurveyDefinition): void {
  const draft = { title: definition.title, questions: structuredClone(definition.questions) };
  showDraft(turn, { draft, rev: 1 });
}

// ---- text typed in a builder step ----

/** Text typed in one of the builder's steps; false when the step is not the builder's. */
export function onBuilderText(turn: Turn, step: string, text: string): boolean {
  requireRole(turn.person, 'curator');
  const d = builderData(turn);
  switch (step) {
    case 'template':
      turn.reply(turn.t('surveys-new-template-or-file'));
      return true;
    case 'title': {
      const title = singleLine(text);
      checkLength(title, TITLE_MAX, 'surveys-builder-title-empty');
      if (d.draft) showDraft(turn, { ...d, draft: { ...d.draft, title }, rev: (d.rev ?? 0) + 1 });
      else {
        turn.setDialog(NEW_DIALOG, 'question', { draft: { title, questions: [] }, rev: 1 });
        askQuestion(turn, 1);
      }
      return true;
    }
    case 'draft':
      // Typing at the preview writes the next question.
      if (!d.draft) return false;
      if (d.draft.questions.length >= MAX_QUESTIONS) throw new UserError('surveys-builder-too-many', { max: MAX_QUESTIONS });
      questionTyped(turn, { ...d, pending: {} }, text);
      return true;
    case 'question':
      questionTyped(turn, d, text);
      return true;
    case 'legend': {
      const parts = text.split(/\s*(?:\/|\n)\s*/).map((s) => s.trim()).filter(Boolean);
      if (parts.length !== 2) throw new UserError('surveys-builder-legend-two');
      for (const p of parts) if (p.length > LEGEND_MAX) throw new UserError('surveys-builder-too-long', { length: p.length, max: LEGEND_MAX });
      const { text: qText, min, max } = d.pending ?? {};
      if (!qText || min === undefined || max === undefined) throw new StaleButton();
      save(turn, d, { type: 'scale', text: qText, min, max, minLabel: parts[0], maxLabel: parts[1] });
      return true;
    }
    case 'options': {
      // One a line (or with «;»); list marks typed in front («- », «2) ») are not part of an option.
      const options = text.split(/\s*(?:\n|;)\s*/).map((s) => s.trim().replace(/^(?:[-•*]|\d{1,2}[.)])\s+/, '')).filter(Boolean);
      if (options.length < 2) throw new UserError('surveys-builder-options-few');
      if (options.length > OPTIONS_MAX) throw new UserError('surveys-builder-options-many', { max: OPTIONS_MAX });
      for (const o of options) if (o.length > OPTION_MAX) throw new UserError('surveys-builder-too-long', { length: o.length, max: OPTION_MAX });
      if (new Set(options.map((o) => o.toLowerCase())).size !== options.length) throw new UserError('surveys-builder-options-repeat');
      const type = d.pending?.type;
      if (!d.pending?.text || (type !== 'single' && type !== 'multi')) throw new StaleButton();
      save(turn, d, { type, text: d.pending.text, options });
      return true;
    }
    case 'pick': {
      const n = Number(text.trim().replace(/^№/, ''));
      if (!d.draft || !Number.isInteger(n) || n < 1 || n > d.draft.questions.length) {
        throw new UserError('surveys-builder-pick-number', { count: d.draft?.questions.length ?? 0 });
      }
      picked(turn, d as NewSurveyData & { draft: Draft }, n - 1);
      return true;
    }
    case 'kind':
    case 'scale':
      turn.reply(turn.t('common-use-buttons'));
      return true;
    default:
      return false;
  }
}

function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function checkLength(text: string, max: number, emptyKey: string): void {
  if (!text) throw new UserError(emptyKey);
  if (text.length > max) throw new UserError('surveys-builder-too-long', { length: text.length, max });
}

function questionTyped(turn: Turn, d: NewSurveyData, typed: string): void {
  const text = typed.trim();
  checkLength(text, QUESTION_MAX, 'surveys-builder-question-empty');
  askKind(turn, { ...d, pending: { ...d.pending, text } });
}

function askQuestion(turn: Turn, n: number, old?: Question, rev?: number): void {
  if (!old) {
    turn.reply(turn.t('surveys-builder-ask-question', { n, max: QUESTION_MAX }));
    return;
  }
  turn.reply({ text: turn.t('surveys-builder-ask-new-text', { n, text: old.text }), buttons: [[{ label: turn.t('surveys-builder-keep-text'), action: keepTextAction.encode(rev ?? 0) }]] });
}

function askKind(turn: Turn, d: NewSurveyData): void {
  turn.setDialog(NEW_DIALOG, 'kind', d);
  const rev = d.rev ?? 0;
  const rows: Button[][] = KINDS.map((k) => [{ label: turn.t(`surveys-builder-kind-${k}`), action: kindAction.encode(k, rev) }]);
  const old = d.pending?.index !== undefined ? d.draft?.questions[d.pending.index] : undefined;
  if (old) rows.push([{ label: turn.t('surveys-builder-keep-kind'), action: kindAction.encode('keep', rev) }]);
  turn.reply({ text: turn.t('surveys-builder-ask-kind'), buttons: rows });
}

export function onKeepText(turn: Turn, [rev]: [number]): void {
  const d = at(turn, ['question'], rev);
  const old = d.pending?.index !== undefined ? d.draft.questions[d.pending.index] : undefined;
  if (!old) throw new StaleButton();
  askKind(turn, { ...d, pending: { ...d.pending, text: old.text } });
}

export function onKind(turn: Turn, [kind, rev]: [string, number]): void {
  const d = at(turn, ['kind'], rev);
  const text = d.pending?.text;
  if (!text) throw new StaleButton();
  if (kind === 'keep') {
    const old = d.pending?.index !== undefined ? d.draft.questions[d.pending.index] : undefined;
    if (!old) throw new StaleButton();
    save(turn, d, { ...old, text } as NewQuestion);
    return;
  }
  if (!(KINDS as readonly string[]).includes(kind)) throw new StaleButton();
  switch (kind as Kind) {
    case 'scale':
      turn.setDialog(NEW_DIALOG, 'scale', { ...d, pending: { ...d.pending, type: 'scale' } });
      turn.reply({ text: turn.t('surveys-builder-ask-scale'), buttons: [SCALES.map(([min, max]) => ({ label: `${min}–${max}`, action: scaleAction.encode(min, max, rev) }))] });
      return;
    case 'single':
    case 'multi':
      turn.setDialog(NEW_DIALOG, 'options', { ...d, pending: { ...d.pending, type: kind } });
      turn.reply(turn.t('surveys-builder-ask-options', { max: OPTIONS_MAX }));
      return;
    case 'yesno':
      save(turn, d, { type: 'yesno', text });
      return;
    case 'text':
      save(turn, d, { type: 'text', text, optional: false });
      return;
  }
}

export function onScale(turn: Turn, [min, max, rev]: [number, number, number]): void {
  const d = at(turn, ['scale'], rev);
  if (!SCALES.some(([a, b]) => a === min && b === max)) throw new StaleButton();
  turn.setDialog(NEW_DIALOG, 'legend', { ...d, pending: { ...d.pending, min, max } });
  turn.reply({ text: turn.t('surveys-builder-ask-legend', { min, max }), buttons: [[{ label: turn.t('surveys-builder-no-legend'), action: noLegendAction.encode(rev) }]] });
}

export function onNoLegend(turn: Turn, [rev]: [number]): void {
  const d = at(turn, ['legend'], rev);
  const { text, min, max } = d.pending ?? {};
  if (!text || min === undefined || max === undefined) throw new StaleButton();
  save(turn, d, { type: 'scale', text, min, max });
}

/** The question written (new, or replacing the one being edited) goes into the draft. */
function save(turn: Turn, d: NewSurveyData, q: NewQuestion): void {
  const draft = d.draft!;
  const questions = [...draft.questions];
  const index = d.pending?.index;
  if (index !== undefined && questions[index]) questions[index] = questionSchema.parse({ ...q, id: questions[index]!.id });
  else {
    if (questions.length >= MAX_QUESTIONS) throw new UserError('surveys-builder-too-many', { max: MAX_QUESTIONS });
    questions.push(questionSchema.parse({ ...q, id: freeId(questions) }));
  }
  showDraft(turn, { ...d, draft: { ...draft, questions }, rev: (d.rev ?? 0) + 1 });
}

function freeId(questions: Question[]): string {
  const taken = new Set(questions.map((q) => q.id));
  for (let n = questions.length + 1; ; n++) if (!taken.has(`q${n}`)) return `q${n}`;
}

// ---- the preview ----

/** One question as the preview shows it: its number, text and kind. */
export function questionLine(tx: Pick<Texts, 't'>, q: Question, n: number): string {
  let kind: string;
  if (q.type === 'scale') {
    const legend = q.minLabel && q.maxLabel ? tx.t('surveys-scale-ends', { min: q.min, max: q.max, minLabel: q.minLabel, maxLabel: q.maxLabel }) : '';
    kind = tx.t('surveys-builder-line-scale', { min: q.min, max: q.max, legend: legend || 'none' });
  } else if (q.type === 'single' || q.type === 'multi') kind = tx.t(`surveys-builder-line-${q.type}`, { options: q.options.join(' · ') });
  else kind = tx.t(`surveys-builder-line-${q.type}`);
  return `${n}. ${q.text}\n    ${kind}`;
}

/** Above this, the preview shortens each question's text so that it stays one or two messages. */
const PREVIEW_ROOM = 3500;
const PREVIEW_SHORT = 100;

export function draftPreview(tx: Pick<Texts, 't'>, draft: Draft, rev: number): OutgoingMessage {
  let lines = draft.questions.map((q, i) => questionLine(tx, q, i + 1));
  if (lines.join('\n\n').length > PREVIEW_ROOM) {
    lines = draft.questions.map((q, i) => questionLine(tx, { ...q, text: q.text.length > PREVIEW_SHORT ? `${q.text.slice(0, PREVIEW_SHORT - 1)}…` : q.text }, i + 1));
  }
  const head = tx.t('surveys-builder-preview', { title: draft.title, count: draft.questions.length, max: MAX_QUESTIONS });
  const buttons: Button[][] = [[{ label: tx.t('surveys-builder-add'), action: addAction.encode(rev) }]];
  if (draft.questions.length) {
    buttons.push([
      { label: tx.t('surveys-builder-edit'), action: editAction.encode(rev) },
      { label: tx.t('surveys-builder-delete'), action: deleteAction.encode(rev) },
    ]);
  }
  buttons.push([{ label: tx.t('surveys-builder-rename'), action: renameAction.encode(rev) }]);
  if (draft.questions.length) buttons.push([{ label: tx.t('surveys-builder-next'), action: nextAction.encode(rev) }]);
  return { text: [head, ...lines].join('\n\n'), buttons };
}

function showDraft(turn: Turn, d: NewSurveyData): void {
  const { pending: _p, pick: _k, definition: _d, ...rest } = d;
  turn.setDialog(NEW_DIALOG, 'draft', rest);
  turn.reply(draftPreview(turn.tx, rest.draft!, rest.rev ?? 0));
}

export function onAdd(turn: Turn, [rev]: [number]): void {
  const d = at(turn, ['draft'], rev);
  if (d.draft.questions.length >= MAX_QUESTIONS) throw new UserError('surveys-builder-too-many', { max: MAX_QUESTIONS });
  turn.setDialog(NEW_DIALOG, 'question', { ...d, pending: {} });
  askQuestion(turn, d.draft.questions.length + 1);
}

export function onRename(turn: Turn, [rev]: [number]): void {
  const d = at(turn, ['draft'], rev);
  turn.setDialog(NEW_DIALOG, 'title', d);
  turn.reply(turn.t('surveys-builder-ask-rename', { title: d.draft.title, max: TITLE_MAX }));
}

function askPick(turn: Turn, d: NewSurveyData & { draft: Draft }, pick: 'edit' | 'delete'): void {
  const count = d.draft.questions.length;
  if (!count) throw new StaleButton();
  turn.setDialog(NEW_DIALOG, 'pick', { ...d, pick });
  const rev = d.rev ?? 0;
  const numbers = count <= 10 ? Array.from({ length: count }, (_, i) => ({ label: String(i + 1), action: pickAction.encode(rev, i) })) : [];
  const rows: Button[][] = [];
  for (let i = 0; i < numbers.length; i += 5) rows.push(numbers.slice(i, i + 5));
  turn.reply({ text: turn.t(pick === 'edit' ? 'surveys-builder-pick-edit' : 'surveys-builder-pick-delete', { count }), buttons: rows });
}

export function onEdit(turn: Turn, [rev]: [number]): void {
  askPick(turn, at(turn, ['draft'], rev), 'edit');
}

export function onDelete(turn: Turn, [rev]: [number]): void {
  askPick(turn, at(turn, ['draft'], rev), 'delete');
}

export function onPick(turn: Turn, [rev, index]: [number, number]): void {
  const d = at(turn, ['pick'], rev);
  if (!d.draft.questions[index]) throw new StaleButton();
  picked(turn, d, index);
}

function picked(turn: Turn, d: NewSurveyData & { draft: Draft }, index: number): void {
  if (d.pick === 'delete') {
    const questions = d.draft.questions.filter((_, i) => i !== index);
    turn.reply(turn.t('surveys-builder-deleted', { n: index + 1 }));
    showDraft(turn, { ...d, draft: { ...d.draft, questions }, rev: (d.rev ?? 0) + 1 });
    return;
  }
  turn.setDialog(NEW_DIALOG, 'question', { ...d, pick: undefined, pending: { index } });
  askQuestion(turn, index + 1, d.draft.questions[index], d.rev ?? 0);
}

/** Back to the preview from the summary, to change the questions. */
export function onToDraft(turn: Turn, [rev]: [number]): void {
  const d = at(turn, ['confirm'], rev);
  showDraft(turn, d);
}

/** Asks again for what the current builder step wants (after the dialog was set aside). */
export function builderPrompt(turn: Turn, step: string, d: NewSurveyData): boolean {
  const rev = d.rev ?? 0;
  switch (step) {
    case 'template':
      startPrompt(turn);
      return true;
    case 'title':
      turn.reply(d.draft ? turn.t('surveys-builder-ask-rename', { title: d.draft.title, max: TITLE_MAX }) : turn.t('surveys-builder-ask-title', { max: TITLE_MAX }));
      return true;
    case 'question': {
      const index = d.pending?.index;
      askQuestion(turn, index !== undefined ? index + 1 : (d.draft?.questions.length ?? 0) + 1, index !== undefined ? d.draft?.questions[index] : undefined, rev);
      return true;
    }
    case 'kind':
      askKind(turn, d);
      return true;
    case 'scale':
      turn.reply({ text: turn.t('surveys-builder-ask-scale'), buttons: [SCALES.map(([min, max]) => ({ label: `${min}–${max}`, action: scaleAction.encode(min, max, rev) }))] });
      return true;
    case 'legend':
      turn.reply({ text: turn.t('surveys-builder-ask-legend', { min: d.pending?.min ?? 1, max: d.pending?.max ?? 5 }), buttons: [[{ label: turn.t('surveys-builder-no-legend'), action: noLegendAction.encode(rev) }]] });
      return true;
    case 'options':
      turn.reply(turn.t('surveys-builder-ask-options', { max: OPTIONS_MAX }));
      return true;
    case 'draft':
      if (d.draft) turn.reply(draftPreview(turn.tx, d.draft, rev));
      return true;
    case 'pick':
      if (d.draft) askPick(turn, d as NewSurveyData & { draft: Draft }, d.pick ?? 'edit');
      return true;
    default:
      return false;
  }
}
