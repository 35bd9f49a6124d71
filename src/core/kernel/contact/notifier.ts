import type { CoreDeps } from '../deps.js';
import type { Organisation } from '../organisation/organisation.js';
import { accountsOf, getPerson, primaryAccount, type Account, type Person } from '../persons/person.js';
import type { ChatAddress, OutgoingMessage } from '../../../messaging/types.js';
import { BULK, INTERACTIVE } from '../../../messaging/outbox.js';
import type { Language } from '../../../i18n/i18n.js';
import { nextWindowStartSkipping, windowOf } from './hours.js';
import { localDay, russianCalendar } from '../calendar/working-calendar.js';
import { textsFor, type Texts } from './texts.js';

/**
 * How the core reaches a person: picks their account, their language and zone, and decides
 * "not before" from their contact hours, all inside the caller's transaction.
 *
 * - reply: an answer to what the person just did; at once.
 * - relay: a conversation the person accepted; at once.
 * - ping: a new offer or nudge; waits for contact hours.
 * - reminder: a reminder they did not set a time for; waits for contact hours.
 * - bulk: announcements, digests, invitations; contact hours, and the bulk lane.
 * - asked: something the person asked for with a time (a session in an hour); cuts through.
 *
 * What waits for contact hours also waits over public holidays and moved days off (the working
 * calendar), whatever the person's contact days; what cuts through does not.
 * - escalation: to a curator when nobody answered; cuts through.
 */
export type Urgency = 'reply' | 'relay' | 'ping' | 'reminder' | 'bulk' | 'asked' | 'escalation';

const RESPECTS_HOURS: Record<Urgency, boolean> = {
  reply: false,
  relay: false,
  ping: true,
  reminder: true,
  bulk: true,
  asked: false,
  escalation: false,
};

export interface NotifyOptions {
  urgency: Urgency;
  /** Names the message for later edits (unique within the chat). */
  key?: string;
  source?: string;
  replyTo?: string;
  /**
   * The person's primary account (or null: none reachable) when the caller loaded it for many
   * people at once with primaryAccounts; looked up otherwise.
   */
  account?: Account | null;
}

export type MessageBuilder = (tx: Texts) => OutgoingMessage;

export interface Queued {
  /** When it will go out (now, or the start of the person's next contact window). */
  notBefore: number;
  to: ChatAddress;
}

export class Notifier {
  constructor(
    private readonly deps: CoreDeps,
    private readonly org: Organisation,
  ) {}

  textsIn(lang: Language, zone: string = this.org.timezone): Texts {
    return textsFor(this.deps.i18n, lang, zone);
  }

  textsOf(person: Person): Texts {
    return textsFor(this.deps.i18n, person.language, person.timezone ?? this.org.timezone, person.gender);
  }

  /** When a message of this urgency queued now would reach the person. */
  deliveryTime(person: Person, urgency: Urgency, now: number = this.deps.clock.now()): number {
    if (!RESPECTS_HOURS[urgency]) return now;
    const w = windowOf(person, this.org.timezone);
    const calendar = russianCalendar();
    return nextWindowStartSkipping(w, now, (at) => calendar.isPublicDayOff(localDay(at, w.zone))) ?? now;
  }

  /** Queues a message to a person's primary reachable account; null when they have none. */
  toPerson(personOrId: Person | number, build: MessageBuilder, opts: NotifyOptions): Queued | null {
    const person = typeof personOrId === 'number' ? getPerson(this.deps.db, personOrId) : personOrId;
    if (!person || person.status === 'forgotten') return null;
    const account = opts.account !== undefined ? opts.account : primaryAccount(this.deps.db, person);
    if (!account) return null;
    const now = this.deps.clock.now();
    const notBefore = this.deliveryTime(person, opts.urgency, now);
    const to: ChatAddress = { platform: account.platform, chatId: account.chatId };
    this.deps.outbox.enqueue({
      organisationId: this.org.id,
      personId: person.id,
      to,
      message: build(this.textsOf(person)),
      lane: opts.urgency === 'bulk' ? BULK : INTERACTIVE,
      key: opts.key,
      replyTo: opts.replyTo,
      source: opts.source,
      notBefore,
      now,
    });
    return { notBefore, to };
  }

  /** Edits the message sent under `key` in every chat of the person it went to. */
  editForPerson(personOrId: Person | number, key: string, build: MessageBuilder, source?: string): number {
    const person = typeof personOrId === 'number' ? getPerson(this.deps.db, personOrId) : personOrId;
    if (!person) return 0;
    let edits = 0;
    for (const account of accountsOf(this.deps.db, person.id)) {
      const to: ChatAddress = { platform: account.platform, chatId: account.chatId };
      if (!this.deps.outbox.hasKey(to, key)) continue;
      this.deps.outbox.enqueueEdit({
        organisationId: this.org.id,
        personId: person.id,
        to,
        key,
        message: build(this.textsOf(person)),
        source,
        now: this.deps.clock.now(),
      });
      edits++;
    }
    return edits;
  }

  /** Queues a message to a chat that may not belong to any person (answers to strangers). */
  toChat(
    to: ChatAddress,
    tx: Texts,
    build: MessageBuilder,
    opts: { key?: string; replyTo?: string; personId?: number } = {},
  ): void {
    const now = this.deps.clock.now();
    this.deps.outbox.enqueue({
      organisationId: this.org.id,
      personId: opts.personId,
      to,
      message: build(tx),
      key: opts.key,
      replyTo: opts.replyTo,
      notBefore: now,
      now,
    });
  }

  /** Edits a message in a chat by key. */
  editInChat(to: ChatAddress, tx: Texts, key: string, build: MessageBuilder, personId?: number): void {
    this.deps.outbox.enqueueEdit({
      organisationId: this.org.id,
      personId,
      to,
      key,
      message: build(tx),
      now: this.deps.clock.now(),
    });
  }
}
