import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { FakeClock } from '../../src/clock.js';
import { openDatabase } from '../../src/db/database.js';
import { I18n } from '../../src/i18n/i18n.js';
import { silentLogger } from '../../src/log.js';
import { Outbox } from '../../src/messaging/outbox.js';
import type { CoreDeps } from '../../src/core/kernel/deps.js';
import { ensureOrganisation } from '../../src/core/kernel/organisation/organisation.js';
import { listTopics } from '../../src/core/kernel/organisation/topics.js';
import { Notifier } from '../../src/core/kernel/contact/notifier.js';
import { createQuestion } from '../../src/core/questions/question.js';
import { routeQuestion } from '../../src/core/questions/routing.js';
import type { BenchResult, BenchScenario, BenchFile } from '../types.js';

/**
 * P4: routing one question among 2,000 mentors and 50,000 people, on a temporary file database
 * in WAL mode, with seeded data: every mentor competent in the measured topic (the worst case)
 * and in two more (half the questions go to that topic, half to a random one), five time zones, varied contact hours and loads, some on pause. One routing
 * is one transaction: the question, the candidate query, the wave's offers and their outbox rows.
 */

const PEOPLE = 50_000;
const MENTORS = 2_000;
const ROUTINGS = 1_000;
const WARMUP = 50;
const SEED = 20261123;
const ZONES = ['Europe/Moscow', 'Europe/Samara', 'Asia/Yekaterinburg', 'Asia/Novosibirsk', 'Europe/Kaliningrad'];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const routingScenario: BenchScenario = {
  name: 'routing',
  async run(): Promise<BenchResult[]> {
    const dir = mkdtempSync(join(tmpdir(), 'bench-routing-'));
    const db = openDatabase(join(dir, 'bench.db'));
    try {
      const now = Date.UTC(2026, 10, 23, 8, 0); // Monday 11:00 in Moscow
      const clock = new FakeClock(now);
      const settings = { organisationName: 'Бенчмарк', defaultTimezone: 'Europe/Moscow', defaultLanguage: 'ru' as const };
      const deps: CoreDeps = { db, clock, i18n: new I18n(), log: silentLogger(), outbox: new Outbox(db), settings };
      const org = ensureOrganisation(db, settings, now);
      const topics = listTopics(db, org.id).map((t) => t.id);
      const topic = topics[0]!;
      const rnd = mulberry32(SEED);

      db.transaction(() => {
        const person = db.prepare(
          `INSERT INTO persons (organisation_id, full_name, position, timezone, contact_days, contact_from, contact_to, status, paused_until, created_at, updated_at)
           VALUES (?, ?, 'Teacher', ?, ?, ?, ?, 'active', ?, ?, ?)`,
        );
        const account = db.prepare(`INSERT INTO accounts (organisation_id, person_id, platform, user_id, chat_id, created_at) VALUES (?, ?, 'telegram', ?, ?, ?)`);
        const role = db.prepare('INSERT INTO person_roles (person_id, role) VALUES (?, ?)');
        const offers = db.prepare(`INSERT OR IGNORE INTO person_topics (person_id, topic_id, kind) VALUES (?, ?, 'offers')`);
        const stats = db.prepare(
          `UPDATE question_mentor_stats SET open_count = ?, last_offered_at = ?, rating_sum = ?, rating_count = ?, rating_avg = ? WHERE person_id = ?`,
        );
        for (let i = 0; i < PEOPLE; i++) {
          const mentor = i % (PEOPLE / MENTORS) === 0;
          const from = [480, 540, 600, 720][Math.floor(rnd() * 4)]!;
          const paused = mentor && rnd() < 0.05 ? now + 7 * 86_400_000 : null;
          const id = Number(
            person.run(org.id, `Person ${i}`, ZONES[Math.floor(rnd() * ZONES.length)]!, rnd() < 0.8 ? 31 : 63, from, from + 540, paused, now, now).lastInsertRowid,
          );
          account.run(org.id, id, String(100_000 + i), String(100_000 + i), now);
          role.run(id, mentor ? 'mentor' : 'mentee');
          if (!mentor) continue;
          offers.run(id, topic);
          offers.run(id, topics[1 + Math.floor(rnd() * (topics.length - 1))]!);
          offers.run(id, topics[1 + Math.floor(rnd() * (topics.length - 1))]!);
          const rated = Math.floor(rnd() * 20);
          const sum = rated * (3 + Math.floor(rnd() * 3));
          stats.run(Math.floor(rnd() * 4), Math.floor(now - rnd() * 30 * 86_400_000), sum, rated, rated ? sum / rated : 0, id);
        }
      })();
      db.pragma('optimize');

      const askers = db.prepare(`SELECT p.id FROM persons p JOIN person_roles r ON r.person_id = p.id AND r.role = 'mentee' LIMIT 1000`).pluck().all() as number[];
      const ctx = { deps, now, org, notifier: new Notifier(deps, org) };
      const route = db.transaction((askerId: number) => {
        const topicId = rnd() < 0.5 ? topic : topics[Math.floor(rnd() * topics.length)]!;
        const q = createQuestion(db, { organisationId: org.id, askerId, topicId, text: 'A question about parents', file: null, urgent: false, now });
        return routeQuestion(ctx, q);
      });
      const times: number[] = [];
      // CPU time beside wall time: on a busy machine the wall tail is mostly waiting for a core.
      const cpuTimes: number[] = [];
      let offered = 0;
      for (let i = 0; i < WARMUP + ROUTINGS; i++) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const outcome = route(askers[i % askers.length]!);
        const ms = performance.now() - t0;
        const cpu = process.cpuUsage(c0);
        if (i >= WARMUP) {
          times.push(ms);
          cpuTimes.push((cpu.user + cpu.system) / 1000);
          if (outcome.kind === 'offered') offered++;
        }
      }
      times.sort((a, b) => a - b);
      cpuTimes.sort((a, b) => a - b);
      const p50 = percentile(times, 50);
      const p99 = percentile(times, 99);
      const candidates = db.prepare(`SELECT COUNT(*) FROM person_topics WHERE topic_id = ? AND kind = 'offers'`).pluck().get(topic) as number;
      return [
        {
          id: 'P4',
          name: 'routing one question (2,000 mentors, 50,000 people)',
          figure: Number(p99.toFixed(3)),
          unit: 'ms p99',
          goal: '≤ 2',
          met: p99 <= 2,
          p50: Number(p50.toFixed(3)),
          p99: Number(p99.toFixed(3)),
          cpu: { p50Ms: Number(percentile(cpuTimes, 50).toFixed(3)), p99Ms: Number(percentile(cpuTimes, 99).toFixed(3)) },
          loadAverage1m: Number(loadavg()[0]!.toFixed(2)),
          routings: ROUTINGS,
          offered,
          people: PEOPLE,
          mentors: MENTORS,
          competentInTopic: candidates,
          seed: SEED,
        },
      ];
    } finally {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

/** This file's part of `npm run bench` (found by scenarios/index.ts), and where it runs in the order. */
export const bench: BenchFile = { order: 40, scenarios: [routingScenario] };
