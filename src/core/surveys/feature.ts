import { seedDemo } from './demo.js';
import { command } from '../kernel/feature.js';
import type { Feature, ReportSection } from '../kernel/feature.js';
import { defineDialog, onAction } from '../kernel/feature.js';
import { z } from 'zod';
import type { CoreDeps } from '../kernel/deps.js';
import type { Language } from '../../i18n/i18n.js';
import { textsFor } from '../kernel/contact/texts.js';
import { plainDate } from '../kernel/dates/spoken.js';
import { getOrganisation } from '../kernel/organisation/organisation.js';
import {
  answerAction,
  backAction,
  doneAction,
  onAnswer,
  onBack,
  onDone,
  onSkip,
  onStart,
  onSurveyText,
  onToggle,
  skipAction,
  startAction,
  SURVEY_DIALOG,
  toggleAction,
} from './answering.js';
import {
  addAction,
  builderPrompt,
  BUILDER_STEPS,
  deleteAction,
  editAction,
  keepTextAction,
  kindAction,
  launchAction,
  NEW_DIALOG,
  newAction,
  newSurveyCommand,
  newSurveySchema,
  nextAction,
  noLegendAction,
  onAdd,
  onDelete,
  onEdit,
  onKeepText,
  onKind,
  onNoLegend,
  onOwn,
  onPick,
  onRename,
  onScale,
  onTemplate,
  onToDraft,
  ownAction,
  pickAction,
  renameAction,
  scaleAction,
  templateAction,
  toDraftAction,
} from './builder.js';
import {
  audienceAction,
  closeInAction,
  modeAction,
  onAudience,
  onCloseIn,
  onDefinitionFile,
  newSurveyPrompt,
  onMode,
  onNewSurveyText,
  onLaunch,
  onNext,
  onReminders,
  onSourceChoice,
  onOpensNow,
  openJob,
  opensNowAction,
  remindersAction,
  sourceChoiceAction,
} from './launch.js';
import { closeAction, closeJob, exportAction, liveAction, onClose, onExport, onLive, onResults, remindJob, resultsAction, scrubJob, surveysCommand } from './manage.js';
import { computeResults } from './results.js';
import { forgetSurveyData, responseRates, responsesOf, resultsShown, surveyDataOf, surveysInPeriod, withdrawFromOpenSurveys } from './store.js';

/** Surveys answered in the chat: templates or definition files, audiences, real anonymity, reminders, results and exports. */
export const surveysFeature: Feature = {
  name: 'surveys',
  demo: seedDemo,
  commands: [
    command({ name: 'surveys', group: 'surveys', access: 'member', descriptionKey: 'surveys-cmd', menuKey: 'surveys-menu', handle: surveysCommand }),
    command({ name: 'survey_new', group: 'surveys', access: ['curator'], descriptionKey: 'surveys-cmd-new', handle: newSurveyCommand }),
  ],
  actions: [
    onAction(startAction, 'member', onStart),
    onAction(answerAction, 'member', onAnswer),
    onAction(toggleAction, 'member', onToggle),
    onAction(doneAction, 'member', onDone),
    onAction(skipAction, 'member', onSkip),
    onAction(backAction, 'member', onBack),
    onAction(ownAction, ['curator'], onOwn),
    onAction(templateAction, ['curator'], onTemplate),
    onAction(kindAction, ['curator'], onKind),
    onAction(scaleAction, ['curator'], onScale),
    onAction(noLegendAction, ['curator'], onNoLegend),
    onAction(keepTextAction, ['curator'], onKeepText),
    onAction(addAction, ['curator'], onAdd),
    onAction(editAction, ['curator'], onEdit),
    onAction(deleteAction, ['curator'], onDelete),
    onAction(renameAction, ['curator'], onRename),
    onAction(pickAction, ['curator'], onPick),
    onAction(nextAction, ['curator'], onNext),
    onAction(launchAction, ['curator'], onLaunch),
    onAction(toDraftAction, ['curator'], onToDraft),
    onAction(newAction, ['curator'], (turn) => newSurveyCommand(turn)),
    onAction(audienceAction, ['curator'], onAudience),
    onAction(sourceChoiceAction, ['curator'], onSourceChoice),
    onAction(modeAction, ['curator'], onMode),
    onAction(opensNowAction, ['curator'], onOpensNow),
    onAction(closeInAction, ['curator'], onCloseIn),
    onAction(remindersAction, ['curator'], onReminders),
    onAction(resultsAction, ['curator'], onResults),
    onAction(liveAction, ['curator'], onLive),
    onAction(exportAction, ['curator'], onExport),
    onAction(closeAction, ['curator'], onClose),
  ],
  dialogs: {
    [SURVEY_DIALOG]: defineDialog({
      titleKey: 'dialog-title-survey',
      steps: ['answering'],
      schema: z.looseObject({ surveyId: z.number().int(), index: z.number().int().optional() }),
      onText: (turn, state, text) => onSurveyText(turn, state.data, text),
    }),
    [NEW_DIALOG]: defineDialog({
      titleKey: 'dialog-title-survey-new',
      steps: [...BUILDER_STEPS, 'audience', 'mode', 'opens', 'closes', 'reminders', 'confirm'],
      schema: newSurveySchema,
      onText: (turn, state, text) => onNewSurveyText(turn, state.step, text),
      prompt: (turn, state) => newSurveyPrompt(turn, state.step, state.data),
      onFile: (turn, state, file) => {
        if (state.step === 'template') onDefinitionFile(turn, file);
        else turn.reply(turn.t('common-file-not-expected'));
      },
    }),
  },
  // An anonymous survey's ticks leave the outbox as soon as they are delivered.
  jobsAfterDelivery: ['surveys.scrub'],
  jobs: {
    'surveys.open': openJob,
    'surveys.remind': remindJob,
    'surveys.close': closeJob,
    'surveys.scrub': scrubJob,
  },
  privacy: {
    exportFor: (deps, personId) => surveyDataOf(deps.db, personId),
    forget: (deps, personId) => forgetSurveyData(deps.db, personId),
  },
  onDeactivated: (ctx, person) => withdrawFromOpenSurveys(ctx.deps.db, person.id),
  yearReport: surveysYearReport,
};

/** The surveys of the year: response rates, and the mean of each scale question (groups too small are left out; results of a survey still open only if it is named and live). */
export function surveysYearReport(deps: CoreDeps, orgId: number, period: { from: number; to: number }, lang: Language): ReportSection[] {
  const org = getOrganisation(deps.db, orgId);
  const tx = textsFor(deps.i18n, lang, org.timezone);
  const rows: (string | number | null)[][] = [];
  const summary: string[] = [];
  const charts: NonNullable<ReportSection['charts']> = [];
  for (const s of surveysInPeriod(deps.db, orgId, period.from, period.to)) {
    // Two surveys may share a title: the number and the dates tell them apart.
    const name = `№${s.id} ${s.title}`;
    const rates = responseRates(deps.db, s.id);
    const asked = rates.reduce((a, r) => a + r.asked, 0);
    const finished = rates.reduce((a, r) => a + r.finished, 0);
    summary.push(tx.t('surveys-report-line-numbered', { id: s.id, title: s.title, opens: plainDate(lang, s.opensAt, s.opensAt, tx.zone), until: plainDate(lang, s.closedAt ?? s.closesAt, s.opensAt, tx.zone), finished, asked }));
    // Results of a survey still open are not shown (unless a named one is live); its rate is.
    if (!resultsShown(s)) {
      rows.push([name, asked, finished, null, null, tx.t('surveys-report-after-close')]);
      continue;
    }
    rows.push([name, asked, finished, null, null, null]);
    const results = computeResults(s, responsesOf(deps.db, s.id), org.settings.surveys.minGroupSize, tx);
    if (results.hidden) continue;
    for (const q of results.questions) {
      if (q.type === 'scale') rows.push([name, null, null, q.text, q.mean ?? null, q.median ?? null]);
      else if (q.type !== 'text') rows.push([name, null, null, q.text, null, q.bars.map((b) => `${b.label}: ${b.count}`).join('; ')]);
      if (q.type !== 'text' && q.bars.some((b) => b.count > 0)) charts.push({ title: q.text, bars: q.bars, respondents: q.answered, footer: tx.t('surveys-chart-footer', { survey: name, count: q.answered, date: tx.date(s.closedAt ?? s.closesAt) }) });
    }
  }
  if (!summary.length) summary.push(tx.t('surveys-report-none'));
  return [
    {
      sheet: tx.t('surveys-report-sheet').slice(0, 31),
      summary,
      columns: [tx.t('surveys-report-col-survey'), tx.t('surveys-report-col-asked'), tx.t('surveys-report-col-finished'), tx.t('surveys-col-question'), tx.t('surveys-col-mean'), tx.t('surveys-report-col-detail')],
      rows,
      charts,
    },
  ];
}
