import type { Turn } from '../kernel/feature.js';
import { requireRole } from '../kernel/access.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { BroadcastStore, messageKeyOf } from './store.js';
import { formatOf, lastPartOf, ownLine, remindNonAcknowledgers, remindPastAction } from './delivery.js';
import { lastMomentMentioned } from '../kernel/dates/mentioned.js';

/**
 * "Ознакомлен(а)": a recipient confirms they read an announcement that asked for it. The button
 * names only the broadcast; the core checks that this person is one of its recipients.
 */
export function onAcknowledge(turn: Turn, [id]: [number]): void {
  const person = turn.person;
  if (!person) throw new StaleButton();
  const store = BroadcastStore.of(turn.deps.db);
  const b = store.get(turn.org.id, id);
  const recipient = b ? store.recipient(b.id, person.id) : null;
  if (!b || !b.ackRequired || !recipient || recipient.queued_at === null) throw new StaleButton();
  if (recipient.acknowledged_at !== null) {
    turn.ack(turn.t('broadcast-ack-already'));
    return;
  }
  store.acknowledge(b.id, person.id, turn.now);
  turn.ack(turn.t('broadcast-ack-thanks'));
  // The copy loses its button and shows the mark (a copy with a file keeps its caption as is).
  if (!b.file) {
    turn.editHere(messageKeyOf(b.id), {
      text: `${lastPartOf(b, turn.tx)}\n\n${ownLine(b, turn.t('broadcast-ack-mark'))}`,
      format: formatOf(b),
      buttons: [],
    });
  }
}

/** The author (or any curator) reminds those who have not acknowledged yet. */
export function onRemind(turn: Turn, [id]: [number]): void {
  remind(turn, id, false);
}

/** The curator confirmed a reminder about an event that is already over. */
export function onRemindPast(turn: Turn, [id]: [number]): void {
  remind(turn, id, true);
}

function remind(turn: Turn, id: number, pastConfirmed: boolean): void {
  requireRole(turn.person, 'curator');
  const b = BroadcastStore.of(turn.deps.db).get(turn.org.id, id);
  if (!b || b.status === 'draft' || b.status === 'scheduled') throw new StaleButton();
  // An announcement of something already over: say so, and remind only if the curator insists.
  const event = lastMomentMentioned(b.text, b.startedAt ?? b.createdAt, turn.org.timezone);
  if (!pastConfirmed && event !== null && event < turn.now) {
    turn.reply({
      text: turn.t('broadcast-remind-past', { date: turn.tx.when(event, turn.now) }),
      buttons: [[{ label: turn.t('broadcast-remind-past-button'), action: remindPastAction.encode(b.id) }]],
    });
    return;
  }
  const count = remindNonAcknowledgers({ deps: turn.deps, notifier: turn.notifier, now: turn.now }, b);
  turn.reply(turn.t(count ? 'broadcast-reminded' : 'broadcast-nobody-to-remind', { count }));
}
