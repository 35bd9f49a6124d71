import { plainIsoDate } from '../kernel/dates/spoken.js';
import { z } from 'zod';
import type { Button } from '../../messaging/types.js';
import { type MemberTurn, defineDialog, type ReceivedFile, type Turn } from '../kernel/feature.js';
import { aboutOne } from '../kernel/dialogs/schemas.js';
import type { DialogState } from '../kernel/dialogs/dialogs.js';
import { requireRole } from '../kernel/access.js';
import { NotAllowed, StaleButton, UserError } from '../kernel/errors.js';
import { getPersonInOrg, listPersons, personTopicIds, type Person } from '../kernel/persons/person.js';
import { formatMinutes } from '../kernel/contact/hours.js';
import {
  agreeAction,
  defaultTermAction,
  endConfirmAction,
  menteesDoneAction,
  menteesPageAction,
  noCommentAction,
  pickKindAction,
  pickMenteeAction,
  pickMentorAction,
  pickTemplateAction,
  responsibleAction,
} from './actions.js';
import { getProgramme, PROGRAMME_KINDS, programmesOfPerson, RESPONSIBLE, type ProgrammeKind, type Responsible } from './programme.js';
import { addItem, createProgramme } from './planning.js';
import { answerInvitation, checkReport, checkReturn, confirmItem, endProgramme, reportItem, returnItem } from './progress.js';
import { mentorCandidates } from './matching.js';
import { addMonths, parseDeadline, todayIn } from '../kernel/dates/days.js';
import { applyTemplate, findTemplate, planTemplates } from './templates.js';
import { nameOf, planMessage, programmeSummary, showPlan, visibleProgramme } from './views.js';
import { shortLabel } from '../../messaging/labels.js';
import { deadlineWarning } from './deadline-days.js';
import { giveNotice } from './notice.js';
import { consentMessage } from './consents-view.js';
import { dialogData } from '../kernel/dialogs/open-dialog.js';
import { pageOf } from '../kernel/pager.js';

/**
 * The conversations of programmes: the curator's wizard for a new pair or group, adding a plan
 * item, reporting an item done with a comment or a file, returning it with a remark, agreeing
 * to take part, ending a programme.
 */

export const NEW_DIALOG = 'programme-new';
export const ITEM_DIALOG = 'plan-item';
export const REPORT_DIALOG = 'plan-report';
export const RETURN_DIALOG = 'plan-return';

const PICKER_KEY = 'programme-new-picker';
const MENTEES_PER_PAGE = 10;

const newSchema = z.looseObject({
  mentees: z.array(z.number().int()),
  mentor: z.number().int().optional(),
  kind: z.enum(PROGRAMME_KINDS).optional(),
  template: z.string().optional(),
  /** The page of the mentee list being shown. */
  page: z.number().int().optional(),
});
type NewData = z.infer<typeof newSchema>;

function newData(turn: Turn): NewData {
  return dialogData(turn, NEW_DIALOG, newSchema);
}

// ── The curator's wizard ─────────────────────────────────────────────────────────────────────

function menteePicker(turn: Turn, chosen: number[], page = 0) {
  const mentees = listPersons(turn.deps.db, turn.org.id, { roles: ['mentee'] });
  const picker = pageOf(turn.tx, {
    items: mentees,
    page,
    perPage: MENTEES_PER_PAGE,
    button: (m) => ({ label: shortLabel(`${chosen.includes(m.id) ? '✅ ' : ''}${m.fullName || '—'}`), action: pickMenteeAction.encode(m.id) }),
    turnPage: (p) => menteesPageAction.encode(p),
    fit: turn.keyboard,
    besides: { rows: 1, buttons: 1 },
  });
  const buttons: Button[][] = picker.buttons;
  if (chosen.length) buttons.push([{ label: turn.t('programmes-new-mentees-done', { count: chosen.length }), action: menteesDoneAction.encode(), style: 'primary' }]);
  const lines = [turn.t(mentees.length ? 'programmes-new-mentees' : 'programmes-new-no-mentees')];
  if (picker.pages > 1) lines.push(turn.t('programmes-new-mentees-page', { page: picker.page + 1, pages: picker.pages }));
  return { text: lines.join('\n'), buttons };
}

export function newProgrammeCommand(turn: Turn): void {
  requireRole(turn.person, 'curator');
  turn.setDialog(NEW_DIALOG, 'mentees', { mentees: [] });
  turn.reply(menteePicker(turn, []), { key: PICKER_KEY });
}

export function onPickMentee(turn: Turn, [id]: [number]): void {
  const data = newData(turn);
  const person = getPersonInOrg(turn.deps.db, turn.org.id, id);
  if (!person || person.status !== 'active') throw new UserError('programmes-person-not-active');
  data.mentees = data.mentees.includes(id) ? data.mentees.filter((x) => x !== id) : [...data.mentees, id];
  turn.setDialog(NEW_DIALOG, 'mentees', data);
  turn.editHere(PICKER_KEY, menteePicker(turn, data.mentees, data.page));
}

export function onMenteesPage(turn: Turn, [page]: [number]): void {
  const data = { ...dialogData(turn, NEW_DIALOG, newSchema, 'mentees'), page };
  turn.setDialog(NEW_DIALOG, 'mentees', data);
  turn.editHere(PICKER_KEY, menteePicker(turn, data.mentees, page));
}

export function onMenteesDone(turn: Turn): void {
  const data = newData(turn);
  if (!data.mentees.length) throw new UserError('programmes-no-mentee');
  const mentees = data.mentees.map((id) => getPersonInOrg(turn.deps.db, turn.org.id, id)).filter((p): p is Person => !!p && p.status === 'active');
  const candidates = mentorCandidates(turn.deps.db, turn.org.id, mentees, turn.tx.lang);
  if (!candidates.length) throw new UserError('programmes-new-no-mentors');
  const lines = [turn.t('programmes-new-mentor')];
  for (const c of candidates) {
    lines.push(
      '',
      turn.t('programmes-candidate', {
        name: c.person.fullName,
        topics: c.sharedTopics.join(', ') || turn.t('programmes-candidate-no-topics'),
        hours: `${formatMinutes(c.person.contactFrom)}–${formatMinutes(c.person.contactTo)}`,
        overlap: Math.round(c.overlapMinutes / 60),
        load: c.load,
      }),
    );
  }
  turn.setDialog(NEW_DIALOG, 'mentor', data);
  turn.reply({ text: lines.join('\n'), buttons: candidates.map((c) => [{ label: shortLabel(c.person.fullName), action: pickMentorAction.encode(c.person.id) }]) });
}

export function onPickMentor(turn: Turn, [id]: [number]): void {
  const data = newData(turn);
  if (!data.mentees.length) throw new StaleButton();
  const mentor = getPersonInOrg(turn.deps.db, turn.org.id, id);
  if (!mentor || mentor.status !== 'active') throw new UserError('programmes-person-not-active');
  if (data.mentees.includes(id)) throw new UserError('programmes-mentor-is-mentee');
  data.mentor = id;
  const wanted = new Set(data.mentees.flatMap((m) => personTopicIds(turn.deps.db, m, 'wants')));
  const shared = personTopicIds(turn.deps.db, id, 'offers').some((t) => wanted.has(t));
  turn.setDialog(NEW_DIALOG, 'kind', data);
  const kinds = PROGRAMME_KINDS.map((k) => ({ label: turn.t(`programmes-kind-${k}`), action: pickKindAction.encode(k) }));
  const rows: Button[][] = [];
  for (let i = 0; i < kinds.length; i += 2) rows.push(kinds.slice(i, i + 2));
  const text = [shared || !wanted.size ? '' : turn.t('programmes-warn-no-topic', { name: mentor.fullName }), turn.t('programmes-new-kind')].filter(Boolean).join('\n\n');
  turn.reply({ text, buttons: rows });
}

export function onPickKind(turn: Turn, [kind]: [string]): void {
  const data = newData(turn);
  if (!(PROGRAMME_KINDS as readonly string[]).includes(kind) || data.mentor === undefined) throw new StaleButton();
  data.kind = kind as ProgrammeKind;
  const busy = data.mentees.filter((m) => programmesOfPerson(turn.deps.db, m).some((p) => p.kind === kind));
  turn.setDialog(NEW_DIALOG, 'template', data);
  const buttons: Button[][] = planTemplates().map((t) => [{ label: shortLabel(`📋 ${t.title[turn.tx.lang]}`), action: pickTemplateAction.encode(t.code) }]);
  buttons.push([{ label: turn.t('programmes-new-empty-plan'), action: pickTemplateAction.encode('none') }]);
  const warn = busy.length ? turn.t('programmes-warn-busy', { names: busy.map((id) => nameOf(turn.deps.db, id)).join(', ') }) : '';
  turn.reply({ text: [warn, turn.t('programmes-new-template')].filter(Boolean).join('\n\n'), buttons });
}

function defaultEnd(turn: Turn, data: NewData): string {
  const months = data.template ? (findTemplate(data.template)?.months ?? 9) : 9;
  return addMonths(todayIn(turn.org.timezone, turn.now), months);
}

export function onPickTemplate(turn: Turn, [code]: [string]): void {
  const data = newData(turn);
  if (data.kind === undefined || (code !== 'none' && !findTemplate(code))) throw new StaleButton();
  data.template = code === 'none' ? undefined : code;
  turn.setDialog(NEW_DIALOG, 'term', data);
  const end = defaultEnd(turn, data);
  turn.reply({
    text: turn.t('programmes-new-term', { from: plainIsoDate(turn.tx.lang, todayIn(turn.org.timezone, turn.now), turn.now, turn.tx.zone), to: plainIsoDate(turn.tx.lang, end, turn.now, turn.tx.zone) }),
    buttons: [[{ label: turn.t('programmes-new-term-default', { to: plainIsoDate(turn.tx.lang, end, turn.now, turn.tx.zone) }), action: defaultTermAction.encode() }]],
  });
}

export function onDefaultTerm(turn: Turn): void {
  const data = newData(turn);
  if (turn.dialog?.step !== 'term') throw new StaleButton();
  finishNew(turn, data, defaultEnd(turn, data));
}

function newText(turn: Turn, state: DialogState<NewData>, text: string): void {
  if (state.step !== 'term') {
    turn.reply(turn.t('common-use-buttons'));
    return;
  }
  finishNew(turn, state.data, parseDeadline(text, turn.now, turn.org.timezone));
}

function finishNew(turn: Turn, data: NewData, endsOn: string): void {
  requireRole(turn.person, 'curator');
  if (data.mentor === undefined || data.kind === undefined) throw new StaleButton();
  const programme = createProgramme(turn.deps, {
    orgId: turn.org.id,
    kind: data.kind,
    mentorId: data.mentor,
    menteeIds: data.mentees,
    startsOn: todayIn(turn.org.timezone, turn.now),
    endsOn,
    curatorId: turn.person.id,
    now: turn.now,
  });
  if (data.template) applyTemplate(turn.deps, programme.id, data.template, turn.org.language, { now: turn.now, createdBy: turn.person.id });
  turn.clearDialog();
  const fresh = getProgramme(turn.deps.db, programme.id)!;
  for (const id of [fresh.mentorId!, ...fresh.menteeIds]) {
    turn.notifier.toPerson(
      id,
      (tx) => ({
        text: `${tx.t('programmes-invitation')}\n\n${planMessage(turn.deps.db, tx, fresh, getPersonInOrg(turn.deps.db, turn.org.id, id)!, turn.now, turn.org.timezone).text}`,
        buttons: [
          [
            { label: tx.t('programmes-button-agree'), action: agreeAction.encode(fresh.id, 1), style: 'positive' },
            { label: tx.t('programmes-button-decline'), action: agreeAction.encode(fresh.id, 0), style: 'negative' },
          ],
        ],
      }),
      { urgency: 'ping', source: `programmes:${fresh.id}` },
    );
  }
  turn.reply(`${turn.t('programmes-created', { id: fresh.id })}\n\n${programmeSummary(turn.deps.db, turn.tx, fresh)}`);
}

// ── Agreeing, ending ─────────────────────────────────────────────────────────────────────────

export function onAgree(turn: MemberTurn, [id, yes]: [number, number]): void {
  if (yes !== 0 && yes !== 1) throw new StaleButton();
  const p = answerInvitation(turn.deps, turn.notifier, turn.person, id, yes === 1, turn.now);
  if (yes === 1 && p.mentorId === turn.person.id) turn.reply(consentMessage(turn.deps.db, turn.tx, p));
  if (yes === 0) turn.reply(turn.t('programmes-you-declined'));
  else if (p.status === 'proposed') turn.reply(turn.t('programmes-you-agreed-waiting'));
}

export function onEnd(turn: MemberTurn, [id]: [number]): void {
  requireRole(turn.person, 'curator');
  const p = visibleProgramme(turn, id);
  if (p.status !== 'active' && p.status !== 'proposed') throw new UserError('programmes-not-running');
  turn.reply({
    text: turn.t('programmes-end-confirm', { id }),
    buttons: [[{ label: turn.t('programmes-button-end-yes'), action: endConfirmAction.encode(id), style: 'negative' }]],
  });
}

export function onEndConfirm(turn: MemberTurn, [id]: [number]): void {
  requireRole(turn.person, 'curator');
  const p = visibleProgramme(turn, id);
  // A running programme ends early with three working days' notice (art. 351.8); one not yet agreed to, at once.
  if (p.status === 'active') {
    giveNotice(turn.deps, turn.notifier, turn.person, id, null, turn.now);
    return;
  }
  endProgramme(turn.deps, turn.notifier, turn.person, id, 'curator', turn.now);
  if (!isMemberOf(turn, id)) turn.reply(turn.t('programmes-you-ended', { id }));
}

// ── Plan items ───────────────────────────────────────────────────────────────────────────────

export function onTemplate(turn: MemberTurn, [id, code]: [number, string]): void {
  const p = visibleProgramme(turn, id);
  if (p.mentorId !== turn.person.id && !turn.person.roles.some((r) => r === 'curator' || r === 'admin')) throw new NotAllowed();
  if (p.status !== 'active' && p.status !== 'proposed') throw new UserError('programmes-not-running');
  const items = applyTemplate(turn.deps, id, code, turn.tx.lang, { now: turn.now, createdBy: turn.person.id });
  turn.reply(turn.t('programmes-template-applied', { count: items.length }));
  showPlan(turn, id);
}

export function onAddItem(turn: MemberTurn, [id]: [number]): void {
  const p = visibleProgramme(turn, id);
  if (p.mentorId !== turn.person.id && !turn.person.roles.some((r) => r === 'curator' || r === 'admin')) throw new NotAllowed();
  if (p.status !== 'active' && p.status !== 'proposed') throw new UserError('programmes-not-running');
  turn.setDialog(ITEM_DIALOG, 'title', { programmeId: id });
  turn.reply(turn.t('programmes-item-ask-title'));
}

function itemText(turn: MemberTurn, state: DialogState, text: string): void {
  const data = state.data as { programmeId: number; title?: string; dueOn?: string };
  const p = visibleProgramme(turn, data.programmeId);
  if (state.step === 'title') {
    const title = text.trim();
    if (!title) throw new UserError('programmes-item-no-title');
    if (title.length > 200) throw new UserError('programmes-item-title-long', { max: 200 });
    turn.setDialog(ITEM_DIALOG, 'date', { ...data, title });
    turn.reply(turn.t('programmes-item-ask-date', { from: plainIsoDate(turn.tx.lang, p.startsOn, turn.now, turn.tx.zone), to: plainIsoDate(turn.tx.lang, p.endsOn, turn.now, turn.tx.zone) }));
    return;
  }
  if (state.step === 'date') {
    const dueOn = parseDeadline(text, turn.now, turn.org.timezone);
    if (dueOn < p.startsOn || dueOn > p.endsOn) throw new UserError('programmes-date-outside', { from: p.startsOn, to: p.endsOn });
    turn.setDialog(ITEM_DIALOG, 'responsible', { ...data, dueOn });
    turn.reply({
      text: [deadlineWarning(turn.deps.db, turn.org.id, turn.tx, dueOn), turn.t('programmes-item-ask-responsible')].filter(Boolean).join('\n\n'),
      buttons: [RESPONSIBLE.map((r) => ({ label: turn.t(`programmes-resp-${r}`), action: responsibleAction.encode(p.id, r) }))],
    });
    return;
  }
  turn.reply(turn.t('common-use-buttons'));
}

export function onResponsible(turn: MemberTurn, [id, responsible]: [number, string]): void {
  const state = turn.dialog;
  const data = state?.data as { programmeId: number; title?: string; dueOn?: string } | undefined;
  if (state?.kind !== ITEM_DIALOG || state.step !== 'responsible' || data?.programmeId !== id || !data.title || !data.dueOn) throw new StaleButton();
  if (!(RESPONSIBLE as readonly string[]).includes(responsible)) throw new StaleButton();
  visibleProgramme(turn, id);
  const item = addItem(turn.deps, { programmeId: id, title: data.title, dueOn: data.dueOn, responsible: responsible as Responsible, createdBy: turn.person.id, now: turn.now });
  turn.clearDialog();
  turn.reply(turn.t('programmes-item-added', { title: item.title, date: turn.tx.deadline(item.dueOn, turn.now) }));
  const p = getProgramme(turn.deps.db, id)!;
  for (const m of p.menteeIds) {
    if (m === turn.person.id) continue;
    turn.notifier.toPerson(m, (tx) => ({ text: tx.t('programmes-item-added-to-mentee', { title: item.title, date: tx.deadline(item.dueOn, turn.now, { absolute: true }) }) }), { urgency: 'ping' });
  }
}

export function onDone(turn: MemberTurn, [itemId]: [number]): void {
  const { item } = checkReport(turn.deps, turn.person, itemId);
  turn.setDialog(REPORT_DIALOG, 'comment', { itemId });
  turn.reply({
    text: turn.t('programmes-report-ask', { title: item.title }),
    buttons: [[{ label: turn.t('programmes-button-no-comment'), action: noCommentAction.encode(itemId) }]],
  });
}

function reported(turn: MemberTurn, itemId: number, opts: { comment?: string; file?: ReceivedFile }): void {
  const evidence = opts.file ? { platform: opts.file.platform, fileId: opts.file.fileId, kind: opts.file.kind, name: opts.file.name, mime: opts.file.mime, size: opts.file.size } : undefined;
  const item = reportItem(turn.deps, turn.notifier, turn.person, itemId, { comment: opts.comment, evidence, now: turn.now });
  turn.clearDialog();
  turn.reply(turn.t(item.state === 'done' ? 'programmes-report-done' : 'programmes-report-sent', { title: item.title }));
}

export function onNoComment(turn: MemberTurn, [itemId]: [number]): void {
  reported(turn, itemId, {});
}

function reportText(turn: MemberTurn, state: DialogState, text: string): void {
  reported(turn, Number(state.data.itemId), { comment: text });
}

function reportFile(turn: MemberTurn, state: DialogState, file: ReceivedFile): void {
  const caption = turn.incoming.kind === 'file' ? turn.incoming.caption : undefined;
  reported(turn, Number(state.data.itemId), { comment: caption, file });
}

export function onConfirm(turn: MemberTurn, [itemId]: [number]): void {
  const item = confirmItem(turn.deps, turn.notifier, turn.person, itemId, turn.now);
  turn.ack(turn.t('programmes-confirmed', { title: item.title.slice(0, 60) }));
  turn.reply(turn.t('programmes-confirmed', { title: item.title }));
}

export function onReturn(turn: MemberTurn, [itemId]: [number]): void {
  const item = checkReturn(turn.deps, turn.person, itemId);
  turn.setDialog(RETURN_DIALOG, 'remark', { itemId });
  turn.reply(turn.t('programmes-return-ask', { title: item.title }));
}

function returnText(turn: MemberTurn, state: DialogState, text: string): void {
  const item = returnItem(turn.deps, turn.notifier, turn.person, Number(state.data.itemId), text, turn.now);
  turn.clearDialog();
  turn.reply(turn.t('programmes-returned', { title: item.title }));
}

function isMemberOf(turn: MemberTurn, id: number): boolean {
  const p = getProgramme(turn.deps.db, id);
  return !!p && (p.mentorId === turn.person.id || p.menteeIds.includes(turn.person.id));
}

export const dialogs = {
  [NEW_DIALOG]: defineDialog({
    titleKey: 'dialog-title-programme-new',
    steps: ['mentees', 'mentor', 'kind', 'template', 'term'],
    schema: newSchema,
    onText: newText,
  }),
  [ITEM_DIALOG]: defineDialog({
    titleKey: 'dialog-title-plan-item',
    steps: ['title', 'date', 'responsible'],
    schema: z.looseObject({ programmeId: z.number().int(), title: z.string().optional(), dueOn: z.string().optional() }),
    onText: itemText,
  }),
  [REPORT_DIALOG]: defineDialog({
    titleKey: 'dialog-title-plan-report',
    steps: ['comment'],
    schema: aboutOne('itemId'),
    onText: reportText,
    onFile: reportFile,
  }),
  [RETURN_DIALOG]: defineDialog({ titleKey: 'dialog-title-plan-return', steps: ['remark'], schema: aboutOne('itemId'), onText: returnText }),
};

