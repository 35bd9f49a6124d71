import { defineAction } from '../../messaging/actions.js';
import type { Button } from '../../messaging/types.js';
import type { AudienceSource, JobContext, ReceivedFile, Turn } from '../kernel/feature.js';
import { requireRole } from '../kernel/access.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { scheduleJob, type Job } from '../kernel/jobs/jobs.js';
import { parseWhen } from '../kernel/dates/parse-when.js';
import { listPersons, type Person, type Role } from '../kernel/persons/person.js';
import { DAY } from '../../clock.js';
import { definitionSchema, parseDefinition, type SurveyDefinition } from './definition.js';
import { addParticipant, createSurvey, getSurvey, participantCount, unfinishedParticipants, type Audience, type Survey } from './store.js';
import { builderData, builderPrompt, definitionOf, launchAction, NEW_DIALOG, onBuilderText, startFrom, toDraftAction, newSurveySchema, type Draft, type NewSurveyData } from './builder.js';
import { dialogData } from '../kernel/dialogs/open-dialog.js';
import { invitationMessage, sourceOf } from './answering.js';
import { shortLabel } from '../../messaging/labels.js';

/**
 * A curator launches the survey written in the builder (builder.ts): the audience (roles, or a
 * group another feature knows) → anonymous or named → the opening and closing dates → how many
 * reminders → a summary, and only «Запустить» creates it. Invitations go out in the bulk lane at
 * each person's contact hours; reminders and the close are durable jobs.
 */

export const audienceAction = defineAction('svn.aud', ['str']);
export const sourceChoiceAction = defineAction('svn.src', ['str', 'int']);
export const modeAction = defineAction('svn.mode', ['int']);
export const closeInAction = defineAction('svn.days', ['int']);
export const opensNowAction = defineAction('svn.now', []);
export const remindersAction = defineAction('svn.rem', ['int']);

const ROLE_AUDIENCES: Record<string, ('mentor' | 'mentee' | 'staff' | 'curator')[]> = {
  mentee: ['mentee'],
  mentor: ['mentor'],
  pairs: ['mentor', 'mentee'],
  staff: ['staff', 'mentor', 'mentee'],
};

function data(turn: Turn): NewSurveyData & { draft: Draft } {
  const d = builderData(turn);
  if (!d.draft) throw new StaleButton();
  return d as NewSurveyData & { draft: Draft };
}

/** A definition file sent while choosing a template. */
export function onDefinitionFile(turn: Turn, file: ReceivedFile): void {
  requireRole(turn.person, 'curator');
  if (!/\.json$/i.test(file.name ?? '') || !file.content) {
    turn.reply(turn.t('surveys-file-not-json'));
    return;
  }
  const parsed = parseDefinition(file.content.toString('utf8'));
  if (!parsed.ok) {
    const lines = parsed.problems.map((p) => turn.t('surveys-file-problem', { line: p.line, path: p.path || '-', message: p.message }));
    turn.reply(`${turn.t('surveys-file-invalid')}\n${lines.join('\n')}`);
    return;
  }
  startFrom(turn, parsed.definition);
}

/** «Дальше» on the preview: who is asked. */
export function onNext(turn: Turn, [rev]: [number]): void {
  requireRole(turn.person, 'curator');
  const d = data(turn);
  if (turn.dialog!.step !== 'draft' || (d.rev ?? 0) !== rev) throw new StaleButton();
  if (!d.draft.questions.length) throw new UserError('surveys-builder-no-questions');
  askAudience(turn, d);
}

function askAudience(turn: Turn, d: NewSurveyData & { draft: Draft }): void {
  const definition = d.draft;
  turn.setDialog(NEW_DIALOG, 'audience', d);
  const rows: Button[][] = Object.keys(ROLE_AUDIENCES).map((k) => [{ label: turn.t(`surveys-audience-${k}`), action: audienceAction.encode(k) }]);
  for (const source of audienceSources(turn)) rows.push([{ label: turn.t(source.labelKey), action: audienceAction.encode(`f.${source.id}`) }]);
  turn.reply({ text: turn.t('surveys-new-audience', { title: definition.title, count: definition.questions.length }), buttons: rows });
}

function audienceSources(turn: Pick<Turn, 'features'>): AudienceSource[] {
  return turn.features.flatMap((f) => f.audiences ?? []);
}

export function onAudience(turn: Turn, [key]: [string]): void {
  requireRole(turn.person, 'curator');
  const d = data(turn);
  if (turn.dialog!.step !== 'audience') throw new StaleButton();
  if (key.startsWith('f.')) {
    const source = audienceSources(turn).find((s) => s.id === key.slice(2));
    if (!source) throw new StaleButton();
    const choices = source.choices(turn.deps, turn.org.id, turn.tx.lang).slice(0, 20);
    if (!choices.length) throw new UserError('surveys-audience-empty');
    turn.reply({ text: turn.t('surveys-new-source-choice'), buttons: choices.map((c) => [{ label: shortLabel(c.label), action: sourceChoiceAction.encode(source.id, c.id) }]) });
    return;
  }
  const roles = ROLE_AUDIENCES[key];
  if (!roles) throw new StaleButton();
  askMode(turn, { ...d, audience: { kind: 'roles', roles }, audienceLabel: turn.t(`surveys-audience-${key}`) });
}

export function onSourceChoice(turn: Turn, [sourceId, choice]: [string, number]): void {
  requireRole(turn.person, 'curator');
  const d = data(turn);
  const source = audienceSources(turn).find((s) => s.id === sourceId);
  if (turn.dialog!.step !== 'audience' || !source) throw new StaleButton();
  const label = source.choices(turn.deps, turn.org.id, turn.tx.lang).find((c) => c.id === choice)?.label;
  if (!label) throw new StaleButton();
  askMode(turn, { ...d, audience: { kind: 'source', source: sourceId, choice }, audienceLabel: label });
}

/** Asks again for what the current step wants (after the dialog was set aside and taken up again). */
export function newSurveyPrompt(turn: Turn, step: string, raw: unknown): void {
  const d = raw as NewSurveyData;
  if (builderPrompt(turn, step, d)) return;
  const withDraft = d.draft ? (d as NewSurveyData & { draft: Draft }) : null;
  if (!withDraft) {
    turn.reply(turn.t('common-use-buttons'));
    return;
  }
  if (step === 'audience') askAudience(turn, withDraft);
  else if (step === 'mode') askMode(turn, withDraft);
  else if (step === 'opens') askOpens(turn, withDraft);
  else if (step === 'closes') opensChosen(turn, withDraft.opensAt ?? turn.now);
  else if (step === 'reminders' && withDraft.closesAt) closesChosen(turn, withDraft.closesAt);
  else if (step === 'confirm') showSummary(turn, withDraft);
}

function askMode(turn: Turn, d: NewSurveyData): void {
  // An audience with nobody in it is refused here, where another one can still be chosen.
  if (!audienceMembers(turn, d.audience!).length) throw new UserError('surveys-audience-empty');
  turn.setDialog(NEW_DIALOG, 'mode', d);
  turn.reply({
    text: turn.t('surveys-new-mode'),
    buttons: [
      [{ label: turn.t('surveys-mode-anonymous'), action: modeAction.encode(1) }],
      [{ label: turn.t('surveys-mode-named'), action: modeAction.encode(0) }],
    ],
  });
}

export function onMode(turn: Turn, [anonymous]: [number]): void {
  requireRole(turn.person, 'curator');
  const d = data(turn);
  if (!d.audience || turn.dialog!.step !== 'mode') throw new StaleButton();
  askOpens(turn, { ...d, anonymous: anonymous === 1 });
}

function askOpens(turn: Turn, d: NewSurveyData): void {
  turn.setDialog(NEW_DIALOG, 'opens', d);
  turn.reply({ text: turn.t('surveys-new-opens'), buttons: [[{ label: turn.t('surveys-opens-now'), action: opensNowAction.encode() }]] });
}

export function onOpensNow(turn: Turn): void {
  requireRole(turn.person, 'curator');
  dialogData(turn, NEW_DIALOG, newSurveySchema, 'opens');
  opensChosen(turn, turn.now);
}

function opensChosen(turn: Turn, opensAt: number): void {
  const d = data(turn);
  if (d.anonymous === undefined) throw new StaleButton();
  turn.setDialog(NEW_DIALOG, 'closes', { ...d, opensAt });
  turn.reply({
    text: turn.t('surveys-new-closes', { opens: turn.tx.when(opensAt, turn.now) }),
    buttons: [[7, 14, 30].map((days) => ({ label: turn.t('surveys-days', { count: days }), action: closeInAction.encode(days) }))],
  });
}

export function onCloseIn(turn: Turn, [days]: [number]): void {
  requireRole(turn.person, 'curator');
  const d = data(turn);
  if (![7, 14, 30].includes(days) || d.opensAt === undefined || turn.dialog!.step !== 'closes') throw new StaleButton();
  closesChosen(turn, d.opensAt + days * DAY);
}

/** An opening or closing date typed instead of a button ("25.12", "25.12.2026 18:00"). */
export function onNewSurveyText(turn: Turn, step: string, text: string): void {
  if (onBuilderText(turn, step, text)) return;
  if (step !== 'closes' && step !== 'opens') {
    turn.reply(turn.t('common-use-buttons'));
    return;
  }
  const when = parseWhen(text, { now: turn.now, zone: turn.tx.zone });
  const pastKey = step === 'opens' ? 'surveys-builder-opens-past' : 'surveys-date-past';
  if (!when.ok) throw new UserError(when.reason === 'impossible' ? 'surveys-date-impossible' : when.reason === 'past' ? pastKey : 'surveys-date-unparsed');
  if (step === 'opens') {
    // A day without a time opens at 09:00.
    const at = when.timeKnown ? when.at : when.at + 9 * 60 * 60_000;
    if (at < turn.now) throw new UserError('surveys-builder-opens-past');
    if (at - turn.now > 90 * DAY) throw new UserError('surveys-date-too-far');
    opensChosen(turn, at);
    return;
  }
  const opensAt = (turn.dialog?.data as NewSurveyData | undefined)?.opensAt ?? turn.now;
  const at = when.timeKnown ? when.at : when.at + DAY - 60_000;
  if (at - opensAt < 60 * 60_000) throw new UserError('surveys-date-before-open');
  if (at - opensAt > 180 * DAY) throw new UserError('surveys-date-too-far');
  closesChosen(turn, at);
}

function closesChosen(turn: Turn, closesAt: number): void {
  const d = data(turn);
  if (d.anonymous === undefined) throw new StaleButton();
  turn.setDialog(NEW_DIALOG, 'reminders', { ...d, closesAt });
  turn.reply({
    text: turn.t('surveys-new-reminders', { until: turn.tx.when(closesAt, turn.now) }),
    buttons: [[0, 1, 2, 3].map((n) => ({ label: String(n), action: remindersAction.encode(n) }))],
  });
}

/** The number of reminders is the last choice: the summary follows, and nothing starts before «Запустить». */
export function onReminders(turn: Turn, [count]: [number]): void {
  requireRole(turn.person, 'curator');
  const d = data(turn);
  if (count < 0 || count > 3 || turn.dialog!.step !== 'reminders' || !d.audience || d.anonymous === undefined || !d.closesAt) throw new StaleButton();
  showSummary(turn, { ...d, reminders: count });
}

function showSummary(turn: Turn, d: NewSurveyData & { draft: Draft }): void {
  turn.setDialog(NEW_DIALOG, 'confirm', d);
  const people = audienceMembers(turn, d.audience!).length;
  const rev = d.rev ?? 0;
  turn.reply({
    text: turn.t('surveys-builder-summary', {
      title: d.draft.title,
      count: d.draft.questions.length,
      audience: d.audienceLabel ?? '—',
      people,
      anonymous: d.anonymous ? 'yes' : 'no',
      opens: turn.tx.when(Math.max(turn.now, d.opensAt ?? turn.now), turn.now),
      until: turn.tx.when(d.closesAt!, turn.now),
      reminders: d.reminders ?? 0,
    }),
    buttons: [[{ label: turn.t('surveys-builder-launch'), action: launchAction.encode(rev) }], [{ label: turn.t('surveys-builder-back-to-questions'), action: toDraftAction.encode(rev) }]],
  });
}

/** «Запустить» on the summary: the survey is created and its invitations go out (or wait for its opening). */
export function onLaunch(turn: Turn, [rev]: [number]): void {
  requireRole(turn.person, 'curator');
  const d = data(turn);
  if (turn.dialog!.step !== 'confirm' || (d.rev ?? 0) !== rev || !d.audience || d.anonymous === undefined || !d.closesAt || d.reminders === undefined) {
    throw new StaleButton();
  }
  // The summary may have waited: a chosen opening long past, or a close too near, is refused, not stretched.
  if (d.opensAt !== undefined && d.opensAt < turn.now - 60 * 60_000) throw new UserError('surveys-builder-opens-past');
  if (d.closesAt - Math.max(turn.now, d.opensAt ?? turn.now) < 60 * 60_000) throw new UserError('surveys-date-before-open');
  const survey = launchSurvey(turn, {
    definition: definitionSchema.parse(definitionOf(d.draft)),
    audience: d.audience,
    anonymous: d.anonymous,
    opensAt: d.opensAt,
    closesAt: d.closesAt,
    maxReminders: d.reminders,
  });
  turn.clearDialog();
  turn.reply(
    turn.t('surveys-launched', {
      title: survey.title,
      count: participantCount(turn.deps.db, survey.id),
      until: turn.tx.when(survey.closesAt, turn.now),
      id: survey.id,
      later: survey.opensAt > turn.now ? 'yes' : 'no',
      opens: turn.tx.when(survey.opensAt, turn.now),
    }),
  );
}

export interface LaunchOptions {
  definition: SurveyDefinition;
  audience: Audience;
  anonymous: boolean;
  /** When invitations go out; now if not given. */
  opensAt?: number;
  closesAt: number;
  maxReminders: number;
  /** Results shown before closing; ignored (always off) for an anonymous survey. */
  liveResults?: boolean;
}

/** Who the audience is, each with the group their answers are counted in. */
export function audienceMembers(turn: Pick<Turn, 'deps' | 'org' | 'features'>, audience: Audience): { person: Person; group: string }[] {
  const active = listPersons(turn.deps.db, turn.org.id);
  if (audience.kind === 'roles') {
    return active.flatMap((p) => {
      const group = audience.roles.find((r) => p.roles.includes(r as Role));
      return group ? [{ person: p, group }] : [];
    });
  }
  const source = audienceSources(turn).find((s) => s.id === audience.source);
  if (!source) return [];
  const ids = new Set(source.members(turn.deps, turn.org.id, audience.choice));
  return active.filter((p) => ids.has(p.id)).map((p) => ({ person: p, group: audience.source }));
}

export function launchSurvey(turn: Pick<Turn, 'deps' | 'org' | 'features' | 'now' | 'person' | 'notifier'>, o: LaunchOptions): Survey {
  const { db } = turn.deps;
  const members = audienceMembers(turn, o.audience);
  if (!members.length) throw new UserError('surveys-audience-empty');
  const opensAt = Math.max(turn.now, o.opensAt ?? turn.now);
  const reminderEveryMs = Math.max(DAY, Math.floor((o.closesAt - opensAt) / (o.maxReminders + 1)));
  const id = createSurvey(db, {
    organisationId: turn.org.id,
    definition: o.definition,
    anonymous: o.anonymous,
    audience: o.audience,
    opensAt,
    closesAt: o.closesAt,
    maxReminders: o.maxReminders,
    reminderEveryMs,
    liveResults: !o.anonymous && (o.liveResults ?? false),
    createdBy: turn.person?.id ?? null,
    now: turn.now,
  });
  const survey = getSurvey(db, turn.org.id, id)!;
  for (const m of members) addParticipant(db, id, m.person.id, m.group);
  if (opensAt > turn.now) {
    scheduleJob(db, { organisationId: turn.org.id, kind: 'surveys.open', key: `surveys.open:${id}`, dueAt: opensAt, payload: { surveyId: id }, now: turn.now });
  } else sendInvitations(turn, survey);
  if (o.maxReminders > 0 && opensAt + reminderEveryMs < o.closesAt) {
    scheduleJob(db, { organisationId: turn.org.id, kind: 'surveys.remind', key: `surveys.remind:${id}:1`, dueAt: opensAt + reminderEveryMs, payload: { surveyId: id, n: 1 }, now: turn.now });
  }
  scheduleJob(db, { organisationId: turn.org.id, kind: 'surveys.close', key: `surveys.close:${id}`, dueAt: o.closesAt, payload: { surveyId: id }, now: turn.now });
  return survey;
}


/** The invitations, in the bulk lane at each person's contact hours. */
export function sendInvitations(ctx: Pick<JobContext, 'deps' | 'notifier'>, survey: Survey): void {
  for (const p of unfinishedParticipants(ctx.deps.db, survey.id)) {
    ctx.notifier.toPerson(p.personId, (tx) => invitationMessage(tx, survey, false, survey.opensAt), { urgency: 'bulk', source: sourceOf(survey.id) });
  }
}

/** The job at a survey's opening time. */
export function openJob(ctx: JobContext, job: Job): void {
  const survey = getSurvey(ctx.deps.db, ctx.org.id, Number(job.payload.surveyId));
  if (survey && survey.status === 'open') sendInvitations(ctx, survey);
}
