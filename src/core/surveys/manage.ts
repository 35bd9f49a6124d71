import { defineAction } from '../../messaging/actions.js';
import type { Button, OutgoingMessage } from '../../messaging/types.js';
import type { MemberTurn, JobContext, Turn } from '../kernel/feature.js';
import { requireRole } from '../kernel/access.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { cancelJob, cancelJobsByPrefix, scheduleJob, type Job } from '../kernel/jobs/jobs.js';
import type { Texts } from '../kernel/contact/texts.js';
import { plainDate } from '../kernel/dates/spoken.js';
import { getPerson } from '../kernel/persons/person.js';
import { fileBase64, registerFileKind, requestFile } from '../kernel/files/files.js';
import { chartsSvg, svgToPng, type ChartSpec } from '../kernel/charts/bar-chart.js';
import { columnsOf, surveyCsv, surveyXlsx, type ExportTable, type SummaryLabels } from './export.js';
import { answerLabel, computeResults, groupName, ratesText, resultsText, type SurveyResults } from './results.js';
import {
  closeSurvey,
  countReminder,
  deleteDrafts,
  getSurvey,
  listSurveys,
  responseRates,
  responsesOf,
  resultsShown,
  setLiveResults,
  unfinishedParticipants,
  type Survey,
  unansweredCount,
} from './store.js';
import { invitationMessage, sourceOf } from './answering.js';
import { myOpenSurveys } from './answering.js';
import { newAction } from './builder.js';

/**
 * The curator's side: the list with response rates, results (after closing, or live if the
 * curator wants and the survey is named), charts and exports (made outside the transaction),
 * closing; and the jobs that remind, close and tidy up.
 *
 * An anonymous survey is never live: who has finished is visible per person, so totals seen
 * before and after someone finishes would tell what that person answered.
 */

export const resultsAction = defineAction('svm.res', ['int']);
export const liveAction = defineAction('svm.live', ['int']);
export const exportAction = defineAction('svm.exp', ['int']);
export const closeAction = defineAction('svm.close', ['int']);

export function surveysCommand(turn: MemberTurn): void {
  const curator = turn.person.roles.some((r) => r === 'curator' || r === 'admin');
  if (!curator) {
    myOpenSurveys(turn);
    return;
  }
  myOpenSurveysIfAny(turn);
  const surveys = listSurveys(turn.deps.db, turn.org.id, 10);
  const create = [[{ label: turn.t('surveys-builder-new-button'), action: newAction.encode() }]];
  if (!surveys.length) {
    turn.reply({ text: turn.t('surveys-manage-none'), buttons: create });
    return;
  }
  for (const s of surveys) turn.reply(manageCard(turn.tx, turn, s));
  turn.reply({ text: turn.t('surveys-manage-new'), buttons: create });
}

function myOpenSurveysIfAny(turn: MemberTurn): void {
  if (unansweredCount(turn.deps.db, turn.person.id, turn.now)) myOpenSurveys(turn);
}

function manageCard(tx: Texts, turn: Turn, s: Survey): OutgoingMessage {
  const rates = responseRates(turn.deps.db, s.id);
  const head = tx.t(s.status === 'closed' ? 'surveys-card-closed' : s.opensAt > turn.now ? 'surveys-card-later' : 'surveys-card-open', {
    opens: tx.when(s.opensAt, turn.now, { absolute: true }),
    title: s.title,
    id: s.id,
    until: tx.when(s.closedAt ?? s.closesAt, turn.now, { absolute: true }),
    anonymous: s.anonymous ? 'yes' : 'no',
  });
  const buttons: Button[][] = [[{ label: tx.t('surveys-results-button'), action: resultsAction.encode(s.id) }, { label: tx.t('surveys-export-button'), action: exportAction.encode(s.id) }]];
  if (s.status === 'open') {
    buttons.push([
      ...(s.anonymous ? [] : [{ label: tx.t(s.liveResults ? 'surveys-live-off' : 'surveys-live-on'), action: liveAction.encode(s.id) }]),
      { label: tx.t('surveys-close-button'), action: closeAction.encode(s.id), style: 'negative' },
    ]);
  }
  // Two surveys may share a title: the number and the dates tell them apart.
  const dates = s.opensAt > turn.now ? '' : `\n${tx.t('surveys-card-dates', { opens: plainDate(tx.lang, s.opensAt, turn.now, tx.zone), until: plainDate(tx.lang, s.closedAt ?? s.closesAt, turn.now, tx.zone) })}`;
  return { text: `${head}${dates}\n${ratesText(tx, rates)}`, buttons };
}

function curatorSurvey(turn: Turn, id: number): Survey {
  requireRole(turn.person, 'curator');
  const s = getSurvey(turn.deps.db, turn.org.id, id);
  if (!s) throw new StaleButton();
  return s;
}

function resultsOf(turn: Pick<Turn, 'deps' | 'org'>, s: Survey, tx: Texts): SurveyResults {
  return computeResults(s, responsesOf(turn.deps.db, s.id), turn.org.settings.surveys.minGroupSize, tx);
}

export function onResults(turn: Turn, [id]: [number]): void {
  const s = curatorSurvey(turn, id);
  const rates = ratesText(turn.tx, responseRates(turn.deps.db, s.id));
  if (!resultsShown(s)) {
    if (s.anonymous) turn.reply(`${turn.t('surveys-anonymous-results-after-close', { title: s.title })}\n${rates}`);
    else turn.reply({ text: `${turn.t('surveys-results-after-close', { title: s.title })}\n${rates}`, buttons: [[{ label: turn.t('surveys-live-on'), action: liveAction.encode(s.id) }]] });
    return;
  }
  turn.reply(`${resultsText(turn.tx, resultsOf(turn, s, turn.tx))}\n\n${rates}`);
}

export function onLive(turn: Turn, [id]: [number]): void {
  const s = curatorSurvey(turn, id);
  // A forged or stale button: the card of an anonymous survey has no such button.
  if (s.anonymous) throw new UserError('surveys-anonymous-no-live', { title: s.title });
  if (s.status !== 'open') throw new UserError('surveys-closed-already');
  setLiveResults(turn.deps.db, s.id, !s.liveResults);
  turn.reply(turn.t(s.liveResults ? 'surveys-live-is-off' : 'surveys-live-is-on', { title: s.title }));
}

export function onClose(turn: Turn, [id]: [number]): void {
  const s = curatorSurvey(turn, id);
  if (s.status !== 'open') throw new UserError('surveys-closed-already');
  finishSurvey({ deps: turn.deps, now: turn.now, org: turn.org, notifier: turn.notifier }, s);
  cancelJob(turn.deps.db, `surveys.close:${s.id}`, turn.now);
  turn.reply(turn.t('surveys-closed-now', { title: s.title }));
}

export function onExport(turn: MemberTurn, [id]: [number]): void {
  const s = curatorSurvey(turn, id);
  if (!resultsShown(s)) throw new UserError(s.anonymous ? 'surveys-anonymous-export-after-close' : 'surveys-export-after-close');
  const results = resultsOf(turn, s, turn.tx);
  if (!results.counted) throw new UserError(s.anonymous && responsesOf(turn.deps.db, s.id).length ? 'surveys-export-too-few' : 'surveys-export-empty', { min: results.minGroupSize });
  requestFile(turn.deps, {
    organisationId: turn.org.id,
    personId: turn.person.id,
    kind: 'survey-results',
    params: surveyExportParams(turn.tx, s, results, namesOf(turn, results), turn.now) as unknown as Record<string, unknown>,
    now: turn.now,
  });
  turn.reply(turn.t('surveys-export-started'));
}

function namesOf(turn: Turn, results: SurveyResults): Map<number, string> {
  const names = new Map<number, string>();
  for (const r of results.rows) if (r.personId) names.set(r.personId, getPerson(turn.deps.db, r.personId)?.fullName ?? '');
  return names;
}

interface SurveyExportParams {
  title: string;
  fileBase: string;
  charts: ChartSpec[];
  table: ExportTable;
  results: SurveyResults;
  labels: SummaryLabels;
  chartCaption: string;
  xlsxCaption: string;
  csvCaption: string;
}

/** A snapshot of what the files show, taken inside the transaction, localised for the curator. */
export function surveyExportParams(tx: Texts, s: Survey, results: SurveyResults, names: Map<number, string> = new Map(), now: number = s.closedAt ?? s.closesAt): SurveyExportParams {
  const questions = s.definition.questions;
  const columns = [tx.t('surveys-col-group'), ...(s.anonymous ? [] : [tx.t('surveys-col-person')]), ...columnsOf(s.definition)];
  const yesNo = { yes: tx.t('surveys-yes'), no: tx.t('surveys-no') };
  // Rows in a stable order that says nothing about when anyone answered.
  const rows = results.rows.map((r) => [
    groupName(tx, r.group),
    ...(s.anonymous ? [] : [r.personId ? (names.get(r.personId) ?? '') : '']),
    ...questions.map((q) => answerLabel(q, r.answers[q.id], yesNo)),
  ]);
  const keyed = rows.map((r) => ({ r, k: r.join('\u0001') }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return {
    title: s.title,
    fileBase: `survey-${s.id}`,
    charts: results.questions
      .filter((q) => q.bars.length)
      .map((q) => ({ title: q.text, bars: q.bars, respondents: q.answered, footer: tx.t('surveys-chart-footer', { survey: s.title, count: q.answered, date: tx.date(s.closedAt ?? now) }) })),
    table: { columns, rows: keyed.map((x) => x.r) },
    results: { ...results, rows: [] },
    labels: {
      heading: [
        s.title,
        tx.t('surveys-summary-dates', { from: tx.date(s.opensAt), to: tx.date(s.closedAt ?? s.closesAt) }),
        tx.t('surveys-summary-respondents', { count: results.counted }),
      ],
      percent: tx.t('surveys-col-percent'),
      summarySheet: tx.t('surveys-sheet-summary'),
      responsesSheet: tx.t('surveys-sheet-responses'),
      question: tx.t('surveys-col-question'),
      option: tx.t('surveys-col-option'),
      count: tx.t('surveys-col-count'),
      mean: tx.t('surveys-col-mean'),
      median: tx.t('surveys-col-median'),
    },
    chartCaption: tx.t('surveys-chart-caption', { title: s.title }),
    xlsxCaption: tx.t('surveys-xlsx-caption', { title: s.title, count: results.counted }),
    csvCaption: tx.t('surveys-csv-caption'),
  };
}

registerFileKind('survey-results', async (raw) => {
  const p = raw as unknown as SurveyExportParams;
  const out: OutgoingMessage[] = [];
  if (p.charts.length) {
    // All charts in one picture, sent as a file: a tall picture sent as a photo would be shrunk
    // until it cannot be read.
    const png = await svgToPng(chartsSvg(p.charts));
    out.push({ text: p.chartCaption, file: { kind: 'document', name: `${p.fileBase}-charts.png`, mime: 'image/png', source: fileBase64(png) } });
    await new Promise((r) => setImmediate(r));
  }
  const xlsx = await surveyXlsx(p.results, p.table, p.labels);
  out.push({ text: p.xlsxCaption, file: { kind: 'document', name: `${p.fileBase}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', source: fileBase64(xlsx) } });
  out.push({ text: p.csvCaption, file: { kind: 'document', name: `${p.fileBase}.csv`, mime: 'text/csv', source: fileBase64(surveyCsv(p.table)) } });
  return out;
});

// ------------------------------------------------------------------ jobs

/** Closes a survey: no more answers, drafts dropped, reminders cancelled, the curator told. */
export function finishSurvey(ctx: JobContext, s: Survey): void {
  const { db } = ctx.deps;
  if (!closeSurvey(db, s.id, ctx.now)) return;
  deleteDrafts(db, s.id);
  cancelJobsByPrefix(db, `surveys.remind:${s.id}:`, ctx.now);
  if (s.anonymous) scrubOutbox(ctx, s.id);
  if (s.createdBy) {
    const rates = responseRates(db, s.id);
    ctx.notifier.toPerson(s.createdBy, (tx) => ({ text: `${tx.t('surveys-closed-notice', { title: s.title })}\n${ratesText(tx, rates)}`, buttons: [[{ label: tx.t('surveys-results-button'), action: resultsAction.encode(s.id) }, { label: tx.t('surveys-export-button'), action: exportAction.encode(s.id) }]] }), { urgency: 'ping', source: sourceOf(s.id) });
  }
}

export function closeJob(ctx: JobContext, job: Job): void {
  const s = getSurvey(ctx.deps.db, ctx.org.id, Number(job.payload.surveyId));
  if (s && s.status === 'open') finishSurvey(ctx, s);
}

/** Reminds those who have not finished, at their contact hours, no more often or more times than set. */
export function remindJob(ctx: JobContext, job: Job): void {
  const { db } = ctx.deps;
  const s = getSurvey(db, ctx.org.id, Number(job.payload.surveyId));
  if (!s || s.status !== 'open' || ctx.now >= s.closesAt) return;
  let more = false;
  for (const p of unfinishedParticipants(db, s.id)) {
    if (p.remindersSent >= s.maxReminders) continue;
    const queued = ctx.notifier.toPerson(p.personId, (tx) => invitationMessage(tx, s, true, ctx.now), { urgency: 'reminder', source: sourceOf(s.id) });
    if (queued) countReminder(db, s.id, p.personId);
    if (p.remindersSent + 1 < s.maxReminders) more = true;
  }
  const next = ctx.now + s.reminderEveryMs;
  if (more && next < s.closesAt) {
    const n = Number(job.payload.n ?? 1) + 1;
    scheduleJob(db, { organisationId: ctx.org.id, kind: 'surveys.remind', key: `surveys.remind:${s.id}:${n}`, dueAt: next, payload: { surveyId: s.id, n }, now: ctx.now });
  }
}

/** Blanks what was sent about an anonymous survey's answers (ticked options in edits). */
export function scrubJob(ctx: JobContext, job: Job): void {
  const surveyId = Number(job.payload.surveyId);
  // An edit not yet delivered (a slow platform) is blanked on the next round.
  if (scrubOutbox(ctx, surveyId) > 0) {
    scheduleJob(ctx.deps.db, { organisationId: ctx.org.id, kind: 'surveys.scrub', key: `surveys.scrub:${surveyId}`, dueAt: ctx.now + 15_000, payload: { surveyId }, now: ctx.now });
  }
}

/** Blanks what was sent of a survey; returns how many of its messages have still to go out. */
function scrubOutbox(ctx: Pick<JobContext, 'deps'>, surveyId: number): number {
  return ctx.deps.outbox.blankSent(sourceOf(surveyId)).waiting;
}
