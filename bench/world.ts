import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock } from '../src/clock.js';
import { openDatabase, type DB } from '../src/db/database.js';
import { silentLogger } from '../src/log.js';
import { App } from '../src/app/app.js';
import type { Sleep } from '../src/app/dispatcher.js';
import type { CoreSettings } from '../src/core/kernel/deps.js';
import type { MessengerAdapter, Platform } from '../src/messaging/types.js';
import { createPerson, updatePerson, type Role } from '../src/core/kernel/persons/person.js';
import { EVERY_DAY, WEEKDAYS_MON_FRI } from '../src/core/kernel/contact/hours.js';
import { weighted } from './seed.js';

/**
 * The benchmark's world: the real App over a SQLite file on disk (WAL, as in production) in a
 * temporary folder, and people seeded straight into the database with the core's own functions.
 */

/** Monday 23 November 2026, 10:00 in Moscow: inside everyone's contact hours below. */
export const BENCH_START = Date.UTC(2026, 10, 23, 7, 0);

export interface BenchWorld {
  app: App;
  db: DB;
  path: string;
  close(): void;
}

export function createWorld(opts: { clock: Clock; adapters: MessengerAdapter[]; sleep?: Sleep; settings?: Partial<CoreSettings> }): BenchWorld {
  const dir = mkdtempSync(join(tmpdir(), 'nastavnik-bench-'));
  const path = join(dir, 'bench.db');
  const db = openDatabase(path);
  const app = new App({
    db,
    clock: opts.clock,
    log: silentLogger(),
    settings: {
      organisationName: 'Гимназия №1',
      defaultTimezone: 'Europe/Moscow',
      defaultLanguage: 'ru',
      telegramBotUsername: 'nastavnik_bench_bot',
      vkGroupId: 1,
      ...opts.settings,
    },
    adapters: opts.adapters,
    sleep: opts.sleep,
  });
  return {
    app,
    db,
    path,
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Zones of Russian schools; at BENCH_START (Monday) all of them are within 09:00–18:00. */
const ZONES = [
  [null, 60],
  ['Europe/Samara', 8],
  ['Asia/Yekaterinburg', 14],
  ['Asia/Novosibirsk', 8],
  ['Europe/Kaliningrad', 5],
  ['Asia/Omsk', 5],
] as const;

const ROLES: readonly (readonly [Role[], number])[] = [
  [['mentee'], 55],
  [['mentor'], 25],
  [['staff'], 15],
  [['mentor', 'mentee'], 4],
  [['curator', 'mentor'], 1],
];

const SURNAMES = ['Иванова', 'Петрова', 'Смирнова', 'Кузнецова', 'Соколова', 'Попова', 'Лебедева', 'Козлова', 'Новикова', 'Морозова'];
const NAMES = ['Анна', 'Мария', 'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Светлана', 'Юлия', 'Екатерина'];

export interface SeededPerson {
  id: number;
  platform: Platform;
  /** Platform user id = private chat id (Telegram user id, VK peer id). */
  userId: string;
}

/**
 * Adds `count` active people, each with one account on a platform chosen by `platformOf`,
 * with deterministic roles, zones and contact hours. Telegram ids start at 100_000_000,
 * VK ids at 500_000_000.
 */
export function seedPeople(
  world: BenchWorld,
  count: number,
  rand: () => number,
  platformOf: (i: number) => Platform,
): SeededPerson[] {
  const { db, app } = world;
  const now = app.deps.clock.now();
  const out: SeededPerson[] = [];
  const chunk = 5000;
  for (let start = 0; start < count; start += chunk) {
    db.transaction(() => {
      for (let i = start; i < Math.min(count, start + chunk); i++) {
        const platform = platformOf(i);
        const userId = String((platform === 'vk' ? 500_000_000 : 100_000_000) + i);
        const { person } = createPerson(db, {
          organisationId: app.org.id,
          language: rand() < 0.97 ? 'ru' : 'en',
          roles: weighted(rand, ROLES),
          consentAt: now,
          now,
          fullName: `${SURNAMES[i % SURNAMES.length]} ${NAMES[Math.floor(i / SURNAMES.length) % NAMES.length]} ${i}`,
          account: { platform, userId, chatId: userId },
        });
        updatePerson(
          db,
          person.id,
          {
            status: 'active',
            position: 'Учитель',
            timezone: weighted(rand, ZONES),
            contactDays: rand() < 0.8 ? WEEKDAYS_MON_FRI : EVERY_DAY,
            contactFrom: 540,
            contactTo: 1080,
          },
          now,
        );
        out.push({ id: person.id, platform, userId });
      }
    })();
  }
  return out;
}
