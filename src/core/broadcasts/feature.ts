import { seedDemo } from './demo.js';
import { command } from '../kernel/feature.js';
import type { Feature, JobContext } from '../kernel/feature.js';
import { defineDialog, onAction } from '../kernel/feature.js';
import { z } from 'zod';
import type { Job } from '../kernel/jobs/jobs.js';
import { UserError } from '../kernel/errors.js';
import { getPerson } from '../kernel/persons/person.js';
import { BroadcastStore } from './store.js';
import {
  JOB_CHUNK,
  JOB_START,
  JOB_WATCH,
  ackAction,
  cancelAction,
  progressKey,
  progressMessage,
  queueChunk,
  remindAction,
  remindPastAction,
  reportAction,
  startBroadcast,
  watchBroadcast,
  type DeliveryContext,
} from './delivery.js';
import {
  DIALOG,
  askAckAction,
  audienceAction,
  broadcastCommand,
  dropAction,
  editAction,
  freshAction,
  laterAction,
  onAskAck,
  onAudience,
  onDrop,
  onEdit,
  onFile,
  onFresh,
  onLater,
  onPeople,
  onPositions,
  onReaudience,
  onResume,
  onRetext,
  onSendNow,
  onSource,
  onText,
  onTopics,
  onTopicsPage,
  peopleAction,
  positionsAction,
  reaudienceAction,
  resumeAction,
  retextAction,
  sendNowAction,
  sourceAction,
  topicsAction,
  topicsPageAction,
} from './compose.js';
import { onAcknowledge, onRemind, onRemindPast } from './acknowledgement.js';
import { listBroadcasts, onCancel, onReport } from './history.js';

/**
 * Broadcasts: the curator's announcements to everyone, a role, a topic, a position or a group
 * another capability knows; sent now or at a time, paced through the outbox's bulk lane,
 * resumable after a crash, with a delivery report and acknowledgements.
 */

const CURATOR = ['curator'] as const;

function deliveryContext(ctx: JobContext): DeliveryContext {
  return { deps: ctx.deps, org: ctx.org, notifier: ctx.notifier, now: ctx.now, features: ctx.features ?? [] };
}

function broadcastOf(ctx: JobContext, job: Job) {
  return BroadcastStore.of(ctx.deps.db).get(ctx.org.id, Number(job.payload.broadcastId));
}

/** A scheduled broadcast's time has come. */
function startScheduled(ctx: JobContext, job: Job): void {
  const b = broadcastOf(ctx, job);
  if (!b || b.status !== 'scheduled') return;
  const d = deliveryContext(ctx);
  const author = b.authorId ? getPerson(ctx.deps.db, b.authorId) : null;
  try {
    startBroadcast(d, b);
  } catch (err) {
    if (!(err instanceof UserError)) throw err;
    BroadcastStore.of(ctx.deps.db).setStatus(b.id, 'cancelled', { cancelledAt: ctx.now });
    if (author) ctx.notifier.toPerson(author, (tx) => ({ text: tx.t('broadcast-scheduled-nobody', { id: b.id }) }), { urgency: 'asked' });
    return;
  }
  const started = BroadcastStore.of(ctx.deps.db).get(ctx.org.id, b.id)!;
  if (author) ctx.notifier.toPerson(author, (tx) => progressMessage(d, started, tx), { urgency: 'asked', key: progressKey(b.id) });
}

function nextChunk(ctx: JobContext, job: Job): void {
  const b = broadcastOf(ctx, job);
  if (!b || b.status !== 'sending') return;
  queueChunk(deliveryContext(ctx), b);
}

export const broadcastsFeature: Feature = {
  name: 'broadcasts',
  demo: seedDemo,
  commands: [
    command({ name: 'broadcast', group: 'broadcasts', access: CURATOR, descriptionKey: 'broadcast-cmd', menuKey: 'broadcast-menu', handle: broadcastCommand }),
    command({ name: 'broadcasts', group: 'broadcasts', access: CURATOR, descriptionKey: 'broadcast-cmd-list', handle: listBroadcasts }),
  ],
  actions: [
    onAction(audienceAction, CURATOR, onAudience),
    onAction(topicsAction, CURATOR, onTopics),
    onAction(topicsPageAction, CURATOR, onTopicsPage),
    onAction(positionsAction, CURATOR, onPositions),
    onAction(sourceAction, CURATOR, onSource),
    onAction(peopleAction, CURATOR, onPeople),
    onAction(askAckAction, CURATOR, onAskAck),
    onAction(sendNowAction, CURATOR, onSendNow),
    onAction(laterAction, CURATOR, onLater),
    onAction(retextAction, CURATOR, onRetext),
    onAction(reaudienceAction, CURATOR, onReaudience),
    onAction(dropAction, CURATOR, onDrop),
    onAction(resumeAction, CURATOR, onResume),
    onAction(freshAction, CURATOR, onFresh),
    onAction(editAction, CURATOR, onEdit),
    onAction(reportAction, CURATOR, onReport),
    onAction(cancelAction, CURATOR, onCancel),
    onAction(remindAction, CURATOR, onRemind),
    onAction(remindPastAction, CURATOR, onRemindPast),
    onAction(ackAction, 'member', onAcknowledge),
  ],
  dialogs: {
    [DIALOG]: defineDialog({
      titleKey: 'dialog-title-broadcast',
      steps: ['text', 'audience', 'people', 'preview', 'when'],
      schema: z.looseObject({ id: z.number().int(), positions: z.array(z.string()).optional() }),
      onText,
      onFile,
    }),
  },
  jobs: {
    [JOB_START]: startScheduled,
    [JOB_CHUNK]: nextChunk,
    [JOB_WATCH]: (ctx, job) => watchBroadcast(deliveryContext(ctx), Number(job.payload.broadcastId)),
  },
  // The report follows the last delivery at once, not at the next progress interval.
  jobsAfterDelivery: [JOB_WATCH],
  privacy: {
    exportFor(deps, personId) {
      const store = BroadcastStore.of(deps.db);
      return {
        received: store.receivedBy(personId).map((r) => ({
          broadcast: r.broadcast_id,
          queuedAt: r.queued_at ? new Date(r.queued_at).toISOString() : null,
          acknowledgedAt: r.acknowledged_at ? new Date(r.acknowledged_at).toISOString() : null,
          text: r.text,
        })),
        authored: store.authoredBy(personId).map((b) => ({ broadcast: b.id, status: b.status, createdAt: new Date(b.created_at).toISOString() })),
      };
    },
    forget(deps, personId) {
      BroadcastStore.of(deps.db).forget(personId);
    },
  },
};
