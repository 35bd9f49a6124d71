import type { Texts } from '../kernel/contact/texts.js';
import { percentOf, type Bar } from '../kernel/charts/bar-chart.js';
import type { Question } from './definition.js';
import type { GroupRate, StoredResponse, Survey } from './store.js';

/**
 * A survey's results: per question the distribution, mean and median for scales, the free-text
 * answers. For an anonymous survey a group with fewer responses than the minimum is not shown
 * (a kindergarten's staff is small enough to recognise people); if the whole survey has fewer,
 * nothing is.
 */


export interface QuestionResult {
  id: string;
  type: Question['type'];
  text: string;
  answered: number;
  bars: Bar[];
  mean?: number;
  median?: number;
  texts?: string[];
}

export interface SurveyResults {
  surveyId: number;
  title: string;
  anonymous: boolean;
  /** Responses counted (in groups large enough to show). */
  counted: number;
  /** Groups left out for being smaller than the minimum. */
  hiddenGroups: string[];
  /** Nothing can be shown (no answers, or too few for an anonymous survey). */
  hidden: boolean;
  minGroupSize: number;
  questions: QuestionResult[];
  /** Responses kept (for the CSV/XLSX rows), already filtered by the same rule. */
  rows: StoredResponse[];
}

/** The responses that may be shown: for an anonymous survey, only groups of at least `min`. */
export function visibleResponses(survey: Survey, responses: StoredResponse[], min: number): { rows: StoredResponse[]; hiddenGroups: string[] } {
  if (!survey.anonymous) return { rows: responses, hiddenGroups: [] };
  const sizes = new Map<string, number>();
  for (const r of responses) sizes.set(r.group, (sizes.get(r.group) ?? 0) + 1);
  const hiddenGroups = [...sizes].filter(([, n]) => n < min).map(([g]) => g).sort();
  const rows = responses.filter((r) => !hiddenGroups.includes(r.group));
  return rows.length >= min ? { rows, hiddenGroups } : { rows: [], hiddenGroups };
}

export function computeResults(survey: Survey, responses: StoredResponse[], min: number, tx: Texts): SurveyResults {
  const { rows, hiddenGroups } = visibleResponses(survey, responses, min);
  const questions = survey.definition.questions.map((q) => questionResult(q, rows, tx));
  return {
    surveyId: survey.id,
    title: survey.title,
    anonymous: survey.anonymous,
    counted: rows.length,
    hiddenGroups,
    hidden: rows.length === 0,
    minGroupSize: min,
    questions,
    rows,
  };
}

function questionResult(q: Question, rows: StoredResponse[], tx: Texts): QuestionResult {
  const values = rows.map((r) => r.answers[q.id]).filter((v): v is string => v !== undefined);
  const base = { id: q.id, type: q.type, text: q.text, answered: values.length };
  switch (q.type) {
    case 'scale': {
      const nums = values.map(Number).filter((n) => Number.isFinite(n));
      const bars = Array.from({ length: q.max - q.min + 1 }, (_, k) => ({ label: String(q.min + k), count: nums.filter((n) => n === q.min + k).length }));
      return { ...base, bars, mean: nums.length ? round(nums.reduce((a, b) => a + b, 0) / nums.length) : undefined, median: median(nums) };
    }
    case 'single':
      return { ...base, bars: q.options.map((o, k) => ({ label: o, count: values.filter((v) => v === String(k)).length })) };
    case 'multi': {
      const picked = values.map((v) => JSON.parse(v) as number[]);
      return { ...base, bars: q.options.map((o, k) => ({ label: o, count: picked.filter((p) => p.includes(k)).length })) };
    }
    case 'yesno':
      return {
        ...base,
        bars: [
          { label: tx.t('surveys-yes'), count: values.filter((v) => v === '1').length },
          { label: tx.t('surveys-no'), count: values.filter((v) => v === '0').length },
        ],
      };
    case 'text':
      // Sorted, so their order says nothing about who answered when.
      return { ...base, bars: [], texts: [...values].sort() };
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

export function median(nums: number[]): number | undefined {
  if (!nums.length) return undefined;
  const s = [...nums].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : round((s[mid - 1]! + s[mid]!) / 2);
}

/** The answer as a person reads it (CSV/XLSX cells). */
export function answerLabel(q: Question, value: string | undefined, yesNo: { yes: string; no: string }): string {
  if (value === undefined) return '';
  switch (q.type) {
    case 'scale':
    case 'text':
      return value;
    case 'single':
      return q.options[Number(value)] ?? '';
    case 'multi':
      return (JSON.parse(value) as number[]).map((k) => q.options[k] ?? '').join('; ');
    case 'yesno':
      return value === '1' ? yesNo.yes : yesNo.no;
  }
}

/** The response rate text, per group. */
export function ratesText(tx: Texts, rates: GroupRate[]): string {
  const asked = rates.reduce((a, r) => a + r.asked, 0);
  const finished = rates.reduce((a, r) => a + r.finished, 0);
  const lines = [tx.t('surveys-rate-total', { finished, asked, percent: asked ? Math.round((100 * finished) / asked) : 0 })];
  for (const r of rates) lines.push(tx.t('surveys-rate-group', { group: groupName(tx, r.group), finished: r.finished, asked: r.asked }));
  return lines.join('\n');
}

export function groupName(tx: Texts, group: string): string {
  return ['mentor', 'mentee', 'staff', 'curator'].includes(group) ? tx.t(`surveys-group-${group}`) : group;
}

/** The results as one chat message (the charts and files follow separately). */
export function resultsText(tx: Texts, r: SurveyResults): string {
  const lines = [tx.t('surveys-results-title', { title: r.title, count: r.counted })];
  if (r.hiddenGroups.length) lines.push(tx.t('surveys-results-hidden-groups', { groups: r.hiddenGroups.map((g) => groupName(tx, g)).join(', '), min: r.minGroupSize }));
  if (r.hidden) {
    lines.push(tx.t(r.anonymous ? 'surveys-results-too-few' : 'surveys-results-none', { min: r.minGroupSize }));
    return lines.join('\n');
  }
  r.questions.forEach((q, i) => {
    lines.push('', `${i + 1}. ${q.text}`);
    if (q.type === 'scale') lines.push(tx.t('surveys-results-scale', { mean: q.mean ?? '-', median: q.median ?? '-', answered: q.answered }));
    // Percentages of the people who answered the question, not of the ticks.
    for (const b of q.bars) lines.push(`  ${b.label}: ${b.count} (${percentOf(b.count, q.answered)}%)`);
    if (q.texts) {
      for (const t of q.texts.slice(0, 20)) lines.push(`  — ${t.slice(0, 300)}`);
      if (q.texts.length > 20) lines.push(tx.t('surveys-results-more-texts', { count: q.texts.length - 20 }));
    }
  });
  return lines.join('\n');
}
