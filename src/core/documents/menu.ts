import type { Button } from '../../messaging/types.js';
import type { MemberTurn } from '../kernel/feature.js';
import { requireRole } from '../kernel/access.js';
import { schoolYearOf } from '../kernel/calendar/school-year.js';

/**
 * `/documents` (curators): one menu of the documents for signing of this school year, gathered
 * from what each capability offers (`Feature.documents`): first the documents of the whole year
 * (the order, the analytical report), then a row for each thing with papers of its own (a
 * programme and its consent). Each button is its capability's own action.
 */
export function documentsCommand(turn: MemberTurn): void {
  requireRole(turn.person, 'curator');
  const year = schoolYearOf(turn.now, turn.org.timezone);
  const offers = turn.features.flatMap((f) => (f.documents ? [f.documents(turn, year)] : []));
  const buttons: Button[][] = [...offers.flatMap((o) => (o.yearWide ?? []).map((b) => [b])), ...offers.flatMap((o) => o.rows ?? [])];
  const lines = [turn.t('documents-menu'), ...offers.flatMap((o) => o.lines ?? [])];
  turn.reply({ text: lines.join('\n\n'), buttons });
}
