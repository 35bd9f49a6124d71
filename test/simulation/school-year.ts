/**
 * A school year in fast-forward: a school's staff from 1 September to 31 May on a fake clock,
 * through the real core, router, scheduler, dispatcher and the local adapter. Emulated people
 * act at their own pace from a seeded random source: they ask, answer, ignore and decline
 * questions, sign up for sessions and do not come, mark plan items, go on leave, leave the
 * school, link a second account, answer surveys or stop half-way.
 *
 * The simulation keeps its own ground truth from what the people did (never from the product's
 * queries) and collects every message each chat received, with the time it arrived. `checkYear`
 * compares the two: contact hours, questions, plan reminders and every figure the curator sees.
 * The test suite runs a small school; `npm run bench` (Y1) a large one.
 */
import { DateTime } from 'luxon';
import ExcelJS from 'exceljs';
import { createHarness, type Harness } from '../support/harness.js';
import { Notifier, type NotifyOptions } from '../../src/core/kernel/contact/notifier.js';
import type { Person } from '../../src/core/kernel/persons/person.js';
import { listTopics } from '../../src/core/kernel/organisation/topics.js';
import { addItem, createProgramme } from '../../src/core/programmes/planning.js';
import { createSession, announceSession } from '../../src/core/sessions/organising.js';
import { launchSurvey } from '../../src/core/surveys/launch.js';
import { fileWorker } from '../../src/core/kernel/files/files.js';
import { takeAction, declineAction, solvedAction, rateAction as questionRateAction, skipThanksAction, assignAction } from '../../src/core/questions/actions.js';
import { doneAction as itemDoneAction, noCommentAction, confirmAction } from '../../src/core/programmes/actions.js';
import { joinAction, rateAction as sessionRateAction, attendanceAction } from '../../src/core/sessions/buttons.js';
import { startAction, answerAction, toggleAction, doneAction as surveyDoneAction } from '../../src/core/surveys/answering.js';
import { deactivateAction } from '../../src/core/people/roster.js';
import type { LocalMessage } from '../../src/adapters/local/local-adapter.js';
import { text } from '../support/said.js';

const ZONE = 'Europe/Moscow';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A small deterministic random source (mulberry32). */
export function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    chance: (p: number) => next() < p,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!,
  };
}
type Rng = ReturnType<typeof rng>;

export interface YearOptions {
  staff: number;
  seed: number;
  /** Minutes between scheduler ticks. */
  stepMinutes?: number;
  /** Called after each simulated month with its wall time (the bench). */
  onMonth?: (month: string, wallMs: number) => void;
  /** Moments at which the curator's figures are also checked against the truth (mid-year). */
  checkpoints?: number[];
}

/** One emulated staff member: who they are to the product, and how they behave. */
interface Sim {
  userId: string;
  person: Person;
  role: 'curator' | 'mentor' | 'mentee' | 'staff';
  /** Topic ids they want to learn (they ask in these, mostly). */
  wants: number[];
  zone: string;
  days: number;
  from: number;
  to: number;
  /** How readily they act on what arrives (0..1). */
  diligence: number;
  active: boolean;
  pausedUntil: number | null;
  leftAt: number | null;
  /** A second chat linked to the same person. */
  second: string | null;
}

interface Received {
  chatId: string;
  at: number;
  message: LocalMessage;
}

interface QuestionTruth {
  id: number;
  asker: string;
  askedAt: number;
  claimedBy: string | null;
  escalated: boolean;
  closed: boolean;
  rating: number | null;
}

interface ItemTruth {
  id: number;
  programmeId: number;
  title: string;
  dueOn: string;
  mentee: string;
  mentor: string;
  reportedAt: number | null;
  /** How many messages had arrived anywhere when it was reported (orders events within one instant). */
  reportedSeq: number;
  confirmed: boolean;
}

interface SessionTruth {
  id: number;
  host: string;
  startsAt: number;
  endsAt: number;
  seats: Set<string>;
  came: Set<string>;
  absent: Set<string>;
  ratings: Map<string, number>;
}

/** Something a person will do at a time, if it still makes sense then. */
interface Intent {
  at: number;
  who: string;
  run: () => Promise<void>;
}

export interface YearResult {
  h: Harness;
  sims: Map<string, Sim>;
  received: Received[];
  /** Outbox row id → the urgency it was queued with, and the time. */
  urgencyOf: Map<number, { urgency: NotifyOptions['urgency']; queuedAt: number; personId: number }>;
  questions: Map<number, QuestionTruth>;
  items: Map<number, ItemTruth>;
  sessions: Map<number, SessionTruth>;
  survey: { id: number; asked: number; finished: Set<string>; started: Set<string>; multi: Map<number, number>; title: string } | null;
  curator: string;
  end: number;
  updates: number;
  wallMs: number;
  /** What the checks at the checkpoints found. */
  findings: Finding[];
  happened: Record<string, number>;
}

const msk = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toMillis();
const dateIn = (ms: number, zone = ZONE) => DateTime.fromMillis(ms, { zone }).toISODate()!;

/** Whether `at` is within the person's contact days and hours (computed here, not by the product). */
export function inHours(s: Pick<Sim, 'zone' | 'days' | 'from' | 'to'>, at: number): boolean {
  const d = DateTime.fromMillis(at, { zone: s.zone });
  const minute = d.hour * 60 + d.minute;
  return (s.days & (1 << (d.weekday - 1))) !== 0 && minute >= s.from && minute < s.to;
}

export async function runYear(opts: YearOptions): Promise<YearResult> {
  const started = performance.now();
  const r = rng(opts.seed);
  const step = (opts.stepMinutes ?? 30) * MINUTE;
  const start = msk('2026-09-01T06:00');
  const end = msk('2027-05-31T19:00');
  const h = await createHarness({ now: start });
  const db = h.db;
  const received: Received[] = [];
  h.local.on((e) => {
    if (e.type === 'message') received.push({ chatId: e.chatId, at: h.clock.now(), message: e.message });
  });

  // Every message queued through the notifier, with its urgency: what may cut through quiet hours.
  const urgencyOf: YearResult['urgencyOf'] = new Map();
  const lastOutbox = db.prepare('SELECT MAX(id) AS id FROM outbox');
  const original = Notifier.prototype.toPerson;
  Notifier.prototype.toPerson = function (this: Notifier, p, build, o) {
    const before = (lastOutbox.get() as { id: number | null }).id ?? 0;
    const queued = original.call(this, p, build, o);
    const after = (lastOutbox.get() as { id: number | null }).id ?? 0;
    const personId = typeof p === 'number' ? p : p.id;
    for (let id = before + 1; id <= after; id++) urgencyOf.set(id, { urgency: o.urgency, queuedAt: h.clock.now(), personId });
    return queued;
  };

  let updates = 0;
  const act = async (fn: () => Promise<unknown>) => {
    updates++;
    await fn();
  };

  // ------------------------------------------------------------------ the staff
  const topics = listTopics(db, h.org.id).map((t) => t.code);
  const sims = new Map<string, Sim>();
  const add = (i: number, role: Sim['role']) => {
    const userId = `u${i}`;
    const zone = r.chance(0.1) ? 'Asia/Yekaterinburg' : ZONE;
    const days = r.chance(0.15) ? 0b0111111 : 0b0011111;
    const from = r.pick([8 * 60, 9 * 60, 10 * 60]);
    const to = r.pick([16 * 60, 17 * 60, 18 * 60, 20 * 60]);
    // Mentors offer the common topics (and now and then a rarer one); mentees want common ones.
    const offers = role === 'mentor' ? [...new Set([r.pick(topics.slice(0, 6)), r.pick(topics.slice(0, 6)), r.pick(topics)])] : [];
    const wants = role === 'mentee' ? [r.pick(topics.slice(0, 6))] : [];
    const person = h.addPerson({
      name: `${role === 'curator' ? 'Куратор' : role === 'mentor' ? 'Наставник' : role === 'mentee' ? 'Наставляемый' : 'Сотрудник'} ${i}`,
      userId,
      roles: role === 'staff' ? ['staff'] : [role],
      offers,
      wants,
      days,
      from,
      to,
      timezone: zone === ZONE ? null : zone,
    });
    sims.set(userId, { userId, person, role, wants: wants.map((c) => h.topicId(c)), zone, days, from, to, diligence: 0.5 + r.next() * 0.5, active: true, pausedUntil: null, leftAt: null, second: null });
  };
  add(0, 'curator');
  for (let i = 1; i < opts.staff; i++) add(i, i % 4 === 1 ? 'mentor' : i % 5 < 3 ? 'mentee' : 'staff');
  const curator = 'u0';
  const all = [...sims.values()];
  const mentors = () => all.filter((s) => s.role === 'mentor' && s.active);
  const mentees = () => all.filter((s) => s.role === 'mentee' && s.active);
  const simOfPerson = new Map(all.map((s) => [s.person.id, s]));

  // ------------------------------------------------------------------ intents
  const intents: Intent[] = [];
  const later = (who: string, at: number, run: () => Promise<void>) => intents.push({ at, who, run });
  /** The first moment from `at` on when the person is at work (they act in their own hours). */
  const atWork = (s: Sim, at: number) => {
    let t = at;
    for (let i = 0; i < 14 * 48 && !inHours(s, t); i++) t += 30 * MINUTE;
    return t;
  };

  const questions = new Map<number, QuestionTruth>();
  const items = new Map<number, ItemTruth>();
  const sessions = new Map<number, SessionTruth>();
  let survey: YearResult['survey'] = null;
  const seenMessages = new Map<string, number>();
  /** How often each kind of behaviour happened (a simulation that does nothing must not pass). */
  const happened: Record<string, number> = {};
  const count = (what: string) => (happened[what] = (happened[what] ?? 0) + 1);

  /** Reacts to what arrived in each chat since the last look. */
  const react = (now: number) => {
    for (let i = seenMessages.get('*') ?? 0; i < received.length; i++) {
      const { chatId, message } = received[i]!;
      const s = sims.get(chatId) ?? all.find((x) => x.second === chatId);
      if (!s || !s.active) continue;
      const actions = message.buttons.flat().map((b) => b.action ?? '');
      const offer = actions.find((a) => a.startsWith('q.take:'));
      if (offer) {
        const id = Number(offer.split(':')[1]);
        const roll = r.next();
        if (roll < 0.55 * s.diligence + 0.2) {
          later(s.userId, atWork(s, now + r.int(5, 240) * MINUTE), async () => {
            const q = questions.get(id);
            if (!q || q.claimedBy || !s.active || (s.pausedUntil && s.pausedUntil > h.clock.now())) return;
            const out = await h.pressAction(chatId, takeAction.encode(id));
            updates++;
            if (out.ackText?.includes('ваш')) {
              q.claimedBy = s.userId;
              count('taken');
              later(s.userId, h.clock.now() + r.int(5, 120) * MINUTE, async () => act(() => h.say(chatId, `Совет по вопросу ${id}: попробуйте так.`)));
              const asker = sims.get(q.asker)!;
              later(asker.userId, atWork(asker, h.clock.now() + r.int(4, 48) * HOUR), async () => {
                if (!asker.active || q.closed) return;
                await act(() => h.pressAction(asker.userId, solvedAction.encode(id)));
                q.closed = true;
                if (r.chance(0.8)) {
                  const rating = r.int(3, 5);
                  await act(() => h.pressAction(asker.userId, questionRateAction.encode(id, rating)));
                  q.rating = rating;
                  await act(() => h.pressAction(asker.userId, skipThanksAction.encode(id)));
                }
              });
            }
          });
        } else if (roll < 0.8) {
          later(s.userId, atWork(s, now + r.int(5, 180) * MINUTE), async () => {
            if (!s.active) return;
            await act(() => h.pressAction(chatId, declineAction.encode(id)));
            count('declined');
          });
        }
        continue;
      }
      const assign = actions.find((a) => a.startsWith('q.assign:'));
      if (assign && s.userId === curator && r.chance(0.8)) {
        const [, qid, mid] = assign.split(':').map(Number) as [number, number, number];
        later(curator, now + r.int(10, 300) * MINUTE, async () => {
          const q = questions.get(qid);
          const mentor = simOfPerson.get(mid);
          if (!q || q.claimedBy || !mentor?.active) return;
          const out = await h.pressAction(curator, assignAction.encode(qid, mid));
          updates++;
          if (!out.ackText || out.ackText.includes('поручен')) {
            q.claimedBy = mentor.userId;
            count('assigned');
            const asker = sims.get(q.asker)!;
            later(asker.userId, atWork(asker, h.clock.now() + r.int(6, 48) * HOUR), async () => {
              if (!asker.active || q.closed) return;
              await act(() => h.pressAction(asker.userId, solvedAction.encode(qid)));
              q.closed = true;
            });
          }
        });
        continue;
      }
      // Promoted from the waiting list (someone left): the seat is theirs now.
      if (message.text.includes('Освободилось место')) {
        const leave = actions.find((a) => a.startsWith('ses.leave:') || a.startsWith('ses.show:'));
        const t = leave ? sessions.get(Number(leave.split(':')[1])) : undefined;
        if (t) t.seats.add(s.userId);
        else count('promotion without a session button');
      }
      const join = actions.find((a) => a.startsWith('ses.join:'));
      if (join && s.role !== 'curator' && r.chance(0.35)) {
        const id = Number(join.split(':')[1]);
        later(s.userId, atWork(s, now + r.int(10, 600) * MINUTE), async () => {
          const t = sessions.get(id);
          if (!t || !s.active || h.clock.now() >= t.startsAt) return;
          const before = h.messages(chatId).length;
          await act(() => h.pressAction(chatId, joinAction.encode(id)));
          const reply = h.messages(chatId).slice(before).map((m) => m.text).join('\n');
          const ack = reply;
          if (/записаны|вы записаны|Вы записаны/i.test(ack) && !/ожидания/i.test(ack)) t.seats.add(s.userId);
        });
      }
    }
    seenMessages.set('*', received.length);
  };

  // ------------------------------------------------------------------ the year's plan
  // Programmes: in the first weeks the curator pairs mentees with mentors; each plan has six
  // events a month or so apart.
  const newDeps = () => h.app.deps;
  const pairsAt = msk('2026-09-08T11:00');
  later(curator, pairsAt, async () => {
    const ms = mentors();
    const es = mentees().slice(0, Math.max(2, Math.floor(mentees().length * 0.6)));
    db.transaction(() => {
      for (const [k, e] of es.entries()) {
        const m = ms[k % ms.length]!;
        const p = createProgramme(newDeps(), {
          orgId: h.org.id,
          kind: 'traditional',
          mentorId: m.person.id,
          menteeIds: [e.person.id],
          startsOn: '2026-09-08',
          endsOn: '2027-05-31',
          curatorId: sims.get(curator)!.person.id,
          confirmed: true,
          now: h.clock.now(),
        });
        for (let n = 1; n <= 6; n++) {
          const due = DateTime.fromISO('2026-09-20', { zone: ZONE }).plus({ days: (n - 1) * 38 + r.int(0, 20) });
          const dueOn = due.toISODate()!;
          const title = `Мероприятие ${n} пары ${p.id}`;
          const item = addItem(newDeps(), { programmeId: p.id, title, dueOn, responsible: 'mentee', now: h.clock.now() });
          items.set(item.id, { id: item.id, programmeId: p.id, title, dueOn, mentee: e.userId, mentor: m.userId, reportedAt: null, reportedSeq: Infinity, confirmed: false });
        }
      }
    })();
    await h.flush();
    // Each mentee plans when to report each event: early, on the day, late or never.
    for (const it of items.values()) {
      const e = sims.get(it.mentee)!;
      if (r.chance(0.12)) continue;
      const offset = r.int(-12, 9) * DAY + r.int(0, 8) * HOUR;
      const when = atWork(e, Math.max(h.clock.now() + HOUR, DateTime.fromISO(it.dueOn, { zone: ZONE }).toMillis() + offset));
      later(e.userId, when, async () => {
        if (!e.active || it.reportedAt !== null) return;
        const before = h.messages(e.userId).length;
        await act(() => h.pressAction(e.userId, itemDoneAction.encode(it.id)));
        await act(() => h.pressAction(e.userId, noCommentAction.encode(it.id)));
        if (!h.messages(e.userId).slice(before).some((m) => m.text.includes('Наставник проверит'))) return;
        it.reportedAt = h.clock.now();
        it.reportedSeq = before === -1 ? 0 : received.length;
        const m = sims.get(it.mentor)!;
        if (r.chance(0.88)) {
          later(m.userId, atWork(m, h.clock.now() + r.int(1, 72) * HOUR), async () => {
            if (!m.active) return;
            const b = h.messages(m.userId).length;
            await act(() => h.pressAction(m.userId, confirmAction.encode(it.id)));
            if (!h.messages(m.userId).slice(b).some((x) => /не найден|недоступ|устарел/i.test(x.text))) it.confirmed = true;
          });
        }
      });
    }
  });

  // Sessions: every three weeks a mentor hosts a speed-mentoring session for everyone.
  for (let w = 0, t = msk('2026-09-15T15:00'); t < end - 7 * DAY; w++, t += 21 * DAY) {
    const announceAt = t - 6 * DAY;
    later(curator, announceAt, async () => {
      const host = r.pick(mentors());
      const ctx = { deps: newDeps(), org: h.org, notifier: new Notifier(newDeps(), h.org), now: h.clock.now() };
      const startsAt = DateTime.fromMillis(t, { zone: ZONE }).set({ hour: r.pick([14, 15, 16]) }).toMillis();
      const s = db.transaction(() => {
        const created = createSession(ctx, { organiserId: host.person.id, topicId: null, title: `Встреча ${w + 1}`, startsAt, durationMin: 60, placeKind: 'room', place: 'Кабинет 5', seats: 8 });
        announceSession(ctx, created);
        return created;
      })();
      updates++;
      await h.flush();
      const truth: SessionTruth = { id: s.id, host: host.userId, startsAt, endsAt: startsAt + HOUR, seats: new Set(), came: new Set(), absent: new Set(), ratings: new Map() };
      sessions.set(s.id, truth);
      // After the end: some did not come (the host marks them), those who came rate; some who did not try to.
      later(host.userId, startsAt + 2 * HOUR, async () => {
        for (const u of truth.seats) {
          const p = sims.get(u)!;
          if (!p.active) continue;
          if (r.chance(0.2)) truth.absent.add(u);
          else truth.came.add(u);
        }
        if (host.active) for (const u of truth.absent) await act(() => h.pressAction(host.userId, attendanceAction.encode(s.id, sims.get(u)!.person.id)));
        for (const u of [...truth.came, ...truth.absent]) {
          const p = sims.get(u)!;
          const tries = truth.came.has(u) ? 0.7 : 0.4;
          if (!p.active || !r.chance(tries)) continue;
          const rating = r.int(2, 5);
          await act(() => h.pressAction(u, sessionRateAction.encode(s.id, rating)));
          count(truth.came.has(u) ? 'session rated' : 'absent tried to rate');
          if (truth.came.has(u)) truth.ratings.set(u, rating);
        }
        // Anyone who did not come and left the school before the end was never "came".
        for (const u of truth.seats) if (!sims.get(u)!.active) truth.seats.delete(u);
      });
    });
  }

  // Leave and departures: two mentors go on leave for two weeks; in January one mentee and one
  // mentor leave the school (the curator deactivates them).
  for (const [k, when] of [msk('2026-11-09T10:00'), msk('2027-02-08T10:00')].entries()) {
    later(curator, when, async () => {
      const m = mentors()[k * 3 % mentors().length]!;
      const until = DateTime.fromMillis(when, { zone: m.zone }).plus({ days: 14 }).set({ hour: 9, minute: 0 });
      await act(() => h.say(m.userId, `/pause ${until.toFormat('dd.MM.yyyy HH:mm')}`));
      m.pausedUntil = until.toMillis();
      count('leave');
    });
  }
  later(curator, msk('2027-01-18T11:00'), async () => {
    const leaving = [mentees()[0]!, mentors()[mentors().length - 1]!];
    for (const s of leaving) {
      await act(() => h.pressAction(curator, deactivateAction.encode(s.person.id)));
      s.active = false;
      s.leftAt = h.clock.now();
      count('left');
      for (const q of questions.values()) if (q.asker === s.userId && !q.closed) q.closed = false;
    }
  });

  // A mentor links a second chat (another device) in October.
  later(curator, msk('2026-10-05T12:00'), async () => {
    const m = mentors()[1]!;
    await act(() => h.say(m.userId, '/link'));
    const code = /Код для привязки: (\S+)/.exec(h.allText(m.userId).split('---').reverse().join('\n'))?.[1];
    if (!code) return;
    const second = `${m.userId}-tablet`;
    await act(() => h.say(second, `/link ${code}`));
    if (h.allText(second).includes('аккаунты связаны')) {
      m.second = second;
      count('linked');
    }
  });

  // The year-end survey: 12 May to 26 May.
  later(curator, msk('2027-05-12T10:00'), async () => {
    const definition = {
      title: 'Итоги года',
      questions: [
        { id: 'sat', type: 'scale' as const, text: 'Насколько вы удовлетворены наставничеством в этом году?', min: 1, max: 5 },
        { id: 'help', type: 'multi' as const, text: 'Что помогло', options: ['Советы', 'Встречи', 'Программа'] },
        { id: 'stay', type: 'yesno' as const, text: 'Останетесь в профессии?' },
      ],
    };
    const cur = sims.get(curator)!;
    const s = db.transaction(() =>
      launchSurvey(
        { deps: newDeps(), org: h.org, features: h.app.features, now: h.clock.now(), person: cur.person, notifier: new Notifier(newDeps(), h.org) },
        { definition: definition as never, anonymous: false, audience: { kind: 'roles', roles: ['mentee', 'mentor'] }, closesAt: msk('2027-05-26T18:00'), maxReminders: 1 },
      ),
    )();
    updates++;
    await h.flush();
    const audience = all.filter((x) => x.active && (x.role === 'mentee' || x.role === 'mentor'));
    survey = { id: s.id, asked: audience.length, finished: new Set(), started: new Set(), multi: new Map([[0, 0], [1, 0], [2, 0]]), title: 'Итоги года' };
    const sv = survey;
    for (const p of audience) {
      const roll = r.next();
      if (roll > 0.8) continue;
      later(p.userId, atWork(p, h.clock.now() + r.int(1, 200) * HOUR), async () => {
        if (!p.active || h.clock.now() >= msk('2027-05-26T18:00')) return;
        await act(() => h.pressAction(p.userId, startAction.encode(s.id)));
        sv.started.add(p.userId);
        await act(() => h.pressAction(p.userId, answerAction.encode(s.id, 0, r.int(1, 5))));
        if (roll > 0.62) return void count('survey half-way'); // stops half-way
        const ticks = [0, 1, 2].filter(() => r.chance(0.6));
        if (!ticks.length) ticks.push(0);
        for (const k of ticks) await act(() => h.pressAction(p.userId, toggleAction.encode(s.id, 1, k)));
        await act(() => h.pressAction(p.userId, surveyDoneAction.encode(s.id, 1)));
        await act(() => h.pressAction(p.userId, answerAction.encode(s.id, 2, r.chance(0.8) ? 1 : 0)));
        if (h.messages(p.userId).some((m) => /Спасибо|ответы сохранены|записаны/i.test(m.text))) {
          sv.finished.add(p.userId);
          for (const k of ticks) sv.multi.set(k, sv.multi.get(k)! + 1);
        }
      });
    }
  });

  const result: YearResult = { h, sims, received, urgencyOf, questions, items, sessions, survey, curator, end, updates, wallMs: 0, findings: [], happened };
  const checkpoints = [...(opts.checkpoints ?? [])].sort((a, b) => a - b);

  // ------------------------------------------------------------------ the clock
  let month = DateTime.fromMillis(start, { zone: ZONE }).toFormat('yyyy-MM');
  let monthStarted = performance.now();
  for (let now = start; now <= end; now += step) {
    h.clock.set(now);
    h.app.scheduler.tick();
    await h.flush();
    react(now);
    // Questions: each mentee asks now and then, in their own hours.
    for (const e of mentees()) {
      if (!inHours(e, now) || !r.chance((0.045 * step) / (8 * HOUR))) continue;
      const before = h.messages(e.userId).length;
      await act(() => h.say(e.userId, '/ask'));
      await act(() => h.say(e.userId, `Вопрос от ${e.userId}: как быть с ситуацией ${r.int(1, 999)}?`));
      // Mostly in a topic they want to learn; now and then in another one (perhaps nobody's).
      const topicId = e.wants.length && r.chance(0.85) ? r.pick(e.wants) : r.int(1, topics.length);
      await act(() => h.pressAction(e.userId, `q.topic:${topicId}`));
      await act(() => h.press(e.userId, text('question-send')));
      const sent = h.messages(e.userId).slice(before).map((m) => /Вопрос №(\d+) отправлен/.exec(m.text)?.[1] ?? /Вопрос №(\d+)/.exec(m.text)?.[1]).find(Boolean);
      if (sent) questions.set(Number(sent), { id: Number(sent), asker: e.userId, askedAt: now, claimedBy: null, escalated: false, closed: false, rating: null });
    }
    // Intents due now, in time order.
    intents.sort((a, b) => a.at - b.at);
    while (intents.length && intents[0]!.at <= now) {
      const it = intents.shift()!;
      await it.run();
    }
    react(now);
    while (checkpoints.length && checkpoints[0]! <= now) {
      checkpoints.shift();
      result.survey = survey;
      for (const q of questions.values()) q.escalated = (db.prepare(`SELECT 1 FROM question_events WHERE question_id = ? AND kind = 'escalated'`).get(q.id) ?? null) !== null;
      await checkFigures(result, (invariant, detail) => result.findings.push({ invariant: `${invariant} (${dateIn(now)})`, detail }));
    }
    const m = DateTime.fromMillis(now, { zone: ZONE }).toFormat('yyyy-MM');
    if (m !== month) {
      opts.onMonth?.(month, performance.now() - monthStarted);
      month = m;
      monthStarted = performance.now();
    }
  }
  opts.onMonth?.(month, performance.now() - monthStarted);
  for (const q of questions.values()) {
    q.escalated = (db.prepare(`SELECT 1 FROM question_events WHERE question_id = ? AND kind = 'escalated'`).get(q.id) ?? null) !== null;
  }
  Notifier.prototype.toPerson = original;
  return Object.assign(result, { survey, updates, wallMs: performance.now() - started });
}

// ==================================================================== checks

export interface Finding {
  invariant: string;
  detail: string;
}

const STAGE_RANK = (line: string): { rank: number; days?: number } | null => {
  const before = /осталс?я? ?(\d+)|осталось (\d+)/.exec(line);
  if (/срок сегодня/.test(line)) return { rank: 100 };
  if (/срок прошёл/.test(line)) return { rank: 200 };
  if (before) {
    const days = Number(before[1] ?? before[2]);
    return { rank: 100 - days, days };
  }
  return null;
};

/** Every invariant of the issue, against the simulation's own ground truth. */
export async function checkYear(y: YearResult): Promise<{ findings: Finding[]; figures: Record<string, unknown> }> {
  const { h, sims } = y;
  const findings: Finding[] = [];
  const fail = (invariant: string, detail: string) => findings.length < 200 && findings.push({ invariant, detail });
  const owner = (chatId: string) => sims.get(chatId) ?? [...sims.values()].find((s) => s.second === chatId);

  // 1. Nobody is pinged outside their contact days and hours unless the message may cut through.
  const respects = new Set(['ping', 'reminder', 'bulk']);
  let checked = 0;
  for (const m of y.received) {
    const s = owner(m.chatId);
    if (!s || m.message.key === undefined) continue;
    const u = y.urgencyOf.get(m.message.key);
    if (!u || !respects.has(u.urgency)) continue;
    checked++;
    if (!inHours(s, m.at)) fail('contact hours', `${s.userId} got a ${u.urgency} at ${DateTime.fromMillis(m.at, { zone: s.zone }).toFormat('ccc dd.MM HH:mm')}: ${m.message.text.slice(0, 60)}`);
    if (s.leftAt !== null && m.at > s.leftAt) fail('departures', `${s.userId} left the school and still got: ${m.message.text.slice(0, 60)}`);
  }

  // 2. Every question claimed or escalated; none offered twice to one person; none to someone on leave.
  const offersSeen = new Map<string, number>();
  for (const m of y.received) {
    const take = m.message.buttons.flat().find((b) => b.action?.startsWith('q.take:'));
    if (!take) continue;
    const s = owner(m.chatId);
    if (!s) continue;
    const key = `${take.action}|${s.userId}`;
    offersSeen.set(key, (offersSeen.get(key) ?? 0) + 1);
    if (s.pausedUntil !== null && m.at < s.pausedUntil && m.at > s.pausedUntil - 14 * DAY) fail('leave', `${s.userId} on leave got an offer ${take.action}`);
  }
  for (const [key, n] of offersSeen) if (n > 1) fail('offered twice', `${key} ×${n}`);
  // A question asked on the last day may still wait for mentors' contact hours (or the next working day) when the year ends.
  const lastAsked = y.end - DAY;
  for (const q of y.questions.values()) {
    if (q.askedAt > lastAsked) continue;
    if (!q.claimedBy && !q.escalated) fail('question lost', `№${q.id} by ${q.asker}, asked ${new Date(q.askedAt).toISOString()}`);
  }

  // 3. Plan reminders: in order, not stale, none after the item was reported.
  const itemByTitle = new Map([...y.items.values()].map((i) => [i.title, i]));
  const lastRank = new Map<number, number>();
  let reminderLines = 0;
  for (const [seq, m] of y.received.entries()) {
    if (!m.message.text.includes('Напоминание по плану')) continue;
    const s = owner(m.chatId);
    if (!s || s.role !== 'mentee') continue;
    const today = dateIn(m.at);
    for (const line of m.message.text.split('\n')) {
      const title = /«([^»]+)»/.exec(line)?.[1];
      const it = title ? itemByTitle.get(title) : undefined;
      if (!it) continue;
      reminderLines++;
      const stage = STAGE_RANK(line);
      if (!stage) continue;
      if (it.reportedAt !== null && seq >= it.reportedSeq) fail('reminder after done', `${title} reminded ${today}, reported ${dateIn(it.reportedAt)}`);
      if (stage.days !== undefined) {
        const left = Math.round(DateTime.fromISO(it.dueOn, { zone: 'UTC' }).diff(DateTime.fromISO(today, { zone: 'UTC' }), 'days').days);
        if (left !== stage.days) fail('stale reminder', `${title}: says ${stage.days} days left on ${today}, due ${it.dueOn}`);
      }
      if (stage.rank === 100 && today !== it.dueOn) fail('stale reminder', `${title}: «срок сегодня» on ${today}, due ${it.dueOn}`);
      if (stage.rank === 200 && today <= it.dueOn) fail('stale reminder', `${title}: «срок прошёл» on ${today}, due ${it.dueOn}`);
      const prev = lastRank.get(it.id) ?? -Infinity;
      if (stage.rank <= prev) fail('reminders out of order', `${title}: stage ${stage.rank} after ${prev} on ${today}`);
      lastRank.set(it.id, stage.rank);
    }
  }

  // 4. Texts that depend on time are true when they arrive: a session's reminder names its real day and time.
  const sessionByTitle = new Map([...y.sessions.values()].map((s, i) => [`Встреча ${i + 1}`, s]));
  for (const m of y.received) {
    const said = /Напоминание: встреча (\d+ \S+) в (\d\d:\d\d)/.exec(m.message.text);
    if (!said) continue;
    const s = owner(m.chatId);
    const title = /Встреча \d+/.exec(m.message.text.split('\n').slice(1).join('\n'))?.[0];
    const session = title ? sessionByTitle.get(title) : undefined;
    if (!s || !session) continue;
    const real = DateTime.fromMillis(session.startsAt, { zone: s.zone }).setLocale('ru-RU');
    if (said[1] !== real.toFormat('d MMMM') || said[2] !== real.toFormat('HH:mm')) fail('time-dependent text', `${s.userId} read «${said[0]}» for ${real.toISO()}`);
    if (m.at >= session.startsAt) fail('time-dependent text', `${s.userId} got the day-before reminder of ${title} after it started`);
  }

  const figures = await checkFigures(y, fail);
  return { findings: [...y.findings, ...findings], figures: { ...figures, remindersChecked: reminderLines, hoursChecked: checked, ...y.happened } };
}

/** Every figure the curator sees (/report and its workbook, /programmes, /surveys) against the truth, now. */
export async function checkFigures(y: YearResult, fail: (invariant: string, detail: string) => void): Promise<Record<string, unknown>> {
  const { h } = y;
  // 4. Figures: the truth, computed here.
  const now = h.clock.now();
  const dayAfter = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).plus({ days: 1 }).toMillis();
  const byProgramme = new Map<number, { total: number; onTime: number; late: number; awaiting: number; overdue: number; upcoming: number }>();
  for (const it of y.items.values()) {
    const c = byProgramme.get(it.programmeId) ?? { total: 0, onTime: 0, late: 0, awaiting: 0, overdue: 0, upcoming: 0 };
    c.total++;
    if (it.reportedAt !== null && it.confirmed) it.reportedAt < dayAfter(it.dueOn) ? c.onTime++ : c.late++;
    else if (it.reportedAt !== null) c.awaiting++;
    else now >= dayAfter(it.dueOn) ? c.overdue++ : c.upcoming++;
    byProgramme.set(it.programmeId, c);
  }
  // A programme whose mentee left ended then: the product leaves it out of /programmes (ended), keeps it in the report.
  const total = [...byProgramme.values()].reduce((a, c) => ({ total: a.total + c.total, onTime: a.onTime + c.onTime }), { total: 0, onTime: 0 });
  const held = [...y.sessions.values()].filter((s) => s.startsAt < now);
  const came = new Set(held.flatMap((s) => [...s.came]));
  const pairs = new Set(held.flatMap((s) => [...s.came].map((u) => `${s.host}:${u}`)));
  const ratings = held.flatMap((s) => [...s.ratings.values()]);
  const average = ratings.length ? (ratings.reduce((a, b) => a + b, 0) / ratings.length).toFixed(1) : '—';
  const asked = y.questions.size;
  const closed = [...y.questions.values()].filter((q) => q.closed).length;
  const figures = { programmes: byProgramme.size, items: total.total, onTime: total.onTime, sessionsHeld: held.length, people: came.size, pairs: pairs.size, average, asked, closed, surveyFinished: y.survey?.finished.size ?? 0, surveyAsked: y.survey?.asked ?? 0 };

  const cur = y.curator;
  const n0 = h.messages(cur).length;
  // The year the curator asks about is the school year of now (September to August).
  await h.say(cur, '/report');
  const summary = h.messages(cur).slice(n0).map((m) => m.text).join('\n');
  const expectIn = (what: string, text: string, needle: string) => {
    if (!text.includes(needle)) fail(`figures: ${what}`, `expected «${needle}» in:\n${text.slice(0, 1500)}`);
  };
  // Counts are written as Russian writes them (1 386, with a no-break space).
  const n = (x: number) => new Intl.NumberFormat('ru-RU').format(x);
  expectIn('/report programmes', summary, `Программ: ${n(byProgramme.size)};`);
  expectIn('/report plan events', summary, `мероприятий выполнено в срок: ${n(total.onTime)} из ${n(total.total)}`);
  expectIn('/report sessions', summary, `Встреч: ${n(held.length)}, участников: ${n(came.size)}, разных пар «ведущий — участник»: ${n(pairs.size)}. Средняя оценка: ${average.replace('.', ',').replace(/,0$/, '')}.`);
  expectIn('/report questions', summary, `Вопросов задано: ${n(asked)}, решено: ${n(closed)}`);
  if (y.survey) expectIn('/report surveys', summary, `«${y.survey.title}» (`);
  if (y.survey) expectIn('/report surveys', summary, `): ответили ${n(y.survey.finished.size)} из ${n(y.survey.asked)}`);

  // The workbook's programmes sheet, row by row.
  await fileWorker(h.app.deps).run();
  await h.flush();
  const file = [...h.messages(cur)].reverse().find((m) => m.file?.name.endsWith('.xlsx'))?.file;
  if (!file) fail('figures: report file', 'no XLSX');
  else {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const rows = (wb.getWorksheet('Программы наставничества')!.getSheetValues().filter(Boolean) as unknown[][]).map((row) => row.slice(1));
    const header = rows.find((row) => row[0] === '№') as string[];
    const col = (row: unknown[], name: string) => row[header.indexOf(name)];
    for (const [id, c] of byProgramme) {
      const row = rows.find((x) => x[0] === id);
      if (!row) {
        fail('figures: report file', `programme ${id} missing`);
        continue;
      }
      const got = ['Мероприятий', 'В срок', 'С опозданием', 'Ждут подтверждения', 'Просрочено', 'Впереди'].map((k) => col(row, k));
      const want = [c.total, c.onTime, c.late, c.awaiting, c.overdue, c.upcoming];
      if (JSON.stringify(got) !== JSON.stringify(want)) fail('figures: report file', `programme ${id}: ${JSON.stringify(got)} ≠ truth ${JSON.stringify(want)}`);
    }
    const sheet = (wb.getWorksheet('Скоростное наставничество')!.getSheetValues().filter(Boolean) as unknown[][]).map((row) => row.slice(1));
    const sh = sheet.find((row) => row[0] === 'Дата') as string[];
    for (const s of y.sessions.values()) {
      const row = sheet.find((x) => x[sh.indexOf('Встреча')] === `Встреча ${[...y.sessions.keys()].indexOf(s.id) + 1}`);
      if (!row) continue;
      const status = row[sh.indexOf('Статус')];
      const want = s.startsAt < now ? 'состоялась' : 'впереди';
      if (status !== want) fail('figures: sessions sheet', `session ${s.id}: ${String(status)} ≠ ${want}`);
      if (s.startsAt < now && row[sh.indexOf('Пришли')] !== s.came.size) fail('figures: sessions sheet', `session ${s.id} came ${String(row[sh.indexOf('Пришли')])} ≠ ${s.came.size}`);
    }
  }

  // /programmes: each active programme's progress line.
  const n1 = h.messages(cur).length;
  await h.say(cur, '/programmes');
  const list = h.messages(cur).slice(n1).map((m) => m.text).join('\n');
  const blocks = list.split(/\n\n/);
  for (const [id, c] of byProgramme) {
    const block = blocks.find((b) => b.includes(`№${id} `) || b.includes(`№${id}:`) || b.includes(`№${id}\n`) || new RegExp(`№${id}\\b`).test(b));
    if (!block) continue; // ended (the mentee left)
    expectIn(`/programmes №${id}`, block, `В срок: ${c.onTime} · с опозданием: ${c.late} · на проверке: ${c.awaiting} · просрочено: ${c.overdue} · впереди: ${c.upcoming}`);
  }

  // /surveys results: respondents and multiple-choice percentages of respondents.
  if (y.survey) {
    const n2 = h.messages(cur).length;
    await h.say(cur, '/surveys');
    const card = [...h.messages(cur).slice(n2)].reverse().find((m) => m.buttons.flat().some((b) => b.label === text('surveys-results-button')));
    if (card) {
      await h.press(cur, text('surveys-results-button'), card.id);
      const reply = h.lastText(cur);
      const f = y.survey.finished.size;
      expectIn('/surveys respondents', reply, `учтено ответов — ${f}`);
      for (const [k, label] of ['Советы', 'Встречи', 'Программа'].entries()) {
        const c = y.survey.multi.get(k)!;
        expectIn('/surveys multi', reply, `${label}: ${c} (${f ? Math.round((100 * c) / f) : 0}%)`);
      }
    } else fail('/surveys', 'no card with results');
  }

  // /questions: what each mentor took.
  const taken = new Map<string, number>();
  for (const q of y.questions.values()) if (q.claimedBy) taken.set(q.claimedBy, (taken.get(q.claimedBy) ?? 0) + 1);
  const n3 = h.messages(cur).length;
  await h.say(cur, '/questions');
  const overview = h.messages(cur).slice(n3).map((m) => m.text).join('\n');
  const more = Number(/…и ещё (\d+)/.exec(overview)?.[1] ?? 0);
  let unlisted = 0;
  for (const [u, n] of taken) {
    const name = y.sims.get(u)!.person.fullName;
    if (more && !overview.includes(`• ${name}:`)) {
      unlisted++;
      continue;
    }
    if (!new RegExp(`• ${name}: ${n} ·`).test(overview)) fail('/questions', `${name} took ${n}: ${overview.split('\n').find((l) => l.includes(`${name}:`)) ?? 'not listed'}`);
  }
  if (unlisted > more) fail('/questions', `${unlisted} mentors who took questions are not listed, «ещё ${more}» says`);
  return figures;
}
