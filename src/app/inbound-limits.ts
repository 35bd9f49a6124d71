import type { CoreDeps } from '../core/kernel/deps.js';
import { getOrganisation } from '../core/kernel/organisation/organisation.js';
import { findAccount, getPerson } from '../core/kernel/persons/person.js';
import { senderLimits, type SenderLimits } from '../core/kernel/sender-limits.js';
import { pickLanguage } from '../i18n/i18n.js';
import type { Incoming } from '../messaging/types.js';

/**
 * The router's inbound gate: what one sender may cost, checked before an update reaches the core.
 *
 * - A member (someone with a profile here) may send `memberUpdatesPerMinute` updates in a minute.
 *   The rest of that minute is dropped, not stored: answering a flood later would only move the
 *   flood into the outbox (and a repeat or a script is what floods). The first dropped update
 *   gets one notice; the person sends again when the minute is over.
 * - A stranger gets `strangerAnswersPerHour` answers in an hour, then one notice, then silence
 *   until the hour is over: a stranger's flood costs the bot a bounded number of sends.
 * - Updates that name no chat to answer (chat "0", "undefined", empty) are dropped unanswered.
 *
 * Counts are kept in memory, per platform account, in fixed windows (a restart forgets them;
 * wrong codes, which must survive, are counted in the database by core/sender-limits.ts).
 */

interface Window {
  start: number;
  count: number;
  told: boolean;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Above this many senders remembered, windows that are over are forgotten. */
const PRUNE_AT = 20_000;

export class InboundGate {
  private readonly limits: SenderLimits;
  private readonly windows = new Map<string, Window>();
  /** Updates dropped, by why (for logs and the benchmark). */
  readonly dropped = { flood: 0, stranger: 0, noChat: 0 };

  constructor(
    private readonly deps: CoreDeps,
    private readonly orgId: number,
  ) {
    this.limits = senderLimits(deps.settings);
  }

  /**
   * Whether the router should handle this update. Runs inside the update's transaction: a notice
   * it queues is committed with the update's id, so a redelivery is not noticed twice.
   */
  admit(incoming: Incoming, now: number): boolean {
    const from = incoming.from;
    if (!addressable(from.chatId) || !addressable(from.userId)) {
      this.dropped.noChat++;
      this.deps.log.warn({ platform: from.platform, updateId: incoming.updateId }, 'update names no chat; dropped');
      return false;
    }
    const account = findAccount(this.deps.db, from.platform, from.userId);
    const person = account ? getPerson(this.deps.db, account.personId) : null;
    const member = person !== null && person.status !== 'forgotten';
    const [span, limit] = member ? [MINUTE, this.limits.memberUpdatesPerMinute] : [HOUR, this.limits.strangerAnswersPerHour];
    const key = `${member ? 'm' : 's'}:${from.platform}:${from.userId}`;
    let w = this.windows.get(key);
    if (!w || now - w.start >= span) {
      if (this.windows.size >= PRUNE_AT) this.prune(now);
      w = { start: now, count: 0, told: false };
      this.windows.set(key, w);
    }
    w.count++;
    if (w.count <= limit) return true;
    if (member) this.dropped.flood++;
    else this.dropped.stranger++;
    if (!w.told) {
      w.told = true;
      this.deps.log.info({ platform: from.platform, personId: person?.id, member, updateId: incoming.updateId }, 'sender over the inbound limit');
      const org = getOrganisation(this.deps.db, this.orgId);
      const lang = member ? person!.language : pickLanguage(from.languageCode, org.language);
      const text = member
        ? this.deps.i18n.t(lang, 'limits-slow-down')
        : this.deps.i18n.t(lang, 'limits-stranger-quota', { count: limit });
      this.deps.outbox.enqueue({
        organisationId: this.orgId,
        personId: member ? person!.id : null,
        to: { platform: from.platform, chatId: from.chatId },
        message: { text },
        notBefore: now,
        now,
      });
    }
    return false;
  }

  private prune(now: number): void {
    for (const [key, w] of this.windows) if (now - w.start >= (key.startsWith('m:') ? MINUTE : HOUR)) this.windows.delete(key);
  }
}

/** A chat or user id a reply can go to: not empty, not "0", not a stringified nothing. */
export function addressable(id: unknown): boolean {
  if (typeof id !== 'string') return false;
  const s = id.trim();
  return s !== '' && s !== '0' && s !== 'undefined' && s !== 'null' && s !== 'NaN';
}
