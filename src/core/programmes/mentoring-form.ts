import type { Programme } from './store/programmes.js';

/**
 * The form of mentoring (Labour Code art. 351.8: the content, term and form are written into
 * the contract or an addendum): individual (one mentee) or collective (a group), and distance
 * when the programme is distance coaching. Derived from the programme, so it cannot drift.
 */
export type MentoringForm = 'individual' | 'collective' | 'distance';

export function mentoringForm(p: Pick<Programme, 'kind' | 'menteeIds'>): MentoringForm {
  if (p.kind === 'distance') return 'distance';
  return p.kind === 'group' || p.menteeIds.length > 1 ? 'collective' : 'individual';
}
