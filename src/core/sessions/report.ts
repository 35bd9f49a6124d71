import type { CoreDeps } from '../kernel/deps.js';
import type { ReportSection } from '../kernel/feature.js';
import type { Language } from '../../i18n/i18n.js';
import { textsFor } from '../kernel/contact/texts.js';
import { getOrganisation } from '../kernel/organisation/organisation.js';
import { hostName, topicOf } from './session-text.js';
import { participantsInState, sessionsBetween } from './session.js';

/**
 * The year's speed mentoring: each session with its seats, attendance and rating; the summary
 * counts sessions held, people who came, distinct host–participant pairs (speed mentoring is
 * meant to be one-off) and the pairs that met more than once.
 */
export function sessionsReport(deps: CoreDeps, orgId: number, period: { from: number; to: number }, lang: Language): ReportSection[] {
  const org = getOrganisation(deps.db, orgId);
  const tx = textsFor(deps.i18n, lang, org.timezone);
  const sessions = sessionsBetween(deps.db, orgId, period.from, period.to);
  const pairs = new Map<string, number>();
  const people = new Set<number>();
  const ratings: number[] = [];
  let heldCount = 0;
  const now = deps.clock.now();
  const rows = sessions.map((s) => {
    const seats = participantsInState(deps.db, s.id, 'seat');
    const came = seats.filter((p) => p.attended === true);
    const rated = came.filter((p) => p.rating !== null).map((p) => p.rating!);
    const held = s.status === 'scheduled' && s.startsAt < now;
    if (held) {
      heldCount++;
      for (const p of came) {
        people.add(p.personId);
        const key = `${s.guestName ? `guest:${s.guestName.toLowerCase()}` : `person:${s.organiserId ?? 0}`}:${p.personId}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
      ratings.push(...rated);
    }
    return [
      tx.dateTime(s.startsAt),
      s.title,
      topicOf(deps, s, tx),
      hostName(deps, s, tx),
      tx.t(s.status === 'cancelled' ? 'session-report-cancelled' : held ? 'session-report-held' : 'session-report-upcoming'),
      s.seats,
      seats.length,
      came.length,
      rated.length ? Number((rated.reduce((a, b) => a + b, 0) / rated.length).toFixed(2)) : null,
    ];
  });
  const average = ratings.length ? tx.number(ratings.reduce((a, b) => a + b, 0) / ratings.length) : 'none';
  const repeated = [...pairs.values()].filter((n) => n > 1).length;
  return [
    {
      sheet: tx.t('session-report-sheet').slice(0, 31),
      summary: [
        tx.t('session-report-summary', { held: heldCount, people: people.size, pairs: pairs.size, average }),
        ...(repeated ? [tx.t('session-report-repeated', { count: repeated })] : []),
      ],
      columns: ['date', 'title', 'topic', 'host', 'status', 'seats', 'signed', 'came', 'rating'].map((c) => tx.t(`session-report-col-${c}`)),
      rows,
    },
  ];
}
