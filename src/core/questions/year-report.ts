import { spokenNumber } from '../kernel/dates/spoken.js';
import type { CoreDeps } from '../kernel/deps.js';
import type { ReportSection } from '../kernel/feature.js';
import type { Language } from '../../i18n/i18n.js';
import { getPerson, listPersons } from '../kernel/persons/person.js';
import { getTopic, topicTitle } from '../kernel/organisation/topics.js';
import { mentorFigures } from './figures.js';
import { questionTotals, topicGaps } from './question.js';

/**
 * The questions' part of the year-end report: per mentor what they did (the record behind the
 * extra pay and the attestation points), and the year's totals and gaps.
 */
export function questionsYearReport(deps: CoreDeps, orgId: number, period: { from: number; to: number }, lang: Language): ReportSection[] {
  const { db, i18n } = deps;
  const t = (key: string, args?: Record<string, string | number>) => i18n.t(lang, key, args);
  const totals = questionTotals(db, orgId, period);
  const minutes = (ms: number | null) => (ms === null ? null : Math.round(ms / 60_000));
  const figures = mentorFigures(db, orgId, period.from, period.to);
  // Every mentor is on the sheet, those who took no question too (the curator sees who was never asked).
  const listed = new Set(figures.map((f) => f.personId));
  for (const m of listPersons(db, orgId, { roles: ['mentor'], includeInactive: true })) {
    if (!listed.has(m.id)) figures.push({ personId: m.id, taken: 0, medianTakeMs: null, medianFirstAnswerMs: null, averageRating: null });
  }
  const gaps = topicGaps(db, orgId, period.from, period.to);
  const summary = [
    t('question-report-totals', {
      asked: totals.asked,
      closed: totals.closed ?? 0,
      escalated: totals.escalated ?? 0,
      rating: totals.rating === null ? 'none' : spokenNumber(lang, totals.rating),
    }),
  ];
  for (const g of gaps.slice(0, 5)) {
    const topic = getTopic(db, orgId, g.topicId);
    // The report draws its own bullets: the chat line's «• » would be doubled.
    summary.push(t('question-overview-gap', { topic: topic ? topicTitle(topic, lang) : '—', count: g.questions }).replace(/^• /, ''));
  }
  return [
    {
      sheet: t('question-report-sheet'),
      summary,
      columns: [t('question-report-col-mentor'), t('question-report-col-taken'), t('question-report-col-take'), t('question-report-col-answer'), t('question-report-col-rating')],
      rows: figures.map((f) => {
        const p = getPerson(db, f.personId);
        return [
          p && p.status !== 'forgotten' ? p.fullName : t('question-someone'),
          f.taken,
          minutes(f.medianTakeMs),
          minutes(f.medianFirstAnswerMs),
          f.averageRating === null ? null : Number(f.averageRating.toFixed(2)),
        ];
      }),
    },
  ];
}
