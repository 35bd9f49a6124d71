import type { BenchResult, BenchScenario, BenchFile } from '../types.js';
import { SimClock } from '../../test/support/sim-clock.js';
import { SimTelegram } from '../../test/support/sim-telegram.js';
import { SimVk } from '../../test/support/sim-vk.js';
import { Notifier } from '../../src/core/kernel/contact/notifier.js';
import { BroadcastStore } from '../../src/core/broadcasts/store.js';
import { JOB_START, startJobKey } from '../../src/core/broadcasts/delivery.js';
import { scheduleJob } from '../../src/core/kernel/jobs/jobs.js';
import { listTopics } from '../../src/core/kernel/organisation/topics.js';
import { getPerson, setPersonTopics, setRoles } from '../../src/core/kernel/persons/person.js';
import { createQuestion } from '../../src/core/questions/question.js';
import { routeQuestion } from '../../src/core/questions/routing.js';
import type { Incoming, MessengerAdapter, Platform } from '../../src/messaging/types.js';
import { BENCH_SEED, seededRandom } from '../seed.js';
import { BENCH_START, createWorld, seedPeople } from '../world.js';

/**
 * Fairness, on the simulated platforms (their own limits, one-way latency 40–120 ms, the
 * machine's work counted into simulated time).
 *
 * P9: stranger A floods 1,000 messages at 65 a second through the router; member B sends /help
 * every 2 seconds meanwhile (/help is one message). B's reply, from B's update to the platform's
 * answer: p99. Run with the default inbound limits (A gets 20 answers and a notice), and with A's
 * limit lifted, so the figure shows the dispatcher's fairness alone: 1,000 replies to A queued
 * ahead of B's. B does not write once a second: that is the platform's own limit for one chat,
 * and with a network whose legs vary by 80 ms a bot that never breaks it must space one chat's
 * messages a little more than a second apart, so B's own replies would queue behind each other
 * whoever else writes (the figure would measure B's pace, not A's cost to B).
 *
 * P7: during a broadcast to 10,000 (real path: job → chunks → dispatcher), a mentee asks a
 * question every 5 seconds (the core's createQuestion + routeQuestion in one transaction, as
 * /ask ends): each offer to a mentor, from the question to the platform's answer: p99.
 */

const JITTER = [40, 120] as const;

function makeSim(platform: Platform, clock: SimClock): MessengerAdapter & { ledger: SimTelegram['ledger']; rateLimited: number } {
  return platform === 'vk' ? new SimVk(clock, { oneWayMs: JITTER }) : new SimTelegram(clock, { oneWayMs: JITTER });
}

function p99(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.99 * sorted.length) - 1)] ?? Number.NaN;
}

const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

async function flood(limitsLifted: boolean): Promise<{ p99S: number; replies: number; strangerAnswers: number; dropped: number }> {
  const clock = new SimClock(BENCH_START, { countCpu: true });
  const sim = makeSim('telegram', clock);
  const world = createWorld({ clock, adapters: [sim], sleep: clock.sleep, settings: limitsLifted ? { limits: { strangerAnswersPerHour: 1_000_000 } } : {} });
  try {
    const people = seedPeople(world, 1000, seededRandom(BENCH_SEED), () => 'telegram');
    const b = people[0]!;
    const { app, db } = world;
    app.dispatcher.start();
    await clock.sleep(0);
    const from = (userId: string) => ({ platform: 'telegram' as const, userId, chatId: userId, chatType: 'private' as const, languageCode: 'ru' });
    const stranger = '999000111';
    let helps = 0;
    for (let i = 0; i < 1000; i++) {
      const a: Incoming = { kind: 'text', text: `сообщение ${i}`, updateId: `a-${i}`, from: from(stranger) };
      void app.router.handle(a);
      if (i % 130 === 0) {
        void app.router.handle({ kind: 'command', command: 'help', args: '', updateId: `b-${helps++}`, from: from(b.userId) });
      }
      await clock.sleep(1000 / 65);
    }
    const pendingB = db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE chat_id = ? AND status IN ('pending', 'sending')`);
    for (let i = 0; i < 600 && (pendingB.get(b.userId) as { n: number }).n > 0; i++) await clock.sleep(100);
    await app.dispatcher.stop();
    const rows = db.prepare(`SELECT created_at, sent_at FROM outbox WHERE chat_id = ? AND status = 'sent'`).all(b.userId) as { created_at: number; sent_at: number }[];
    const strangerAnswers = (db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE chat_id = ?`).get(stranger) as { n: number }).n;
    return { p99S: p99(rows.map((r) => (r.sent_at - r.created_at) / 1000)), replies: rows.length, strangerAnswers, dropped: app.router.gate.dropped.stranger };
  } finally {
    world.close();
  }
}

async function questionsDuringBroadcast(platform: Platform): Promise<{ p99S: number; offers: number; questions: number; broadcastDelivered: number }> {
  const clock = new SimClock(BENCH_START, { countCpu: true });
  const sim = makeSim(platform, clock);
  const world = createWorld({ clock, adapters: [sim], sleep: clock.sleep });
  try {
    const people = seedPeople(world, 10_000, seededRandom(BENCH_SEED), () => platform);
    const { app, db } = world;
    const topic = listTopics(db, app.org.id)[0]!.id;
    const mentors = people.slice(0, 300);
    const askers = people.slice(300, 340);
    db.transaction(() => {
      for (const m of mentors) {
        setRoles(db, m.id, ['mentor']);
        setPersonTopics(db, m.id, 'offers', [topic]);
      }
      for (const a of askers) setRoles(db, a.id, ['mentee']);
    })();
    const store = BroadcastStore.of(db);
    const draft = store.create(app.org.id, people[9999]!.id, clock.now());
    store.setContent(draft.id, 'Коллеги, в четверг в 15:00 — методическое объединение наставников.', null);
    store.setAudience(draft.id, { kind: 'all' });
    store.setStatus(draft.id, 'scheduled', { scheduledAt: clock.now() });
    scheduleJob(db, { organisationId: app.org.id, kind: JOB_START, key: startJobKey(draft.id), dueAt: clock.now(), payload: { broadcastId: draft.id }, now: clock.now() });
    await clock.sleep(0);
    app.dispatcher.start();
    app.scheduler.start(15, { cron: false });
    const offerRows: number[] = [];
    const maxId = db.prepare(`SELECT COALESCE(MAX(id), 0) AS id FROM outbox`);
    await clock.sleep(3000); // the broadcast is under way
    for (const asker of askers) {
      const before = (maxId.get() as { id: number }).id;
      const now = clock.now();
      db.transaction(() => {
        const ctx = { deps: app.deps, now, org: app.org, notifier: new Notifier(app.deps, app.org), features: app.features };
        const q = createQuestion(db, { organisationId: app.org.id, askerId: asker.id, topicId: topic, text: 'Как построить первую беседу с родителями?', file: null, urgent: false, now });
        routeQuestion(ctx, q);
      })();
      const after = (maxId.get() as { id: number }).id;
      const mentorChats = new Set(mentors.map((m) => m.userId));
      for (const row of db.prepare(`SELECT id, chat_id, not_before, created_at FROM outbox WHERE id > ? AND id <= ?`).all(before, after) as { id: number; chat_id: string; not_before: number; created_at: number }[]) {
        if (mentorChats.has(row.chat_id) && row.not_before <= row.created_at) offerRows.push(row.id);
      }
      await clock.sleep(5000);
    }
    const sentOf = db.prepare(`SELECT status, created_at, sent_at FROM outbox WHERE id = ?`);
    for (let i = 0; i < 300; i++) {
      const open = offerRows.some((id) => (sentOf.get(id) as { status: string }).status !== 'sent');
      if (!open) break;
      await clock.sleep(100);
    }
    app.scheduler.stop();
    await app.dispatcher.stop();
    const latencies = offerRows.map((id) => sentOf.get(id) as { created_at: number; sent_at: number | null }).filter((r) => r.sent_at !== null).map((r) => (r.sent_at! - r.created_at) / 1000);
    void getPerson;
    return { p99S: p99(latencies), offers: latencies.length, questions: askers.length, broadcastDelivered: sim.ledger.total };
  } finally {
    world.close();
  }
}

export const fairness: BenchScenario = {
  name: 'fairness',
  async run(): Promise<BenchResult[]> {
    const limited = await flood(false);
    const lifted = await flood(true);
    const out: BenchResult[] = [
      {
        id: 'P9',
        name: "member B's /help (every 2 s) while stranger A floods 1,000 messages (default inbound limits): B's reply p99",
        figure: round(limited.p99S),
        unit: 's',
        goal: '≤ 1',
        met: limited.p99S <= 1,
        replies: limited.replies,
        answersQueuedForTheStranger: limited.strangerAnswers,
        strangerUpdatesDropped: limited.dropped,
      },
      {
        id: 'P9',
        name: "the same with A's limit lifted (1,000 replies to A queued): B's reply p99",
        figure: round(lifted.p99S),
        unit: 's',
        goal: '≤ 1',
        met: lifted.p99S <= 1,
        replies: lifted.replies,
        answersQueuedForTheStranger: lifted.strangerAnswers,
      },
    ];
    for (const platform of ['telegram', 'vk'] as const) {
      const q = await questionsDuringBroadcast(platform);
      out.push({
        id: 'P7',
        name: `a question's offers to mentors during a broadcast to 10,000 on simulated ${platform === 'vk' ? 'VK' : 'Telegram'}: p99`,
        figure: round(q.p99S),
        unit: 's',
        goal: '≤ 2',
        met: q.p99S <= 2,
        offers: q.offers,
        questions: q.questions,
        broadcastCopiesMeanwhile: q.broadcastDelivered,
      });
    }
    return out;
  },
};

/** This file's part of `npm run bench` (found by scenarios/index.ts), and where it runs in the order. */
export const bench: BenchFile = { order: 20, scenarios: [fairness] };
