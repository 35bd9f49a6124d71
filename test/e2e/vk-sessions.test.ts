/**
 * Speed mentoring on VK: the real vk-io adapter against the fake VK API. A mentor on the local
 * adapter hosts; two VK mentees sign up with callback buttons (one seat, one waiting); the first
 * turns out unreachable (VK error 901) and the second is moved up and told on VK.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { Notifier } from '../../src/core/kernel/contact/notifier.js';
import { announceSession, createSession } from '../../src/core/sessions/organising.js';
import { placeOf } from '../../src/core/sessions/session.js';
import { createVkHarness, type VkHarness } from '../support/vk-harness.js';
import { said, text } from '../support/said.js';

const OLGA = 3301;
const PETR = 3302;
let v: VkHarness;

beforeEach(async () => {
  v = await createVkHarness();
});
afterEach(async () => {
  await v.close();
});

describe('speed mentoring on VK', () => {
  it('sign-up and the waiting list by callback buttons; an unreachable participant frees the seat', async () => {
    const { h, fake } = v;
    const mentor = h.addPerson({ name: 'Марина', roles: ['mentor'], userId: 'marina' });
    const olga = h.addPerson({ name: 'Ольга', roles: ['mentee'], platform: 'vk', userId: String(OLGA) });
    const petr = h.addPerson({ name: 'Пётр', roles: ['mentee'], platform: 'vk', userId: String(PETR) });
    const ctx = { deps: h.app.deps, org: h.org, notifier: new Notifier(h.app.deps, h.org), now: h.clock.now() };
    const startsAt = DateTime.fromISO('2026-11-27T15:00', { zone: 'Europe/Moscow' }).toMillis();
    const s = h.db.transaction(() => {
      const created = createSession(ctx, { organiserId: mentor.id, topicId: h.topicId('parents'), title: 'Трудный разговор', startsAt, durationMin: 45, placeKind: 'room', place: 'Кабинет 5', seats: 1 });
      announceSession(ctx, created);
      return created;
    })();
    await h.flush();
    expect(v.texts(OLGA).join('\n')).toMatch(said('session-announce'));

    const snackbar = await v.press(OLGA, text('session-join'));
    expect(snackbar).toBe(text('session-joined-ack'));
    expect(placeOf(h.db, s.id, olga.id)?.state).toBe('seat');
    const waiting = await v.press(PETR, text('session-join'));
    expect(waiting).toBe(text('session-waiting-ack', { position: 1 }));
    expect(v.lastText(PETR)).toBe(text('session-waiting', { title: 'Трудный разговор', position: 1 }));
    // Olga cancels: Petr is moved up.
    await v.press(OLGA, text('session-leave'));
    expect(placeOf(h.db, s.id, olga.id)?.state).toBe('left');
    expect(placeOf(h.db, s.id, petr.id)?.state).toBe('seat');
    expect(v.texts(PETR).join('\n')).toMatch(said('session-promoted'));

    // Olga signs up again and waits; Petr's VK stops accepting messages (901): his seat goes to her.
    await v.press(OLGA, text('session-join'));
    expect(placeOf(h.db, s.id, olga.id)?.state).toBe('waiting');
    fake.failPeer(PETR, 901);
    h.db.transaction(() => ctx.notifier.toPerson(petr.id, () => ({ text: 'ping' }), { urgency: 'reply' }))();
    await h.flush();
    expect(placeOf(h.db, s.id, petr.id)?.state).toBe('left');
    expect(placeOf(h.db, s.id, olga.id)?.state).toBe('seat');
    expect(v.texts(OLGA).join('\n')).toMatch(said('session-promoted'));
  });
});
