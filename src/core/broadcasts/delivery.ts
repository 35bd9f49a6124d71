import { plainDate } from '../kernel/dates/spoken.js';
import { defineAction } from '../../messaging/actions.js';
import { escapeHtml } from '../../messaging/html.js';
import { splitMessageText } from '../../messaging/outbox.js';
import type { Button, OutgoingMessage } from '../../messaging/types.js';
import type { CoreDeps } from '../kernel/deps.js';
import type { Feature } from '../kernel/feature.js';
import type { Organisation } from '../kernel/organisation/organisation.js';
import type { Notifier } from '../kernel/contact/notifier.js';
import type { Texts } from '../kernel/contact/texts.js';
import { cancelJob, cancelJobsByPrefix, scheduleJob } from '../kernel/jobs/jobs.js';
import { getPerson } from '../kernel/persons/person.js';
import { UserError } from '../kernel/errors.js';
import { audienceLabel, membersOf } from './audience.js';
import { BroadcastStore, messageKeyOf, sourceOf, type Broadcast } from './store.js';

/**
 * A broadcast going out: its recipients are frozen when it starts, then queued into the bulk
 * lane of the outbox through the Notifier (contact hours respected) a chunk per transaction;
 * each chunk stamps its recipients as queued in the same transaction, and the next chunk is a
 * durable job due at once (the scheduler runs it on the next turn of the event loop, not the
 * next tick), so a restart resumes where it stopped and nobody is queued twice. The dispatcher
 * paces the sends. A watch job edits the author's progress line and, when nothing is left to
 * go now, marks the broadcast sent and hands the author the delivery report; it also runs as
 * soon as the outbox has gone quiet, so the report follows the last delivery within moments.
 */

export const ackAction = defineAction('bc.ack', ['int']);
export const reportAction = defineAction('bc.report', ['int']);
export const remindAction = defineAction('bc.remind', ['int']);
/** «Напомнить всё равно»: the curator confirms a reminder about an event already past. */
export const remindPastAction = defineAction('bc.remindpast', ['int']);
export const cancelAction = defineAction('bc.cancel', ['int']);

export const JOB_START = 'broadcast.start';
export const JOB_CHUNK = 'broadcast.chunk';
export const JOB_WATCH = 'broadcast.watch';

export const jobPrefix = (id: number): string => `broadcast:${id}:`;
export const startJobKey = (id: number): string => `broadcast:${id}:start`;
export const progressKey = (id: number): string => `bc-progress-${id}`;
export const remindSource = (id: number): string => `broadcast:${id}:remind`;

/** The longest announcement text: one message on every platform, with its header. */
export const MAX_BROADCAST_TEXT = 3500;

export interface DeliveryContext {
  deps: CoreDeps;
  org: Organisation;
  notifier: Notifier;
  now: number;
  features: readonly Feature[];
}

/** How a broadcast's copies are written: 'html' when the curator formatted the text (Telegram shows it, VK gets it plain). */
export function formatOf(b: Pick<Broadcast, 'html'>): 'plain' | 'html' {
  return b.html !== null ? 'html' : 'plain';
}

/** A line of ours put into a broadcast's text, escaped when that text is html. */
export function ownLine(b: Pick<Broadcast, 'html'>, line: string): string {
  return b.html !== null ? escapeHtml(line) : line;
}

/** The text a recipient reads: the header, then the curator's text (in the broadcast's format). */
export function announcementText(b: Pick<Broadcast, 'text' | 'html'>, tx: Texts): string {
  return `${ownLine(b, tx.t('broadcast-header'))}\n\n${b.html ?? b.text}`;
}

/** What a recipient gets (the acknowledgement button when asked for). */
export function announcement(b: Broadcast, tx: Texts, reminder = false): OutgoingMessage {
  const body = announcementText(b, tx);
  const message: OutgoingMessage = { text: reminder ? `${ownLine(b, tx.t('broadcast-reminder-head', { date: plainDate(tx.lang, b.startedAt ?? b.createdAt, b.startedAt ?? b.createdAt, tx.zone) }))}\n\n${body}` : body, format: formatOf(b) };
  if (b.ackRequired) message.buttons = [[{ label: tx.t('broadcast-ack-button'), action: ackAction.encode(b.id), style: 'positive' }]];
  if (b.file && !reminder) {
    message.file = { kind: b.file.kind, name: b.file.name ?? (b.file.kind === 'photo' ? 'photo.jpg' : 'file'), mime: b.file.mime, source: { type: 'platform', ref: b.file } };
  }
  return message;
}

/** The last part of the recipient's copy as sent (what an edit after acknowledgement replaces). */
export function lastPartOf(b: Broadcast, tx: Texts): string {
  return splitMessageText(announcementText(b, tx), formatOf(b)).at(-1)!;
}

/**
 * Starts a broadcast now: freezes who it goes to, queues the first chunk, schedules the rest and
 * the progress watch. Throws when the audience has become empty.
 */
export function startBroadcast(ctx: DeliveryContext, b: Broadcast): number {
  const store = BroadcastStore.of(ctx.deps.db);
  if (!b.audience) throw new UserError('broadcast-no-audience');
  const members = membersOf(ctx.deps, ctx.org.id, b.audience, ctx.features);
  if (!members.length) throw new UserError('broadcast-nobody');
  store.freezeRecipients(b.id, members);
  store.setStatus(b.id, 'sending', { startedAt: ctx.now });
  const started = { ...b, status: 'sending' as const, total: members.length };
  queueChunk(ctx, started);
  scheduleWatch(ctx, b.id);
  return members.length;
}

function scheduleWatch(ctx: DeliveryContext, id: number): void {
  scheduleJob(ctx.deps.db, {
    organisationId: ctx.org.id,
    kind: JOB_WATCH,
    key: `${jobPrefix(id)}watch:${ctx.now}`,
    dueAt: ctx.now + ctx.org.settings.broadcasts.progressSeconds * 1000,
    payload: { broadcastId: id },
    now: ctx.now,
  });
}

/** Queues the next chunk of recipients; schedules the one after as a durable job. Returns how many were queued. */
export function queueChunk(ctx: DeliveryContext, b: Broadcast): number {
  const store = BroadcastStore.of(ctx.deps.db);
  const ids = store.nextUnqueued(b.id, ctx.org.settings.broadcasts.chunkSize);
  for (const personId of ids) {
    const person = getPerson(ctx.deps.db, personId);
    if (!person || person.status !== 'active') {
      store.dropRecipient(b.id, personId);
      continue;
    }
    const queued = ctx.notifier.toPerson(person, (tx) => announcement(b, tx), {
      urgency: 'bulk',
      key: messageKeyOf(b.id),
      source: sourceOf(b.id),
    });
    store.markQueued(b.id, personId, queued?.to.platform ?? null, ctx.now);
  }
  const left = store.unqueuedCount(b.id);
  if (left > 0) {
    scheduleJob(ctx.deps.db, {
      organisationId: ctx.org.id,
      kind: JOB_CHUNK,
      key: `${jobPrefix(b.id)}chunk:${store.nextSeq(b.id)}`,
      dueAt: ctx.now,
      payload: { broadcastId: b.id },
      now: ctx.now,
    });
  }
  return ids.length;
}

/** Cancels a scheduled broadcast, or what has not gone out yet of one being sent. */
export function cancelBroadcast(ctx: Pick<DeliveryContext, 'deps' | 'now'>, b: Broadcast): number {
  const store = BroadcastStore.of(ctx.deps.db);
  if (b.status === 'scheduled') {
    cancelJob(ctx.deps.db, startJobKey(b.id), ctx.now);
    store.setStatus(b.id, 'cancelled', { cancelledAt: ctx.now });
    return 0;
  }
  if (b.status !== 'sending') throw new UserError('broadcast-cannot-cancel');
  cancelJobsByPrefix(ctx.deps.db, jobPrefix(b.id), ctx.now);
  const rows = ctx.deps.outbox.cancelPending(sourceOf(b.id));
  store.setStatus(b.id, 'cancelled', { cancelledAt: ctx.now });
  return rows + store.unqueuedCount(b.id);
}

function progressLine(ctx: DeliveryContext, b: Broadcast, tx: Texts): string {
  const c = BroadcastStore.of(ctx.deps.db).counts(b.id, ctx.now);
  return tx.t('broadcast-progress', {
    id: b.id,
    done: c.delivered + c.unreachable + c.failed,
    total: b.total,
    waiting: c.waiting,
  });
}

/** The watch job: updates the author's progress line; when nothing is left to go now, the report. */
export function watchBroadcast(ctx: DeliveryContext, id: number): void {
  const store = BroadcastStore.of(ctx.deps.db);
  const b = store.get(ctx.org.id, id);
  if (!b || b.status !== 'sending') return;
  const c = store.counts(id, ctx.now);
  const unqueued = store.unqueuedCount(id);
  const author = b.authorId ? getPerson(ctx.deps.db, b.authorId) : null;
  const snapshot = `${c.delivered}/${c.unreachable}/${c.failed}/${c.waiting}/${c.queued}/${unqueued}`;
  if (author && snapshot !== b.progress) {
    ctx.notifier.editForPerson(author, progressKey(id), (tx) => ({ text: progressLine(ctx, b, tx), buttons: progressButtons(b, tx) }));
    store.setProgress(id, snapshot);
  }
  if (unqueued === 0 && c.queued === 0) {
    store.setStatus(id, 'sent', { finishedAt: ctx.now });
    if (author) ctx.notifier.toPerson(author, (tx) => reportMessage(ctx, { ...b, status: 'sent' }, tx), { urgency: 'asked' });
    return;
  }
  scheduleWatch(ctx, id);
}

/** The author's progress message (shown when the broadcast starts, edited as it advances). */
export function progressMessage(ctx: DeliveryContext, b: Broadcast, tx: Texts): OutgoingMessage {
  return { text: progressLine(ctx, b, tx), buttons: progressButtons(b, tx) };
}

function progressButtons(b: Broadcast, tx: Texts): Button[][] {
  return [[
    { label: tx.t('broadcast-report-button'), action: reportAction.encode(b.id) },
    { label: tx.t('broadcast-cancel-button'), action: cancelAction.encode(b.id), style: 'negative' },
  ]];
}

const NAMES_SHOWN = 20;

function names(ctx: Pick<DeliveryContext, 'deps'>, ids: number[], tx: Texts): string {
  const shown = ids.slice(0, NAMES_SHOWN).map((id) => getPerson(ctx.deps.db, id)?.fullName || tx.t('broadcast-unnamed'));
  const more = ids.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` ${tx.t('broadcast-and-more', { count: more })}` : '');
}

/** The delivery report: delivered / waiting for contact hours / unreachable / failed, acknowledgements. */
export function reportMessage(ctx: Pick<DeliveryContext, 'deps' | 'org' | 'now'>, b: Broadcast, tx: Texts): OutgoingMessage {
  const store = BroadcastStore.of(ctx.deps.db);
  const c = store.counts(b.id, ctx.now);
  const unqueued = store.unqueuedCount(b.id);
  const lines: string[] = [
    tx.t('broadcast-report-title', { id: b.id, status: tx.t(`broadcast-status-${b.status}`) }),
    tx.t('broadcast-report-audience', { audience: b.audience ? audienceLabel(ctx.deps, ctx.org.id, b.audience, tx) : '—', total: b.total }),
    '',
    tx.t('broadcast-report-delivered', { count: c.delivered }),
  ];
  if (c.waiting) lines.push(tx.t('broadcast-report-waiting', { count: c.waiting }));
  if (c.queued || (unqueued && b.status === 'sending')) lines.push(tx.t('broadcast-report-queued', { count: c.queued + (b.status === 'sending' ? unqueued : 0) }));
  const of = (kind: string) => [...c.byPerson].filter(([, k]) => k === kind).map(([id]) => id);
  if (c.unreachable) {
    lines.push(tx.t('broadcast-report-unreachable', { count: c.unreachable, names: names(ctx, of('unreachable'), tx) }));
    lines.push(tx.t('broadcast-report-unreachable-hint'));
  }
  if (c.failed) lines.push(tx.t('broadcast-report-failed', { count: c.failed, names: names(ctx, of('failed'), tx) }));
  const notSent = c.cancelled + (b.status === 'cancelled' ? unqueued : 0);
  if (notSent) lines.push(tx.t('broadcast-report-cancelled', { count: notSent }));
  const buttons: Button[][] = [[{ label: tx.t('broadcast-refresh-button'), action: reportAction.encode(b.id) }]];
  if (b.ackRequired) {
    const waitingAck = awaitingAcknowledgement(b, c.byPerson, store);
    const acks = store.ackCount(b.id, b.authorId);
    lines.push('', tx.t('broadcast-report-acks', { count: acks, total: acks + waitingAck.length }));
    if (waitingAck.length) {
      lines.push(tx.t('broadcast-report-not-acked', { names: names(ctx, waitingAck, tx) }));
      buttons.push([{ label: tx.t('broadcast-remind-button', { count: waitingAck.length }), action: remindAction.encode(b.id) }]);
    }
  }
  if (b.status === 'sending') buttons.push([{ label: tx.t('broadcast-cancel-button'), action: cancelAction.encode(b.id), style: 'negative' }]);
  return { text: lines.join('\n'), buttons };
}

/**
 * Who still owes an acknowledgement: those whose copy was delivered and who have not confirmed.
 * Not the unreachable (they have nothing to confirm; the report lists them apart), not those
 * whose copy waits for their hours, and not the author.
 */
export function awaitingAcknowledgement(b: Broadcast, byPerson: Map<number, string>, store: BroadcastStore): number[] {
  return store.notAcknowledged(b.id).filter((id) => id !== b.authorId && byPerson.get(id) === 'delivered');
}

/** Reminds those whose copy was delivered and who have not acknowledged it; returns how many. */
export function remindNonAcknowledgers(ctx: Pick<DeliveryContext, 'deps' | 'notifier' | 'now'>, b: Broadcast): number {
  const store = BroadcastStore.of(ctx.deps.db);
  if (!b.ackRequired) throw new UserError('broadcast-no-ack');
  const delivered = store.counts(b.id, ctx.now).byPerson;
  let reminded = 0;
  for (const personId of awaitingAcknowledgement(b, delivered, store)) {
    const queued = ctx.notifier.toPerson(personId, (tx) => announcement(b, tx, true), { urgency: 'bulk', source: remindSource(b.id) });
    if (!queued) continue;
    store.markReminded(b.id, personId, ctx.now);
    reminded++;
  }
  return reminded;
}
