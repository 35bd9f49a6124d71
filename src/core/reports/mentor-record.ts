import { DateTime } from 'luxon';
import type { CoreDeps } from '../kernel/deps.js';
import type { MemberTurn, Feature, MentorWorkPart, ReportSection, Turn } from '../kernel/feature.js';
import type { Language } from '../../i18n/i18n.js';
import { allows } from '../kernel/access.js';
import { UserError } from '../kernel/errors.js';
import { textsFor } from '../kernel/contact/texts.js';
import { getOrganisation } from '../kernel/organisation/organisation.js';
import { getPerson } from '../kernel/persons/person.js';
import { schoolYear, schoolYearOf } from '../kernel/calendar/school-year.js';

/**
 * The record of each mentor's work in a month or a school year — questions answered, speed
 * sessions run, plan items confirmed, the average of the ratings people gave them — gathered
 * from every capability's part (Feature.mentorWork): the basis for the extra pay (Labour Code
 * art. 351.8) and the attestation points. `/mentor_record [YYYY-MM | YYYY]`: a curator sees
 * every mentor, a mentor their own line; the year's record is also a section of /report.
 */

export interface MentorRecordRow {
  personId: number;
  name: string;
  questionsAnswered: number;
  sessionsRun: number;
  planItemsConfirmed: number;
  ratingCount: number;
  /** Average rating, one decimal; null when nobody rated. */
  rating: number | null;
}

export function mentorRecord(deps: CoreDeps, features: readonly Feature[], orgId: number, period: { from: number; to: number }): MentorRecordRow[] {
  const sum = new Map<number, Required<MentorWorkPart>>();
  for (const f of features) {
    if (!f.mentorWork) continue;
    for (const [id, part] of f.mentorWork(deps, orgId, period)) {
      let s = sum.get(id);
      if (!s) sum.set(id, (s = { questionsAnswered: 0, sessionsRun: 0, planItemsConfirmed: 0, ratingSum: 0, ratingCount: 0 }));
      s.questionsAnswered += part.questionsAnswered ?? 0;
      s.sessionsRun += part.sessionsRun ?? 0;
      s.planItemsConfirmed += part.planItemsConfirmed ?? 0;
      s.ratingSum += part.ratingSum ?? 0;
      s.ratingCount += part.ratingCount ?? 0;
    }
  }
  const rows: MentorRecordRow[] = [];
  for (const [id, s] of sum) {
    const person = getPerson(deps.db, id);
    if (!person || person.status === 'forgotten' || person.organisationId !== orgId) continue;
    rows.push({
      personId: id,
      name: person.fullName || '—',
      questionsAnswered: s.questionsAnswered,
      sessionsRun: s.sessionsRun,
      planItemsConfirmed: s.planItemsConfirmed,
      ratingCount: s.ratingCount,
      rating: s.ratingCount ? Math.round((10 * s.ratingSum) / s.ratingCount) / 10 : null,
    });
  }
  return rows.sort((a, b) => a.name.localeCompare(b.name, 'ru') || a.personId - b.personId);
}

/** The year's record as a section of the year-end report. */
export function mentorRecordSection(deps: CoreDeps, features: readonly Feature[], orgId: number, period: { from: number; to: number }, lang: Language): ReportSection {
  const tx = textsFor(deps.i18n, lang, getOrganisation(deps.db, orgId).timezone);
  const rows = mentorRecord(deps, features, orgId, period);
  return {
    sheet: tx.t('labour-record-sheet').slice(0, 31),
    summary: [tx.t('labour-record-summary', { mentors: rows.length, questions: rows.reduce((a, r) => a + r.questionsAnswered, 0), sessions: rows.reduce((a, r) => a + r.sessionsRun, 0), items: rows.reduce((a, r) => a + r.planItemsConfirmed, 0) })],
    columns: tx.t('labour-record-columns').split('|'),
    rows: rows.map((r) => [r.name, r.questionsAnswered, r.sessionsRun, r.planItemsConfirmed, r.rating, r.ratingCount]),
  };
}

/** "2026-11" → that month; "2026" → the school year 2026/2027; "" → this month. */
function periodOf(arg: string, now: number, zone: string): { from: number; to: number; label: { key: string; args: Record<string, string> } } {
  const month = /^(\d{4})-(\d{2})$/.exec(arg);
  if (!arg || month) {
    const start = month ? DateTime.fromObject({ year: Number(month[1]), month: Number(month[2]), day: 1 }, { zone }) : DateTime.fromMillis(now, { zone }).startOf('month');
    if (!start.isValid || start.toMillis() > now) throw new UserError('labour-record-bad-period');
    return { from: start.toMillis(), to: start.plus({ months: 1 }).toMillis(), label: { key: 'labour-record-month', args: { month: start.toFormat('MM.yyyy') } } };
  }
  if (/^\d{4}$/.test(arg) && Number(arg) >= 2000 && Number(arg) <= schoolYearOf(now, zone)) {
    const y = Number(arg);
    return { ...schoolYear(y, zone), label: { key: 'labour-record-year', args: { from: String(y), to: String(y + 1) } } };
  }
  throw new UserError('labour-record-bad-period');
}

export function mentorRecordCommand(turn: MemberTurn, args: string): void {
  const person = turn.person;
  const curator = allows(['curator'], person);
  const period = periodOf(args.trim(), turn.now, turn.org.timezone);
  let rows = mentorRecord(turn.deps, turn.features, turn.org.id, period);
  if (!curator) rows = rows.filter((r) => r.personId === person.id);
  const lines = [turn.t('labour-record-title', { period: turn.t(period.label.key, period.label.args) })];
  if (!rows.length) lines.push(turn.t('labour-record-empty'));
  for (const r of rows) {
    lines.push(
      turn.t('labour-record-line', {
        name: r.name,
        questions: r.questionsAnswered,
        sessions: r.sessionsRun,
        items: r.planItemsConfirmed,
        rating: r.rating === null ? 'none' : turn.tx.number(r.rating),
        rated: r.ratingCount,
      }),
    );
  }
  lines.push('', turn.t('labour-record-hint'));
  turn.reply(lines.join('\n'));
}
