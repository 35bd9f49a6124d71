import { FakeClock } from '../../src/clock.js';
import { openDatabase, type DB } from '../../src/db/database.js';
import { silentLogger } from '../../src/log.js';
import type { BatchLimits } from '../../src/app/router.js';
import { App } from '../../src/app/app.js';
import { LocalAdapter, type LocalMessage } from '../../src/adapters/local/local-adapter.js';
import type { MessengerAdapter, Platform } from '../../src/messaging/types.js';
import type { Feature } from '../../src/core/kernel/feature.js';
import { createPerson, getPerson, setPersonTopics, updatePerson, type Person, type Role } from '../../src/core/kernel/persons/person.js';
import { listTopics } from '../../src/core/kernel/organisation/topics.js';
import { drainOutbox } from './outbox-drain.js';
import { text } from './said.js';

/**
 * A whole bot on in-memory SQLite with a fake clock and the local adapter playing several
 * people. `say` and `press` run an update through the router and deliver what it queued.
 */

export const BOOTSTRAP = 'bootstrap-code-1';
/** Monday 23 November 2026, 10:00 in Moscow. */
export const MONDAY_10_MSK = Date.UTC(2026, 10, 23, 7, 0);

export interface HarnessOptions {
  now?: number;
  dbPath?: string;
  db?: DB;
  features?: Feature[];
  extraAdapters?: MessengerAdapter[];
  /** Group commit's bounds (see Router). */
  batch?: Partial<BatchLimits>;
  timezone?: string;
}

export interface PersonSpec {
  name: string;
  roles?: Role[];
  offers?: string[];
  wants?: string[];
  /** Bit 0 = Monday; default Monday–Friday. */
  days?: number;
  /** "HH:MM-HH:MM"-free form: minutes; default 09:00–18:00. */
  from?: number;
  to?: number;
  timezone?: string | null;
  language?: 'ru' | 'en';
  platform?: Platform;
  /** Platform user id; defaults to a slug of the name. */
  userId?: string;
  position?: string;
}

export type Harness = Awaited<ReturnType<typeof createHarness>>;

export async function createHarness(opts: HarnessOptions = {}) {
  const db = opts.db ?? openDatabase(opts.dbPath ?? ':memory:');
  const clock = new FakeClock(opts.now ?? MONDAY_10_MSK);
  const local = new LocalAdapter();
  const app = new App({
    db,
    clock,
    log: silentLogger(),
    settings: {
      bootstrapCode: BOOTSTRAP,
      organisationName: 'Детский сад №7',
      defaultTimezone: opts.timezone ?? 'Europe/Moscow',
      defaultLanguage: 'ru',
      telegramBotUsername: 'nastavnik_test_bot',
    },
    adapters: [local, ...(opts.extraAdapters ?? [])],
    features: opts.features,
    batch: opts.batch,
  });
  await local.start(app.router.handle);

  const flush = () => drainOutbox(app.dispatcher);
  const topicId = (code: string) => {
    const t = listTopics(db, app.org.id, true).find((x) => x.code === code);
    if (!t) throw new Error(`no topic ${code}`);
    return t.id;
  };

  const h = {
    app,
    db,
    clock,
    local,
    org: app.org,
    flush,
    topicId,
    /** A person typed this (a leading "/" makes it a command); returns the ack text if any. */
    async say(userId: string, text: string, opts?: { replyTo?: string; html?: string }) {
      const outcome = await local.send(userId, text, opts);
      await flush();
      return outcome;
    },
    /** A person pressed the newest button whose label contains `label`. */
    async press(userId: string, label: string, messageId?: string) {
      const outcome = await local.press(userId, label, messageId);
      await flush();
      return outcome;
    },
    async pressAction(userId: string, data: string) {
      const outcome = await local.pressAction(userId, data);
      await flush();
      return outcome;
    },
    messages(userId: string): LocalMessage[] {
      return local.messagesOf(userId);
    },
    last(userId: string): LocalMessage {
      const m = local.last(userId);
      if (!m) throw new Error(`${userId} has no messages`);
      return m;
    },
    lastText(userId: string): string {
      return h.last(userId).text;
    },
    /** Everything a person received, as one string (for "contains" checks). */
    allText(userId: string): string {
      return local.messagesOf(userId).map((m) => m.text).join('\n---\n');
    },
    /** Moves time, runs the scheduler's tick, delivers what is due. */
    async advance(ms: number) {
      clock.advance(ms);
      app.scheduler.tick();
      await flush();
    },
    async tick() {
      app.scheduler.tick();
      await flush();
    },
    /** Adds an active person straight into the database (fast set-up for other features' tests). */
    addPerson(spec: PersonSpec): Person {
      const userId = spec.userId ?? spec.name.toLowerCase().replace(/[^a-z0-9а-яё]+/gi, '-');
      const now = clock.now();
      return db.transaction(() => {
        const { person } = createPerson(db, {
          organisationId: app.org.id,
          language: spec.language ?? 'ru',
          roles: spec.roles ?? ['staff'],
          consentAt: now,
          now,
          fullName: spec.name,
          account: { platform: spec.platform ?? 'local', userId, chatId: userId },
        });
        updatePerson(
          db,
          person.id,
          {
            status: 'active',
            position: spec.position ?? 'Воспитатель',
            contactDays: spec.days ?? 0b0011111,
            contactFrom: spec.from ?? 540,
            contactTo: spec.to ?? 1080,
            timezone: spec.timezone ?? null,
          },
          now,
        );
        setPersonTopics(db, person.id, 'offers', (spec.offers ?? []).map(topicId));
        setPersonTopics(db, person.id, 'wants', (spec.wants ?? []).map(topicId));
        return getPerson(db, person.id)!;
      })();
    },
    /** The whole onboarding through the chat: code → consent → every profile step. */
    async onboard(userId: string, code: string, spec: { name: string; offers?: string[]; wants?: string[] }) {
      await h.say(userId, `/start ${code}`);
      await h.press(userId, text('onboarding-consent-yes'));
      await h.say(userId, spec.name);
      await h.press(userId, text('position-educator'));
      for (const kind of ['offers', 'wants'] as const) {
        for (const code of spec[kind] ?? []) {
          const title = listTopics(db, app.org.id).find((t) => t.code === code)!.titleRu;
          await pressTopic(h, userId, title);
        }
        await h.press(userId, text('common-done'));
      }
      await h.press(userId, text('profile-days-mon-fri'));
      await h.press(userId, '09:00–18:00');
      await h.press(userId, text('tz-moscow'));
    },
    async close() {
      await app.dispatcher.stop();
      db.close();
    },
  };
  return h;
}

/** Presses a topic in the picker, paging forward until the topic shows. */
async function pressTopic(h: { local: LocalAdapter; press: (u: string, l: string, m?: string) => Promise<unknown> }, userId: string, title: string) {
  for (let i = 0; i < 10; i++) {
    const msgs = h.local.messagesOf(userId);
    const picker = [...msgs].reverse().find((m) => m.buttons.flat().some((b) => b.label === text('common-done')));
    if (!picker) throw new Error('no topic picker');
    const button = picker.buttons.flat().find((b) => b.label.replace('✅ ', '') === title);
    if (button) {
      await h.press(userId, button.label, picker.id);
      return;
    }
    await h.press(userId, text('common-next'), picker.id);
  }
  throw new Error(`topic ${title} not found in the picker`);
}
