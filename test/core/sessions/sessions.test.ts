/**
 * Speed mentoring through the local adapter with a fake clock: a mentor creates a session in the
 * chat, the audience is invited, seats fill, the waiting list forms and moves up, reminders come
 * at the right local times, and the session ends with feedback.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { DAY, HOUR, MINUTE } from '../../../src/clock.js';
import { pendingJob } from '../../../src/core/kernel/jobs/jobs.js';
import { announceSession, createSession } from '../../../src/core/sessions/organising.js';
import { signUpPerson } from '../../../src/core/sessions/sign-up.js';
import { countInState, getSession, placeOf } from '../../../src/core/sessions/session.js';
import { Notifier } from '../../../src/core/kernel/contact/notifier.js';
import { createHarness, type Harness } from '../../support/harness.js';
import { said, text } from '../../support/said.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

const msk = (iso: string) => DateTime.fromISO(iso, { zone: 'Europe/Moscow' }).toMillis();

async function cast() {
  h = await createHarness();
  const curator = h.addPerson({ name: 'Ольга Куратор', roles: ['curator'], userId: 'olga' });
  const mentor = h.addPerson({ name: 'Марина Наставник', roles: ['mentor'], userId: 'marina' });
  const anna = h.addPerson({ name: 'Анна', roles: ['mentee'], userId: 'anna' });
  const boris = h.addPerson({ name: 'Борис', roles: ['mentee'], userId: 'boris' });
  const vera = h.addPerson({ name: 'Вера', roles: ['mentee'], userId: 'vera' });
  return { curator, mentor, anna, boris, vera };
}

/** A session straight through the service, as the demo and other features do. */
function seed(hostId: number, startsAt: number, seats = 2) {
  const ctx = { deps: h.app.deps, org: h.org, notifier: new Notifier(h.app.deps, h.org), now: h.clock.now() };
  return h.db.transaction(() =>
    createSession(ctx, { organiserId: hostId, topicId: h.topicId('parents'), title: 'Разговор с родителями', startsAt, durationMin: 60, placeKind: 'room', place: 'Кабинет 12', seats }),
  )();
}

function signUp(sessionId: number, personId: number) {
  const ctx = { deps: h.app.deps, org: h.org, notifier: new Notifier(h.app.deps, h.org), now: h.clock.now() };
  return h.db.transaction(() => signUpPerson(ctx, sessionId, personId))();
}

describe('creating a session in the chat', () => {
  it('walks topic → title → date → duration → place → seats → audience → confirm, then invites the audience', async () => {
    const { anna } = await cast();
    await h.say('marina', '/session_new');
    expect(h.lastText('marina')).toMatch(said('session-form-topic'));
    await h.press('marina', 'Интерактивные и цифровые технологии');
    await h.say('marina', 'Интерактивная доска за 15 минут');
    await h.say('marina', 'Покажу три приёма для урока');
    await h.press('marina', text('session-host-me'));
    await h.say('marina', '25.12 15:00');
    expect(h.lastText('marina')).toContain('25 декабря в 15:00');
    await h.press('marina', text('session-yes'));
    await h.press('marina', text('session-minutes', { count: 60 }));
    await h.press('marina', text('session-kind-room'));
    await h.say('marina', 'Кабинет 12');
    await h.say('marina', '3');
    await h.press('marina', text('session-audience-all'));
    expect(h.lastText('marina')).toContain('Интерактивная доска за 15 минут');
    await h.press('marina', text('session-create'));
    expect(h.lastText('marina')).toMatch(said('session-created'));
    expect(h.lastText('marina')).toContain(text('session-created', { count: 4 }));
    // The invitation reaches everyone else with a sign-up button.
    expect(h.allText('anna')).toMatch(said('session-announce'));
    await h.press('anna', text('session-join'));
    expect(h.allText('anna')).toContain(text('session-joined'));
    const ics = h.messages('anna').find((m) => m.file?.name.endsWith('.ics'));
    expect(ics?.file?.bytes.toString()).toContain('DTSTART:20261225T120000Z');
    const row = h.db.prepare('SELECT id FROM sessions').get() as { id: number };
    expect(placeOf(h.db, row.id, anna.id)?.state).toBe('seat');
  });

  it('answers bad input clearly and keeps the step: 31.02, the past, no date, zero or negative seats, a link that is not a link', async () => {
    await cast();
    await h.say('marina', '/session_new');
    await h.press('marina', 'Интерактивные и цифровые технологии');
    await h.say('marina', 'Доска');
    await h.press('marina', text('session-skip'));
    await h.press('marina', text('session-host-guest'));
    await h.say('marina', 'Иван Петров, методист');
    await h.say('marina', '31.02 10:00');
    expect(h.lastText('marina')).toMatch(said('session-when-impossible'));
    await h.say('marina', '20.11.2026 10:00');
    expect(h.lastText('marina')).toMatch(said('session-when-past'));
    await h.say('marina', 'когда-нибудь потом');
    expect(h.lastText('marina')).toMatch(said('session-when-unparsed'));
    await h.say('marina', '15:00');
    expect(h.lastText('marina')).toMatch(said('session-when-assumed'));
    expect(h.lastText('marina')).toContain('сегодня в 15:00');
    await h.press('marina', text('session-yes'));
    await h.press('marina', text('session-minutes', { count: 45 }));
    await h.press('marina', text('session-kind-online'));
    await h.say('marina', 'zoom где-то там');
    expect(h.lastText('marina')).toContain(text('session-link-bad'));
    await h.say('marina', 'https://meet.example.org/abc');
    await h.say('marina', '0');
    expect(h.lastText('marina')).toContain(text('session-seats-bad', { max: 500 }));
    await h.say('marina', '-3');
    expect(h.lastText('marina')).toContain(text('session-seats-bad', { max: 500 }));
    await h.say('marina', '2');
    expect(h.lastText('marina')).toMatch(said('session-form-audience'));
    await h.press('marina', text('session-audience-mentees'));
    expect(h.lastText('marina')).toMatch(said('session-form-summary'));
    expect(h.lastText('marina')).toContain('Иван Петров, методист');
    // A button of an earlier step is stale now and changes nothing.
    const ack = await h.pressAction('marina', 'ses.fdur:60');
    expect(ack.ackText).toBe(text('common-stale-button'));
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM sessions').get()).toEqual({ n: 0 });
    // The summary waited past the start it names: a new time is asked, the rest is kept.
    h.clock.set(msk('2026-11-23T15:10'));
    await h.press('marina', text('session-create'));
    expect(h.lastText('marina')).toMatch(said('session-when-past'));
    await h.say('marina', 'завтра в 15:30');
    await h.press('marina', text('session-yes'));
    expect(h.lastText('marina')).toMatch(said('session-form-summary'));
    expect(h.lastText('marina')).toContain('завтра в 15:30');
    await h.press('marina', text('session-create'));
    expect(h.db.prepare('SELECT guest_name, place_kind, seats FROM sessions').get()).toEqual({ guest_name: 'Иван Петров, методист', place_kind: 'online', seats: 2 });
  });

  it('a mentee cannot create a session; a mentor double-booked is warned and may proceed', async () => {
    const { mentor } = await cast();
    await h.say('anna', '/session_new');
    expect(h.lastText('anna')).toContain(text('common-not-allowed'));
    seed(mentor.id, msk('2026-11-25T15:00'));
    await h.say('marina', '/session_new');
    await h.press('marina', 'Интерактивные и цифровые технологии');
    await h.say('marina', 'Вторая');
    await h.press('marina', text('session-skip'));
    await h.press('marina', text('session-host-me'));
    await h.say('marina', '25.11 15:30');
    await h.press('marina', text('session-yes'));
    await h.press('marina', text('session-minutes', { count: 30 }));
    await h.press('marina', text('session-kind-room'));
    await h.say('marina', 'Зал');
    await h.say('marina', '5');
    await h.press('marina', text('session-audience-mentees'));
    expect(h.lastText('marina')).toMatch(said('session-clash'));
    expect(h.lastText('marina')).toContain('Разговор с родителями');
    await h.press('marina', text('session-create'));
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM sessions').get()).toEqual({ n: 2 });
  });
  it('invites chosen people by name: unknown and ambiguous names are said, only the chosen get the invitation', async () => {
    const { anna, boris } = await cast();
    await h.say('marina', '/session_new');
    await h.press('marina', 'Интерактивные и цифровые технологии');
    await h.say('marina', 'Для двоих');
    await h.press('marina', text('session-skip'));
    await h.press('marina', text('session-host-me'));
    await h.say('marina', 'в пятницу 16:00');
    expect(h.lastText('marina')).toContain('в пятницу, 27 ноября, в 16:00');
    await h.press('marina', text('session-yes'));
    await h.press('marina', text('session-minutes', { count: 30 }));
    await h.press('marina', text('session-kind-room'));
    await h.say('marina', 'Кабинет 3');
    await h.say('marina', '4');
    await h.press('marina', text('session-audience-people'));
    await h.say('marina', 'Анна, Никто, о');
    expect(h.lastText('marina')).toContain(text('session-invitees-found', { names: 'Анна' }));
    expect(h.lastText('marina')).toContain(text('session-invitee-unknown', { name: 'Никто' }));
    expect(h.lastText('marina')).toContain(text('session-invitee-ambiguous', { name: 'о', count: 2 }));
    await h.say('marina', 'бор');
    expect(h.lastText('marina')).toMatch(said('session-form-summary'));
    expect(h.lastText('marina')).toContain('Анна, Борис');
    await h.press('marina', text('session-create'));
    expect(h.lastText('marina')).toContain(text('session-created', { count: 2 }));
    expect(h.allText('anna')).toMatch(said('session-announce'));
    expect(h.allText('boris')).toMatch(said('session-announce'));
    expect(h.allText('vera')).not.toMatch(said('session-announce'));
    const id = (h.db.prepare('SELECT id FROM sessions').get() as { id: number }).id;
    expect(h.db.prepare('SELECT person_id FROM session_invitees WHERE session_id = ? ORDER BY person_id').all(id)).toEqual(
      [anna.id, boris.id].sort((a, b) => a - b).map((person_id) => ({ person_id })),
    );
  });
});

describe('seats and the waiting list', () => {
  it('fills the seats, puts the next on the waiting list, and promotes them when someone cancels', async () => {
    const { mentor, anna, boris, vera } = await cast();
    const s = seed(mentor.id, msk('2026-11-27T15:00'), 2);
    for (const who of ['anna', 'boris', 'vera']) await h.pressAction(who, `ses.join:${s.id}`);
    expect(h.allText('vera')).toContain(text('session-waiting', { title: 'Разговор с родителями', position: 1 }));
    expect(countInState(h.db, s.id, 'seat')).toBe(2);
    // Double sign-up: a clear answer, nothing changes.
    const again = await h.pressAction('anna', `ses.join:${s.id}`);
    expect(again.ackText).toBe(text('session-already-seat'));
    const againWaiting = await h.pressAction('vera', `ses.join:${s.id}`);
    expect(againWaiting.ackText).toBe(text('session-already-waiting', { position: 1 }));
    expect(countInState(h.db, s.id, 'seat')).toBe(2);
    expect(countInState(h.db, s.id, 'waiting')).toBe(1);

    await h.pressAction('anna', `ses.leave:${s.id}`);
    expect(h.lastText('anna')).toContain(text('session-left-seat', { title: 'Разговор с родителями' }));
    expect(placeOf(h.db, s.id, vera.id)?.state).toBe('seat');
    expect(h.allText('vera')).toContain(text('session-promoted'));
    expect(placeOf(h.db, s.id, anna.id)?.state).toBe('left');
    expect(placeOf(h.db, s.id, boris.id)?.state).toBe('seat');
    // Cancelling twice: nothing to cancel, a clear answer.
    const twice = await h.pressAction('anna', `ses.leave:${s.id}`);
    expect(twice.ackText).toBe(text('session-not-joined'));
  });

  it('the last seat taken by two people at the same moment: one gets it, the other the waiting list', async () => {
    const { mentor, anna, boris } = await cast();
    const s = seed(mentor.id, msk('2026-11-27T15:00'), 1);
    await Promise.all([h.local.pressAction('anna', `ses.join:${s.id}`), h.local.pressAction('boris', `ses.join:${s.id}`)]);
    await h.flush();
    const states = [placeOf(h.db, s.id, anna.id)!.state, placeOf(h.db, s.id, boris.id)!.state].sort();
    expect(states).toEqual(['seat', 'waiting']);
  });

  it('stale and forged buttons get a clear answer and change nothing', async () => {
    const { mentor } = await cast();
    const s = seed(mentor.id, msk('2026-11-27T15:00'), 1);
    expect((await h.pressAction('anna', 'ses.join:99999')).ackText).toBe(text('session-not-found'));
    expect((await h.pressAction('anna', 'ses.join:abc')).ackText).toBe(text('common-stale-button'));
    expect((await h.pressAction('marina', `ses.join:${s.id}`)).ackText).toBe(text('session-own'));
    // Someone who is not the host or a curator cannot cancel or see the list.
    expect((await h.pressAction('anna', `ses.cancelok:${s.id}`)).ackText).toBe(text('common-not-allowed'));
    expect((await h.pressAction('anna', `ses.people:${s.id}`)).ackText).toBe(text('common-not-allowed'));
    expect(getSession(h.db, h.org.id, s.id)?.status).toBe('scheduled');
    // A stranger (no account) is not a member.
    expect((await h.pressAction('stranger', `ses.join:${s.id}`)).ackText).toBeTruthy();
    // After the start, sign-up is closed.
    h.clock.set(msk('2026-11-27T15:05'));
    expect((await h.pressAction('anna', `ses.join:${s.id}`)).ackText).toBe(text('session-started'));
    expect(countInState(h.db, s.id, 'seat')).toBe(0);
  });

  it('a participant deactivated, unreachable or forgetting themselves gives their seat to the next in line', async () => {
    const { mentor, anna, boris, vera, curator } = await cast();
    const dina = h.addPerson({ name: 'Дина', roles: ['mentee'], userId: 'dina' });
    const s = seed(mentor.id, msk('2026-11-27T15:00'), 1);
    for (const who of ['anna', 'boris', 'vera', 'dina']) await h.pressAction(who, `ses.join:${s.id}`);
    expect(placeOf(h.db, s.id, anna.id)?.state).toBe('seat');

    await h.pressAction('olga', `ppl.off:${anna.id}`);
    expect(placeOf(h.db, s.id, anna.id)?.state).toBe('left');
    expect(placeOf(h.db, s.id, boris.id)?.state).toBe('seat');
    expect(h.allText('boris')).toContain(text('session-promoted'));

    // Boris has blocked the bot: the next message to him fails, his seat goes to Vera.
    h.local.block('boris');
    // The next message to Boris goes through the outbox and discovers the block.
    const ctx = { deps: h.app.deps, org: h.org, notifier: new Notifier(h.app.deps, h.org), now: h.clock.now() };
    h.db.transaction(() => ctx.notifier.toPerson(boris.id, () => ({ text: 'x' }), { urgency: 'reply' }))();
    await h.flush();
    expect(placeOf(h.db, s.id, boris.id)?.state).toBe('left');
    expect(placeOf(h.db, s.id, vera.id)?.state).toBe('seat');

    await h.say('vera', '/forget');
    await h.press('vera', text('privacy-forget-yes'));
    expect(placeOf(h.db, s.id, vera.id)?.state).toBe('left');
    expect(placeOf(h.db, s.id, dina.id)?.state).toBe('seat');
    expect(countInState(h.db, s.id, 'seat')).toBe(1);
    expect(h.allText('dina')).toContain(text('session-promoted'));
    void curator;
  });
});

describe('reminders', () => {
  it('the day-before reminder waits for contact hours; the hour-before one cuts through; another time zone reads its own clock', async () => {
    const { mentor, anna } = await cast();
    const dina = h.addPerson({ name: 'Дина', roles: ['mentee'], userId: 'dina', timezone: 'Asia/Yekaterinburg' });
    // Wednesday 25 November, 08:30 in Moscow.
    const s = seed(mentor.id, msk('2026-11-25T08:30'), 5);
    signUp(s.id, anna.id);
    signUp(s.id, dina.id);
    await h.flush();
    const before = (u: string) => h.messages(u).length;
    const annaBefore = before('anna');

    // Tuesday 08:30 Moscow: Anna's hours start at 09:00; Dina (10:30 in Yekaterinburg) is within hers.
    await h.advance(msk('2026-11-24T08:30') - h.clock.now());
    expect(h.messages('anna').length).toBe(annaBefore);
    // Said in absolute terms, in each person's zone (a held reminder must not say «завтра» on the day).
    expect(h.lastText('dina')).toContain(text('session-remind-day', { when: '25 ноября в 10:30' }));
    expect(h.lastText('dina')).toContain('в среду, 25 ноября, в 10:30');
    await h.advance(30 * MINUTE);
    expect(h.lastText('anna')).toContain(text('session-remind-day', { when: '25 ноября в 8:30' }));
    expect(h.lastText('anna')).toContain('в среду, 25 ноября, в 8:30');

    // Wednesday 07:30 Moscow, before Anna's hours: she asked for this time, it comes at once.
    await h.advance(msk('2026-11-25T07:30') - h.clock.now());
    expect(h.lastText('anna')).toContain(text('session-remind-hour', { time: '08:30' }));
    expect(h.lastText('marina')).toMatch(said('session-remind-hour'));
  });

  it('a day-before reminder that contact hours would push past the start is skipped; the hour-before one still comes', async () => {
    const { mentor, anna } = await cast();
    // Monday 30 November 08:30: the day before is Sunday, not a contact day.
    const s = seed(mentor.id, msk('2026-11-30T08:30'), 5);
    signUp(s.id, anna.id);
    await h.advance(msk('2026-11-30T07:45') - h.clock.now());
    expect(h.allText('anna')).not.toMatch(said('session-remind-day'));
    expect(h.lastText('anna')).toMatch(said('session-remind-hour'));
    expect(h.db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE person_id = ? AND status = 'pending'`).get(anna.id)).toEqual({ n: 0 });
  });

  it('reminders are job rows: they survive a restart and fire once', async () => {
    const dir = mkdtempSync(`${tmpdir()}/ses-`);
    const dbPath = `${dir}/bot.db`;
    h = await createHarness({ dbPath });
    const mentor = h.addPerson({ name: 'Марина', roles: ['mentor'], userId: 'marina' });
    const anna = h.addPerson({ name: 'Анна', roles: ['mentee'], userId: 'anna' });
    const s = seed(mentor.id, msk('2026-11-26T15:00'), 3);
    signUp(s.id, anna.id);
    expect(pendingJob(h.db, `session:${s.id}:remind24`)).not.toBeNull();
    const now = h.clock.now();
    await h.close();

    h = await createHarness({ dbPath, now });
    expect(pendingJob(h.db, `session:${s.id}:remind1`)?.dueAt).toBe(msk('2026-11-26T14:00'));
    await h.advance(msk('2026-11-25T15:00') - h.clock.now());
    expect(h.lastText('anna')).toMatch(said('session-remind-day'));
    await h.advance(msk('2026-11-26T14:00') - h.clock.now());
    await h.tick();
    const texts = h.messages('anna').map((m) => m.text);
    expect(texts.filter((t) => said('session-remind-day').test(t))).toHaveLength(1);
    expect(texts.filter((t) => said('session-remind-hour').test(t))).toHaveLength(1);
  });
});

describe('cancellation and the end of a session', () => {
  it('the host cancels: everyone with a seat or waiting is told once; its reminders never fire', async () => {
    const { mentor } = await cast();
    const s = seed(mentor.id, msk('2026-11-27T15:00'), 1);
    await h.pressAction('anna', `ses.join:${s.id}`);
    await h.pressAction('boris', `ses.join:${s.id}`);
    await h.pressAction('marina', `ses.cancel:${s.id}`);
    expect(h.lastText('marina')).toMatch(said('session-cancel-confirm'));
    await h.press('marina', text('session-cancel-yes'));
    expect(h.lastText('marina')).toContain(text('session-cancelled-done', { title: 'Разговор с родителями' }));
    // More than a day ahead, during contact hours: told at once.
    expect(h.lastText('anna')).toMatch(said('session-cancelled-notice'));
    expect(h.lastText('boris')).toMatch(said('session-cancelled-notice'));
    expect(pendingJob(h.db, `session:${s.id}:remind24`)).toBeNull();
    // The invitation itself now says cancelled and has no sign-up button.
    const s2 = seed(mentor.id, msk('2026-11-28T15:00'), 1);
    h.db.transaction(() => announceSession({ deps: h.app.deps, org: h.org, notifier: new Notifier(h.app.deps, h.org), now: h.clock.now() }, s2))();
    await h.flush();
    const invitation = h.messages('vera').find((m) => said('session-announce').test(m.text))!;
    expect(invitation.buttons.flat().map((b) => b.label)).toContain(text('session-join'));
    await h.pressAction('marina', `ses.cancelok:${s2.id}`);
    expect(invitation.text).toContain(text('session-status-cancelled'));
    expect(invitation.buttons.flat()).toHaveLength(0);
    // Pressing the old confirmation again changes nothing and sends nothing twice.
    const again = await h.pressAction('marina', `ses.cancelok:${s.id}`);
    expect(again.ackText).toBe(text('session-is-cancelled'));
    expect((await h.pressAction('vera', `ses.join:${s.id}`)).ackText).toBe(text('session-is-cancelled'));
    await h.advance(5 * DAY);
    expect(h.messages('anna').filter((m) => said('session-cancelled-notice').test(m.text))).toHaveLength(1);
    expect(h.allText('anna')).not.toMatch(said('session-remind-day'));
  });

  it('after the end: attendance for the host, ratings and takeaways from participants, the summary for the host and curator', async () => {
    const { mentor, anna, boris } = await cast();
    const s = seed(mentor.id, msk('2026-11-24T11:00'), 3);
    signUp(s.id, anna.id);
    signUp(s.id, boris.id);
    await h.advance(msk('2026-11-24T12:00') - h.clock.now());
    expect(h.lastText('anna')).toContain(text('session-feedback-ask', { title: 'Разговор с родителями' }));
    expect(h.lastText('marina')).toContain(text('session-attendance-ask', { title: 'Разговор с родителями' }));
    await h.press('marina', 'Борис');
    expect(placeOf(h.db, s.id, boris.id)?.attended).toBe(false);
    await h.press('anna', '5');
    expect(h.lastText('anna')).toContain(text('session-feedback-takeaway'));
    await h.say('anna', 'Начну собрания с хороших новостей');
    expect(h.lastText('anna')).toContain(text('session-feedback-thanks'));
    await h.pressAction('olga', `ses.people:${s.id}`);
    expect(h.lastText('olga')).toContain(text('session-feedback-summary', { count: 1, average: 5 }));
    expect(h.lastText('olga')).toContain('Начну собрания с хороших новостей');
    // A person without a seat cannot rate.
    expect((await h.pressAction('vera', `ses.rate:${s.id}:1`)).ackText).toBe(text('session-feedback-not-yours'));

    const feature = h.app.features.find((f) => f.name === 'sessions')!;
    const [section] = feature.yearReport!(h.app.deps, h.org.id, { from: msk('2026-09-01T00:00'), to: msk('2027-06-01T00:00') }, 'ru');
    expect(section!.rows).toHaveLength(1);
    expect(section!.summary[0]).toMatch(said('session-report-summary'));
    expect(section!.summary[0]).toBe(text('session-report-summary', { held: 1, people: 1, pairs: 1, average: 5 }));
    expect(feature.audiences![0]!.members(h.app.deps, h.org.id, s.id).sort()).toEqual([anna.id, boris.id].sort());
    expect(feature.audiences![0]!.choices(h.app.deps, h.org.id, 'ru')[0]!.label).toContain('Разговор с родителями');
    const exported = feature.privacy!.exportFor!(h.app.deps, anna.id) as { places: { takeaway: string }[] };
    expect(exported.places[0]!.takeaway).toContain('хороших новостей');

    // A day later the host and the curator get the summary, once.
    await h.advance(DAY);
    await h.advance(DAY);
    for (const reader of ['marina', 'olga']) {
      const summaries = h.messages(reader).filter((m) => said('session-summary-intro').test(m.text));
      expect(summaries).toHaveLength(1);
      expect(summaries[0]!.text).toContain('Начну собрания с хороших новостей');
    }

    // Forgetting removes Anna's words but keeps her rating, unnamed, for the year's figures.
    await h.say('anna', '/forget');
    await h.press('anna', text('privacy-forget-yes'));
    expect(placeOf(h.db, s.id, anna.id)).toMatchObject({ rating: 5, takeaway: null });
  });

  it('the same pair meeting again is allowed, and the host and curator see it', async () => {
    const { mentor, anna } = await cast();
    const first = seed(mentor.id, msk('2026-11-24T11:00'), 3);
    signUp(first.id, anna.id);
    await h.advance(msk('2026-11-24T12:30') - h.clock.now());
    const second = seed(mentor.id, msk('2026-11-26T11:00'), 3);
    await h.pressAction('anna', `ses.join:${second.id}`);
    expect(placeOf(h.db, second.id, anna.id)?.state).toBe('seat');
    await h.pressAction('olga', `ses.people:${second.id}`);
    expect(h.lastText('olga')).toContain('Анна 🔁');
    expect(h.lastText('olga')).toMatch(said('session-people-repeat'));
    await h.advance(msk('2026-11-27T12:30') - h.clock.now());
    const feature = h.app.features.find((f) => f.name === 'sessions')!;
    const [section] = feature.yearReport!(h.app.deps, h.org.id, { from: msk('2026-09-01T00:00'), to: msk('2027-06-01T00:00') }, 'ru');
    expect(section!.summary.join('\n')).toContain(text('session-report-repeated', { count: 1 }));
  });

  it('lists: /sessions shows free seats, /my_sessions a person\'s own, a card shows their place', async () => {
    const { mentor } = await cast();
    const s = seed(mentor.id, msk('2026-11-27T15:00'), 1);
    await h.say('anna', '/sessions');
    expect(h.last('anna').buttons.flat()[0]!.label).toContain(text('session-free-mark', { count: 1 }));
    await h.press('anna', 'Разговор с');
    await h.press('anna', text('session-join'));
    await h.pressAction('boris', `ses.join:${s.id}`);
    await h.say('boris', '/my_sessions');
    expect(h.last('boris').buttons.flat()[0]!.label).toContain('⏳1');
    await h.pressAction('boris', `ses.show:${s.id}`);
    expect(h.lastText('boris')).toContain(text('session-you-wait', { position: 1 }));
    await h.say('marina', '/my_sessions');
    expect(h.last('marina').buttons.flat()[0]!.label).toContain('🎤');
    void HOUR;
  });
});

describe('moving a session and writing to its people', () => {
  it('a move re-plans reminders (the old ones never fire), asks seat holders to confirm or free the seat, tells the waiting list', async () => {
    const { mentor, anna, boris, vera } = await cast();
    const s = seed(mentor.id, msk('2026-11-26T15:00'), 2);
    for (const who of ['anna', 'boris', 'vera']) await h.pressAction(who, `ses.join:${s.id}`);
    await h.pressAction('marina', `ses.move:${s.id}`);
    expect(h.lastText('marina')).toContain(text('session-move-when', { title: 'Разговор с родителями', when: 'в четверг, 26 ноября, в 15:00' }));
    await h.say('marina', '31.02 10:00');
    expect(h.lastText('marina')).toMatch(said('session-when-impossible'));
    await h.say('marina', '03.12 11:00');
    await h.press('marina', text('session-move-yes'));
    expect(h.lastText('marina')).toContain(text('session-moved-done', { title: 'Разговор с родителями', when: '3 декабря в 11:00' }));
    expect(getSession(h.db, h.org.id, s.id)?.startsAt).toBe(msk('2026-12-03T11:00'));
    expect(h.lastText('anna')).toContain(text('session-moved-seat', { from: 'в четверг, 26 ноября, в 15:00', to: '3 декабря в 11:00' }));
    expect(h.lastText('vera')).toContain(text('session-moved-waiting', { title: 'Разговор с родителями', to: '3 декабря в 11:00' }));
    expect(pendingJob(h.db, `session:${s.id}:remind24`)?.dueAt).toBe(msk('2026-12-02T11:00'));
    // Anna confirms; Boris cannot come and frees his seat for Vera.
    await h.press('anna', text('session-coming'));
    expect(h.lastText('anna')).toMatch(said('session-coming-done'));
    await h.press('boris', text('session-leave'));
    expect(placeOf(h.db, s.id, boris.id)?.state).toBe('left');
    expect(placeOf(h.db, s.id, vera.id)?.state).toBe('seat');
    // The old times pass: nothing fires; the new ones do, once.
    await h.advance(msk('2026-11-26T16:00') - h.clock.now());
    expect(h.allText('anna')).not.toMatch(said('session-remind-day'));
    expect(h.allText('anna')).not.toMatch(said('session-feedback-ask'));
    await h.advance(msk('2026-12-02T11:00') - h.clock.now());
    await h.advance(msk('2026-12-03T10:00') - h.clock.now());
    expect(h.messages('anna').filter((m) => said('session-remind-hour').test(m.text))).toHaveLength(1);
    expect(h.messages('anna').filter((m) => said('session-remind-day').test(m.text))).toHaveLength(1);
    // A stale move confirmation changes nothing.
    expect((await h.pressAction('marina', `ses.movego:${s.id}:1`)).ackText).toBe(text('common-stale-button'));
    expect(getSession(h.db, h.org.id, s.id)?.startsAt).toBe(msk('2026-12-03T11:00'));
    void anna;
  });

  it('the host writes to everyone with a seat; someone else cannot', async () => {
    const { mentor } = await cast();
    const s = seed(mentor.id, msk('2026-11-27T15:00'), 1);
    await h.pressAction('anna', `ses.join:${s.id}`);
    await h.pressAction('boris', `ses.join:${s.id}`);
    await h.pressAction('marina', `ses.msg:${s.id}`);
    await h.say('marina', 'Возьмите с собой планы уроков');
    expect(h.lastText('marina')).toContain(text('session-message-sent', { count: 1 }));
    expect(h.lastText('anna')).toContain('Возьмите с собой планы уроков');
    expect(h.allText('boris')).not.toContain('Возьмите с собой');
    expect((await h.pressAction('anna', `ses.msg:${s.id}`)).ackText).toBe(text('common-not-allowed'));
  });

  it('a host deactivated: their upcoming sessions are cancelled and their people told', async () => {
    const { mentor } = await cast();
    const s = seed(mentor.id, msk('2026-11-27T15:00'), 2);
    await h.pressAction('anna', `ses.join:${s.id}`);
    await h.pressAction('olga', `ppl.off:${mentor.id}`);
    expect(getSession(h.db, h.org.id, s.id)?.status).toBe('cancelled');
    expect(h.lastText('anna')).toMatch(said('session-cancelled-notice'));
    expect(pendingJob(h.db, `session:${s.id}:end`)).toBeNull();
  });
});
