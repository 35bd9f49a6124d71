import { DateTime } from 'luxon';
import type { Language } from '../../i18n/i18n.js';
import type { CoreDeps } from '../kernel/deps.js';
import type { AudienceSource, ReportSection } from '../kernel/feature.js';
import { getOrganisation } from '../kernel/organisation/organisation.js';
import { textsFor } from '../kernel/contact/texts.js';
import { countProgress, getProgramme, itemsOf, listProgrammes, membersOf } from './programme.js';
import { showDate } from '../kernel/dates/days.js';
import { nameOf } from './views.js';
import { programmesRunningBetween } from './store/figures.js';

/** The year-end report's sheet of programmes, and a programme's group as an audience. */

export function programmesReport(deps: CoreDeps, orgId: number, period: { from: number; to: number }, lang: Language): ReportSection[] {
  const { db } = deps;
  const org = getOrganisation(db, orgId);
  const tx = textsFor(deps.i18n, lang, org.timezone);
  const from = DateTime.fromMillis(period.from, { zone: org.timezone }).toISODate()!;
  const to = DateTime.fromMillis(period.to, { zone: org.timezone }).toISODate()!;
  const ids = programmesRunningBetween(db, orgId, from, to);
  const rows: (string | number | null)[][] = [];
  const mentors = new Set<number>();
  const mentees = new Set<number>();
  let total = 0;
  let onTime = 0;
  // Items are judged as they stand now (or at the year's end, for a past year): an item whose
  // deadline is still ahead is upcoming, not overdue.
  const asOf = Math.min(deps.clock.now(), period.to);
  for (const id of ids) {
    const p = getProgramme(db, id)!;
    for (const m of membersOf(db, id)) (m.role === 'mentor' ? mentors : mentees).add(m.personId);
    const c = countProgress(itemsOf(db, id), asOf, org.timezone);
    const items = c.done_on_time + c.done_late + c.awaiting + c.overdue + c.upcoming;
    total += items;
    onTime += c.done_on_time;
    rows.push([
      p.id,
      tx.t(`programmes-kind-${p.kind}`),
      nameOf(db, p.mentorId),
      p.menteeIds.map((m) => nameOf(db, m)).join(', '),
      showDate(p.startsOn),
      showDate(p.endsOn),
      tx.t(`programmes-status-${p.status}`),
      items,
      c.done_on_time,
      c.done_late,
      c.awaiting,
      c.overdue,
      c.upcoming,
    ]);
  }
  return [
    {
      sheet: tx.t('programmes-report-sheet').slice(0, 31),
      summary: [tx.t('programmes-report-summary', { programmes: ids.length, mentors: mentors.size, mentees: mentees.size, onTime, total })],
      columns: tx.t('programmes-report-columns').split('|'),
      rows,
    },
  ];
}

export const programmeAudience: AudienceSource = {
  id: 'programme',
  labelKey: 'programmes-audience',
  choices(deps, orgId, lang) {
    const tx = textsFor(deps.i18n, lang, getOrganisation(deps.db, orgId).timezone);
    return listProgrammes(deps.db, orgId, ['active'])
      .slice(0, 20)
      .map((p) => ({
        id: p.id,
        label: tx.t('programmes-audience-choice', { id: p.id, mentor: nameOf(deps.db, p.mentorId), count: p.menteeIds.length }),
      }));
  },
  members(deps, orgId, choiceId) {
    const p = getProgramme(deps.db, choiceId);
    if (!p || p.organisationId !== orgId || p.status !== 'active') return [];
    return [...(p.mentorId !== null ? [p.mentorId] : []), ...p.menteeIds];
  },
};
