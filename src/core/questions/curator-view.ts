import type { Turn } from '../kernel/feature.js';
import { requireRole } from '../kernel/access.js';
import { UserError } from '../kernel/errors.js';
import { getTopic, topicTitle } from '../kernel/organisation/topics.js';
import { getOrganisation, updateSettings, type OrganisationSettings } from '../kernel/organisation/organisation.js';
import { header, personName } from './messages.js';
import { mentorFigures } from './figures.js';
import { openQuestionsOfOrg, topicGaps } from './question.js';
import { overviewButtons } from './curator-hand.js';

/**
 * The curator's `/questions`: what is open, waiting or escalated, the per-mentor figures and
 * the topics nobody can help with; `/question_settings` shows and changes the routing defaults.
 */

const minutes = (ms: number | null) => (ms === null ? '—' : String(Math.round(ms / 60_000)));

export function questionsOverview(turn: Turn): void {
  requireRole(turn.person, 'curator');
  const { db } = turn.deps;
  const tx = turn.tx;
  const lines: string[] = [];
  const open = openQuestionsOfOrg(db, turn.org.id, 30);
  lines.push(turn.t('question-overview-open', { count: open.length }));
  for (const q of open) {
    lines.push(
      turn.t('question-overview-line', {
        header: header(db, q, tx),
        status: q.status,
        asker: personName(db, q.askerId, tx),
        mentor: q.mentorId !== null ? personName(db, q.mentorId, tx) : 'none',
        since: tx.when(q.createdAt, turn.now),
      }),
    );
  }
  const figures = mentorFigures(db, turn.org.id);
  lines.push('', turn.t('question-overview-mentors', { count: figures.length }));
  for (const f of figures.slice(0, 30)) {
    lines.push(
      turn.t('question-overview-mentor', {
        name: personName(db, f.personId, tx),
        taken: f.taken,
        take: minutes(f.medianTakeMs),
        answer: minutes(f.medianFirstAnswerMs),
        rating: f.averageRating === null ? 'none' : tx.number(f.averageRating),
      }),
    );
  }
  // The rest are not lost from view: the year report lists every mentor.
  if (figures.length > 30) lines.push(turn.t('question-overview-more', { count: figures.length - 30 }));
  const gaps = topicGaps(db, turn.org.id);
  if (gaps.length) {
    lines.push('', turn.t('question-overview-gaps'));
    for (const g of gaps) {
      const topic = getTopic(db, turn.org.id, g.topicId);
      lines.push(turn.t('question-overview-gap', { topic: topic ? topicTitle(topic, tx.lang) : '—', count: g.questions }));
    }
  }
  // Up to eight open questions get buttons to act on (take, assign, remind).
  const buttons = open.slice(0, 8).map((q) => overviewButtons(q, tx));
  turn.reply({ text: lines.join('\n'), buttons });
}

type QuestionSettings = OrganisationSettings['questions'];
/**
 * The names a curator types after /question_settings (in Russian as the message lists them, or
 * the English ones), and the setting each one changes.
 */
const NAMES: Record<string, keyof QuestionSettings> = {
  wave: 'waveSize',
  timeout: 'waveTimeoutMinutes',
  urgent: 'urgentWaveTimeoutMinutes',
  waves: 'maxWaves',
  cap: 'openQuestionCap',
  nudge: 'idleNudgeDays',
  close: 'idleCloseDays',
  сразу: 'waveSize',
  ждать: 'waveTimeoutMinutes',
  срочно: 'urgentWaveTimeoutMinutes',
  круги: 'maxWaves',
  вопросов: 'openQuestionCap',
  напомнить: 'idleNudgeDays',
  закрыть: 'idleCloseDays',
};

export function questionSettingsCommand(turn: Turn, args: string): void {
  requireRole(turn.person, 'curator');
  const m = /^\s*(\p{L}+)\s+(\d{1,5})\s*$/u.exec(args);
  if (args.trim() && !m) throw new UserError('question-settings-usage');
  if (m) {
    const field = NAMES[m[1]!.toLocaleLowerCase('ru')];
    if (!field) throw new UserError('question-settings-usage');
    try {
      updateSettings(turn.deps.db, turn.org.id, (s) => ({ ...s, questions: { ...s.questions, [field]: Number(m[2]) } }));
    } catch {
      throw new UserError('question-settings-out-of-range');
    }
    turn.reply(turn.t('question-settings-saved'));
  }
  const s = getOrganisation(turn.deps.db, turn.org.id).settings.questions;
  turn.reply(turn.t('question-settings', { ...s }));
}
