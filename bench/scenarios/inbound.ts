import { performance } from 'node:perf_hooks';
import type { Update } from 'grammy/types';
import type { BenchResult, BenchScenario, BenchFile } from '../types.js';
import { FakeClock } from '../../src/clock.js';
import { toIncoming } from '../../src/adapters/telegram/updates.js';
import { mapUpdate } from '../../src/adapters/vk/updates.js';
import { languageAction } from '../../src/core/people/profile.js';
import type { Platform } from '../../src/messaging/types.js';
import { BENCH_SEED, seededRandom, weighted } from '../seed.js';
import { BENCH_START, createWorld, seedPeople, type SeededPerson } from '../world.js';

/**
 * P3: inbound updates as the platforms send them (JSON bodies) through the real adapters' pure
 * mapping (Telegram `toIncoming`, VK `mapUpdate`) → the router (one transaction per update) →
 * SQLite on disk (WAL) → the outbox. One update after another, as one chat's queue would; the
 * dispatcher is not running, so the figure is the bot's own work per update. Then the same mix
 * arriving in pages (as long polling brings it), where the router's group commit shares a
 * transaction among the updates of a page: the throughput under load.
 */

export const INBOUND_PEOPLE = 50_000;
const UPDATES = 20_000;
const WARMUP = 1_000;
const BOT = { id: 7_000_000_001, username: 'nastavnik_bench_bot' };
const VK_GROUP = 1;

type Kind = 'help' | 'profile' | 'menu' | 'menu-label' | 'text' | 'reply' | 'language-button' | 'stale-button' | 'stranger' | 'sticker';

/** What people send, by weight. */
const MIX: readonly (readonly [Kind, number])[] = [
  ['help', 15],
  ['profile', 12],
  ['menu', 5],
  ['menu-label', 8],
  ['text', 22],
  ['reply', 10],
  ['language-button', 14],
  ['stale-button', 4],
  ['stranger', 5],
  ['sticker', 5],
];

const TEXTS = [
  'Добрый день! Подскажите, когда следующая встреча наставников?',
  'Спасибо за помощь с открытым уроком, всё прошло хорошо.',
  'Можно перенести нашу встречу на четверг?',
  'Не могу найти план работы, пришлите, пожалуйста, ещё раз.',
  'Здравствуйте',
];

/** A body as the platform would post it, and the platform it came from. */
interface RawUpdate {
  platform: Platform;
  body: string;
  kind: Kind;
}

/** The workload, one update at a time (not held in memory): deterministic from the seed. */
function* workload(people: SeededPerson[], count: number, rand: () => number, idBase: number): Generator<RawUpdate> {
  let tgUpdate = idBase;
  let vkMessage = idBase;
  let vkEvent = idBase;
  for (let i = 0; i < count; i++) {
    const kind = weighted(rand, MIX);
    const person = people[Math.floor(rand() * people.length)]!;
    const platform = person.platform;
    const userId = kind === 'stranger' ? String(Number(person.userId) + 10_000_000) : person.userId;
    let text = '';
    switch (kind) {
      case 'help':
        text = '/help';
        break;
      case 'profile':
        text = '/profile';
        break;
      case 'menu':
        text = '/menu';
        break;
      case 'menu-label':
        text = '👤 Профиль';
        break;
      case 'text':
      case 'reply':
      case 'stranger':
        text = TEXTS[Math.floor(rand() * TEXTS.length)]!;
        break;
    }
    const button = kind === 'language-button' ? languageAction.encode('ru') : kind === 'stale-button' ? 'pf.gone:1' : null;
    if (platform === 'telegram') {
      const uid = Number(userId);
      const chat = { id: uid, type: 'private' as const, first_name: 'Анна' };
      const from = { id: uid, is_bot: false, first_name: 'Анна', language_code: 'ru' };
      const date = Math.floor(BENCH_START / 1000);
      let update: Update;
      if (button) {
        update = {
          update_id: ++tgUpdate,
          callback_query: { id: String(tgUpdate), from, chat_instance: '1', data: button, message: { message_id: 10, date, chat, text: 'x' } as never },
        };
      } else if (kind === 'sticker') {
        update = { update_id: ++tgUpdate, message: { message_id: tgUpdate, date, chat, from, sticker: { file_id: 'CAAC', file_unique_id: 'u', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false } } as never };
      } else {
        const entities = text.startsWith('/') ? [{ type: 'bot_command' as const, offset: 0, length: text.length }] : undefined;
        const message: Record<string, unknown> = { message_id: tgUpdate, date, chat, from, text };
        if (entities) message.entities = entities;
        if (kind === 'reply') message.reply_to_message = { message_id: 5, date, chat, from: { id: BOT.id, is_bot: true, first_name: 'Наставник' }, text: 'x' };
        update = { update_id: ++tgUpdate, message: message as never };
      }
      yield { platform, kind, body: JSON.stringify(update) };
    } else {
      const peer = Number(userId);
      let update: unknown;
      if (button) {
        update = { type: 'message_event', group_id: VK_GROUP, event_id: `e${++vkEvent}`, object: { user_id: peer, peer_id: peer, event_id: `e${vkEvent}`, payload: { a: button }, conversation_message_id: 10 } };
      } else {
        const message: Record<string, unknown> = { id: ++vkMessage, date: Math.floor(BENCH_START / 1000), peer_id: peer, from_id: peer, text, conversation_message_id: vkMessage, attachments: [] };
        if (kind === 'sticker') message.attachments = [{ type: 'sticker', sticker: { sticker_id: 1 } }];
        if (kind === 'reply') message.reply_message = { conversation_message_id: 5, from_id: -VK_GROUP, text: 'x' };
        update = { type: 'message_new', group_id: VK_GROUP, event_id: `m${vkMessage}`, object: { message, client_info: { lang_id: 0 } } };
      }
      yield { platform, kind, body: JSON.stringify(update) };
    }
  }
}

export interface InboundFigures {
  updatesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /** The same measured in CPU time of this process (what a busy machine does not inflate). */
  cpu: { updatesPerCpuSecond: number; p50Ms: number; p99Ms: number };
  handled: number;
  queued: number;
  byKind: Record<string, number>;
  meanMsByKind: Record<string, number>;
  seedSeconds: number;
  /** The same kind of workload arriving as long polling brings it: pages handed over at once. */
  paged: PagedFigures;
}

/** Updates arriving in pages (a getUpdates / Bots Long Poll answer), all of a page at once. */
export interface PagedFigures {
  pageSize: number;
  handled: number;
  updatesPerSecond: number;
  /** From the page's arrival to the update's promise (stored, may be acknowledged). */
  p50Ms: number;
  p99Ms: number;
  /** Updates per second of this process's CPU time (what a busy machine does not inflate). */
  updatesPerCpuSecond: number;
}

/** Seeds `people`, runs the warm-up and the measured updates; the memory scenario reuses it. */
export async function runInbound(people = INBOUND_PEOPLE, updates = UPDATES): Promise<InboundFigures> {
  const clock = new FakeClock(BENCH_START);
  const world = createWorld({ clock, adapters: [] });
  try {
    const rand = seededRandom(BENCH_SEED);
    const seedStart = performance.now();
    const seeded = seedPeople(world, people, rand, (i) => (i % 10 < 7 ? 'telegram' : 'vk'));
    const seedSeconds = (performance.now() - seedStart) / 1000;
    const router = world.app.router;

    const handleOne = async (u: RawUpdate): Promise<void> => {
      const raw: unknown = JSON.parse(u.body);
      if (u.platform === 'telegram') {
        const incoming = toIncoming(raw as Update, BOT);
        if (incoming) await router.handle(incoming);
      } else {
        const mapped = mapUpdate(raw, VK_GROUP);
        if ('incoming' in mapped) await router.handle(mapped.incoming);
      }
    };

    for (const u of workload(seeded, WARMUP, rand, 1_000_000_000)) await handleOne(u);
    const outboxBefore = (world.db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n;
    const times = new Float64Array(updates);
    const cpuTimes = new Float64Array(updates);
    const byKind: Record<string, number> = {};
    const msByKind: Record<string, number> = {};
    let i = 0;
    // Throughput counts the time spent handling, not the time spent making up the next update.
    for (const u of workload(seeded, updates, rand, 0)) {
      byKind[u.kind] = (byKind[u.kind] ?? 0) + 1;
      const c = process.cpuUsage();
      const t = performance.now();
      await handleOne(u);
      times[i] = performance.now() - t;
      msByKind[u.kind] = (msByKind[u.kind] ?? 0) + times[i]!;
      const used = process.cpuUsage(c);
      cpuTimes[i++] = (used.user + used.system) / 1000;
      clock.advance(3); // updates arrive over time
    }
    const paged = await runPaged(seeded, rand, clock, handleOne);
    const elapsed = times.reduce((a, b) => a + b, 0) / 1000;
    const cpuSeconds = cpuTimes.reduce((a, b) => a + b, 0) / 1000;
    const queued = (world.db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n - outboxBefore;
    const cpuSorted = Array.from(cpuTimes).sort((a, b) => a - b);
    const sorted = Array.from(times).sort((a, b) => a - b);
    const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
    return {
      updatesPerSecond: Math.round(updates / elapsed),
      p50Ms: round(q(0.5)),
      p99Ms: round(q(0.99)),
      maxMs: round(sorted[sorted.length - 1]!),
      cpu: {
        updatesPerCpuSecond: Math.round(updates / cpuSeconds),
        p50Ms: round(cpuSorted[Math.floor(0.5 * cpuSorted.length)]!),
        p99Ms: round(cpuSorted[Math.floor(0.99 * cpuSorted.length)]!),
      },
      handled: updates,
      queued,
      byKind,
      meanMsByKind: Object.fromEntries(Object.entries(msByKind).map(([k, ms]) => [k, round(ms / byKind[k]!)])),
      seedSeconds: round(seedSeconds),
      paged,
    };
  } finally {
    world.close();
  }
}

const PAGE = 100;

/**
 * The same mix again (fresh update ids), arriving as long polling brings it: a page of up to 100
 * updates handed to the router at once, each chat's updates one after another (as the adapters'
 * per-chat queues do), the next page once this one is stored. Throughput is the bot's under load.
 */
async function runPaged(
  people: SeededPerson[],
  rand: () => number,
  clock: FakeClock,
  handleOne: (u: RawUpdate) => Promise<void>,
): Promise<PagedFigures> {
  const latencies: number[] = [];
  let page: RawUpdate[] = [];
  let elapsed = 0;
  const cpu = process.cpuUsage();
  const runPage = async (): Promise<void> => {
    const chats = new Map<string, Promise<void>>();
    const start = performance.now();
    await Promise.all(
      page.map((u) => {
        const chat = JSON.parse(u.body) as Record<string, unknown>;
        const key = `${u.platform}:${chatKey(chat)}`;
        const task = (chats.get(key) ?? Promise.resolve()).then(async () => {
          await handleOne(u);
          latencies.push(performance.now() - start);
        });
        chats.set(key, task);
        return task;
      }),
    );
    elapsed += performance.now() - start;
    clock.advance(3 * page.length);
    page = [];
  };
  for (const u of workload(people, UPDATES, rand, 2_000_000_000)) {
    page.push(u);
    if (page.length === PAGE) await runPage();
  }
  if (page.length) await runPage();
  const used = process.cpuUsage(cpu);
  latencies.sort((a, b) => a - b);
  const q = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))]!;
  return { pageSize: PAGE, handled: latencies.length, updatesPerSecond: Math.round(latencies.length / (elapsed / 1000)), p50Ms: round(q(0.5)), p99Ms: round(q(0.99)), updatesPerCpuSecond: Math.round(latencies.length / ((used.user + used.system) / 1e6)) };
}

/** The chat an update belongs to (its sender's private chat in this workload). */
function chatKey(raw: Record<string, unknown>): string {
  const tg = (raw.message ?? raw.callback_query) as { from?: { id: number } } | undefined;
  if (tg?.from) return String(tg.from.id);
  const object = raw.object as { user_id?: number; message?: { from_id: number } } | undefined;
  return String(object?.user_id ?? object?.message?.from_id);
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export const inbound: BenchScenario = {
  name: 'inbound',
  async run(): Promise<BenchResult[]> {
    const f = await runInbound();
    const common = { paged: f.paged, cpu: f.cpu, people: INBOUND_PEOPLE, updates: f.handled, warmup: WARMUP, outboxRows: f.queued, mix: f.byKind, meanMsByKind: f.meanMsByKind, seedSeconds: f.seedSeconds, seed: BENCH_SEED };
    return [
      {
        id: 'P3',
        name: `${f.handled.toLocaleString('en')} inbound updates: throughput`,
        figure: f.updatesPerSecond,
        unit: 'updates/s',
        goal: '≥ 5000',
        met: f.updatesPerSecond >= 5000,
        ...common,
      },
      {
        id: 'P3',
        name: `throughput, arriving in pages of ${f.paged.pageSize} (group commit)`,
        figure: f.paged.updatesPerSecond,
        unit: 'updates/s',
        goal: '≥ 5000',
        met: f.paged.updatesPerSecond >= 5000,
        ...common,
      },
      {
        id: 'P3',
        name: 'inbound update: p99 (p50 beside)',
        figure: f.p99Ms,
        unit: 'ms',
        goal: '≤ 5',
        met: f.p99Ms <= 5,
        p50Ms: f.p50Ms,
        p99Ms: f.p99Ms,
        maxMs: f.maxMs,
        ...common,
      },
    ];
  },
};

/** This file's part of `npm run bench` (found by scenarios/index.ts), and where it runs in the order. */
export const bench: BenchFile = { order: 30, scenarios: [inbound] };
