import type { CoreDeps } from '../kernel/deps.js';
import { getOrganisation } from '../kernel/organisation/organisation.js';
import { Notifier } from '../kernel/contact/notifier.js';
import { BroadcastStore } from './store.js';
import { startBroadcast } from './delivery.js';

/**
 * Playground data: one announcement the curator sent to everyone, asking for acknowledgement,
 * already confirmed by the first mentee. It goes through the real path (recipients frozen, the
 * bulk lane of the outbox), so the playground's dispatcher delivers it and its report is live.
 */
export function seedDemo(
  deps: CoreDeps,
  orgId: number,
  cast: { curatorId: number; mentorIds: number[]; menteeIds: number[] },
  now: number,
): void {
  deps.db.transaction(() => {
    const org = getOrganisation(deps.db, orgId);
    const store = BroadcastStore.of(deps.db);
    const draft = store.create(orgId, cast.curatorId, now);
    store.setContent(draft.id, deps.i18n.t(org.language, 'broadcast-demo-text'), null);
    store.setAudience(draft.id, { kind: 'all' });
    store.setAck(draft.id, true);
    const b = store.get(orgId, draft.id)!;
    startBroadcast({ deps, org, notifier: new Notifier(deps, org), now, features: [] }, b);
    store.setStatus(b.id, 'sent', { finishedAt: now });
    const first = cast.menteeIds[0];
    if (first !== undefined) store.acknowledge(b.id, first, now);
  })();
}
