import type { Button } from '../../messaging/types.js';
import type { Turn } from '../kernel/feature.js';
import { requireRole } from '../kernel/access.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { audienceLabel } from './audience.js';
import { BroadcastStore } from './store.js';
import { cancelAction, cancelBroadcast, reportAction } from './delivery.js';
import { editAction } from './compose.js';
import { reportMessage } from './delivery.js';
import { shortLabel } from '../../messaging/labels.js';

/** /broadcasts: past and scheduled announcements; a report, a cancellation, an edit of a scheduled one. */

const SHOWN = 10;

export function listBroadcasts(turn: Turn): void {
  requireRole(turn.person, 'curator');
  const list = BroadcastStore.of(turn.deps.db).recent(turn.org.id, SHOWN);
  if (!list.length) {
    turn.reply(turn.t('broadcast-list-empty'));
    return;
  }
  const lines: string[] = [turn.t('broadcast-list-title')];
  const buttons: Button[][] = [];
  for (const b of list) {
    const when = b.status === 'scheduled' ? b.scheduledAt : (b.startedAt ?? b.createdAt);
    const preview = shortLabel(b.text);
    lines.push(
      turn.t('broadcast-list-item', {
        id: b.id,
        status: turn.t(`broadcast-status-${b.status}`),
        at: when ? turn.tx.when(when, turn.now) : '—',
        audience: b.audience ? audienceLabel(turn.deps, turn.org.id, b.audience, turn.tx) : '—',
        preview,
      }),
    );
    const row: Button[] = [];
    if (b.status === 'scheduled') row.push({ label: turn.t('broadcast-edit-numbered', { id: b.id }), action: editAction.encode(b.id) });
    else row.push({ label: turn.t('broadcast-report-numbered', { id: b.id }), action: reportAction.encode(b.id) });
    if (b.status === 'scheduled' || b.status === 'sending') {
      row.push({ label: turn.t('broadcast-cancel-numbered', { id: b.id }), action: cancelAction.encode(b.id), style: 'negative' });
    }
    buttons.push(row);
  }
  turn.reply({ text: lines.join('\n\n'), buttons });
}

export function onReport(turn: Turn, [id]: [number]): void {
  requireRole(turn.person, 'curator');
  const b = BroadcastStore.of(turn.deps.db).get(turn.org.id, id);
  if (!b || b.status === 'draft' || b.status === 'scheduled') throw new StaleButton();
  turn.reply(reportMessage({ deps: turn.deps, org: turn.org, now: turn.now }, b, turn.tx));
}

export function onCancel(turn: Turn, [id]: [number]): void {
  requireRole(turn.person, 'curator');
  const b = BroadcastStore.of(turn.deps.db).get(turn.org.id, id);
  if (!b || b.status === 'draft') throw new StaleButton();
  if (b.status !== 'scheduled' && b.status !== 'sending') throw new UserError('broadcast-cannot-cancel');
  const stopped = cancelBroadcast({ deps: turn.deps, now: turn.now }, b);
  turn.reply(turn.t(b.status === 'scheduled' ? 'broadcast-cancelled-scheduled' : 'broadcast-cancelled-sending', { id: b.id, count: stopped }));
}
