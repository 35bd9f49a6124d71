import type { Feature, ReportSection } from '../kernel/feature.js';
import { defineDialog, onAction } from '../kernel/feature.js';
import { z } from 'zod';
import type { CoreDeps } from '../kernel/deps.js';
import type { Language } from '../../i18n/i18n.js';
import { textsFor } from '../kernel/contact/texts.js';
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
  audienceAction,
  closeInAction,
  modeAction,
  NEW_DIALOG,
  newSurveySchema,
  newSurveyCommand,
  onAudience,
  onCloseIn,
  onDefinitionFile,
  onMode,
  onNewSurveyText,
  onReminders,
  onSourceChoice,
  onTemplate,
  onOpensNow,
  openJob,
  opensNowAction,
  remindersAction,
  sourceChoiceAction,
  templateAction,
} from './launch.js';
import { closeAction, closeJob, exportAction, liveAction, onClose, onExport, onLive, onResults, remindJob, resultsAction, scrubJob, surveysCommand } from './manage.js';
import { computeResults } from './results.js';
import { forgetSurveyData, responseRates, responsesOf, resultsShown, surveyDataOf, surveysInPeriod, withdrawFromOpenSurveys } from './store.js';

/** Surveys answered in the chat: templates or definition files, audiences, real anonymity, reminders, results and exports. */
export const surveysFeature: Feature = {
  name: 'surveys',
  commands: [
    { name: 'surveys', group: 'surveys', access: 'member', descriptionKey: 'surveys-cmd', menuKey: 'surveys-menu', handle: surveysCommand },
    { name: 'survey_new', group: 'surveys', access: ['curator'], descriptionKey: 'surveys-cmd-new', handle: newSurveyCommand },
  ],
  actions: [
    onAction(startAction, 'member', onStart),
    onAction(answerAction, 'member', onAnswer),
    onAction(toggleAction, 'member', onToggle),
    onAction(doneAction, 'member', onDone),
    onAction(skipAction, 'member', onSkip),
    onAction(backAction, 'member', onBack),
    onAction(templateAction, ['curator'], onTemplate),
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
      steps: ['template', 'audience', 'mode', 'opens', 'closes', 'reminders'],
      schema: newSurveySchema,
      onText: (turn, state, text) => onNewSurveyText(turn, state.step, text),
      onFile: (turn, state, file) => {
        if (state.step === 'template') onDefinitionFile(turn, file);
        else turn.reply(turn.t('common-file-not-expected'));
      },
    }),
  },
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
    const rates = responseRates(deps.db, s.id);
    const asked = rates.reduce((a, r) => a + r.asked, 0);
    const finished = rates.reduce((a, r) => a + r.finished, 0);
    summary.push(tx.t('surveys-report-line', { title: s.title, finished, asked }));
    // Results of a survey still open are not shown (unless a named one is live); its rate is.
    if (!resultsShown(s)) {
      rows.push([s.title, asked, finished, null, null, tx.t('surveys-report-after-close')]);
      continue;
    }
    rows.push([s.title, asked, finished, null, null, null]);
    const results = computeResults(s, responsesOf(deps.db, s.id), org.settings.surveys.minGroupSize, tx);
    if (results.hidden) continue;
    for (const q of results.questions) {
      if (q.type === 'scale') rows.push([s.title, null, null, q.text, q.mean ?? null, q.median ?? null]);
      else if (q.type !== 'text') rows.push([s.title, null, null, q.text, null, q.bars.map((b) => `${b.label}: ${b.count}`).join('; ')]);
      if (q.type !== 'text' && q.bars.some((b) => b.count > 0)) charts.push({ title: q.text, bars: q.bars, respondents: q.answered, footer: tx.t('surveys-chart-footer', { survey: s.title, count: q.answered, date: tx.date(s.closedAt ?? s.closesAt) }) });
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
