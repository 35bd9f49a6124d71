import { FakeClock, HOUR } from '../../src/clock.js';
import { openDatabase } from '../../src/db/database.js';
import { silentLogger } from '../../src/log.js';
import { App } from '../../src/app/app.js';
import { LocalAdapter } from '../../src/adapters/local/local-adapter.js';
import { Notifier } from '../../src/core/kernel/contact/notifier.js';
import { createPerson, updatePerson } from '../../src/core/kernel/persons/person.js';
import { createSession } from '../../src/core/sessions/organising.js';
import { joinAction } from '../../src/core/sessions/buttons.js';
import { countInState } from '../../src/core/sessions/session.js';
import type { BenchResult, BenchScenario, BenchFile } from '../types.js';

/**
 * A rush for seats: 600 staff press "Sign up" for a 40-seat session, through the router (one
 * transaction per press, outbox rows included). Figures: presses handled per second, and the
 * seats taken (never more than the seats there are).
 */
export const sessionsScenario: BenchScenario = {
  name: 'sessions',
  async run(): Promise<BenchResult[]> {
    const db = openDatabase(':memory:');
    const clock = new FakeClock(Date.UTC(2026, 10, 23, 7, 0));
    const local = new LocalAdapter();
    const app = new App({
      db,
      clock,
      log: silentLogger(),
      settings: { organisationName: 'Bench', defaultTimezone: 'Europe/Moscow', defaultLanguage: 'ru' },
      adapters: [local],
    });
    await local.start(app.router.handle);
    const people = 600;
    const seats = 40;
    const ids: number[] = [];
    db.transaction(() => {
      for (let i = 0; i < people + 1; i++) {
        const { person } = createPerson(db, {
          organisationId: app.org.id,
          language: 'ru',
          roles: [i === 0 ? 'mentor' : 'mentee'],
          consentAt: 0,
          now: clock.now(),
          fullName: `P${i}`,
          account: { platform: 'local', userId: `u${i}`, chatId: `u${i}` },
        });
        updatePerson(db, person.id, { status: 'active' }, clock.now());
        ids.push(person.id);
      }
    })();
    const ctx = { deps: app.deps, org: app.org, notifier: new Notifier(app.deps, app.org), now: clock.now() };
    const session = db.transaction(() =>
      createSession(ctx, { organiserId: ids[0]!, topicId: null, title: 'Bench', startsAt: clock.now() + 48 * HOUR, durationMin: 60, placeKind: 'room', place: '1', seats }),
    )();
    const data = joinAction.encode(session.id);
    const started = performance.now();
    await Promise.all(Array.from({ length: people }, (_, i) => local.pressAction(`u${i + 1}`, data)));
    const seconds = (performance.now() - started) / 1000;
    const taken = countInState(db, session.id, 'seat');
    const waiting = countInState(db, session.id, 'waiting');
    await app.dispatcher.stop();
    db.close();
    const rate = people / seconds;
    return [
      { id: 'S1', name: 'sign-up presses handled per second (router + transaction + outbox)', figure: Math.round(rate), unit: 'presses/s', goal: '≥ 200', met: rate >= 200, people, seats },
      { id: 'S2', name: 'seats taken in a rush of 600 for 40 seats', figure: taken, unit: 'seats', goal: `= ${seats}`, met: taken === seats && waiting === people - seats, waiting },
    ];
  },
};

/** This file's part of `npm run bench` (found by scenarios/index.ts), and where it runs in the order. */
export const bench: BenchFile = { order: 50, scenarios: [sessionsScenario] };
