import { dayStart } from '../kernel/dates/days.js';
import type { PlanItem } from './store/items.js';

/**
 * A personalised programme: one mentor and one or more mentees, a kind, a term (dates in the
 * organisation's zone), goals and the pair's agreement, and a plan of items with deadlines.
 * Proposed until every member agreed (voluntariness), then active until it ends.
 */

// The store (the only place programmes' SQL lives), as the rest of the code has always imported it from here.
export * from './store/programmes.js';
export * from './store/items.js';
export * from './store/person-data.js';

export const MAX_TITLE = 200;
export const MAX_NOTE = 1000;

export type ItemProgress = 'done_on_time' | 'done_late' | 'awaiting' | 'overdue' | 'upcoming';

/** Where an item stands: done on time (reported by the end of its deadline day), late, waiting for the mentor, overdue, upcoming. */
export function progressOf(item: PlanItem, now: number, zone: string): ItemProgress {
  if (item.state === 'done') return (item.reportedAt ?? item.confirmedAt ?? 0) < dayStart(item.dueOn, zone, 1) ? 'done_on_time' : 'done_late';
  if (item.state === 'reported') return 'awaiting';
  return now >= dayStart(item.dueOn, zone, 1) ? 'overdue' : 'upcoming';
}

export function countProgress(items: PlanItem[], now: number, zone: string): Record<ItemProgress, number> {
  const c: Record<ItemProgress, number> = { done_on_time: 0, done_late: 0, awaiting: 0, overdue: 0, upcoming: 0 };
  for (const i of items) if (i.state !== 'archived') c[progressOf(i, now, zone)]++;
  return c;
}
