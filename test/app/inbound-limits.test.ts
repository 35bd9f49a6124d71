import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../support/harness.js';
import { findAccount } from '../../src/core/kernel/persons/person.js';
import { createInvitation } from '../../src/core/people/invitations.js';
import type { Incoming } from '../../src/messaging/types.js';
import { said, text } from '../support/said.js';

/**
 * What one sender may cost, through the router with the default limits: a member's flood is
 * slowed, a stranger gets a bounded number of answers an hour, wrong codes lead to a cool-down,
 * each told once in the person's language; bad input is refused without a crash.
 */

let h: Harness;
afterEach(async () => h?.close());

const outboxTo = (chatId: string) => (h.db.prepare('SELECT COUNT(*) AS n FROM outbox WHERE chat_id = ?').get(chatId) as { n: number }).n;

async function withMember(name: string, language: 'ru' | 'en' = 'ru') {
  h = await createHarness();
  h.addPerson({ name, roles: ['mentee'], userId: 'member', language });
}

describe('inbound limits', () => {
  it('a stranger gets 20 answers an hour, then one notice, then silence until the hour is over', async () => {
    h = await createHarness();
    for (let i = 0; i < 100; i++) await h.say('stranger', `привет ${i}`);
    const got = h.messages('stranger');
    expect(got).toHaveLength(21);
    expect(got.slice(0, 20).every((m) => said('common-not-member').test(m.text))).toBe(true);
    expect(got[20]!.text).toBe(text('limits-stranger-quota', { count: 20 }));
    await h.advance(60 * 60_000);
    await h.say('stranger', 'снова привет');
    expect(h.messages('stranger')).toHaveLength(22);
  });

  it("a member's flood is slowed: 30 updates a minute are answered, the rest of that minute skipped with one notice in their language", async () => {
    await withMember('Mary Smith', 'en');
    for (let i = 0; i < 45; i++) await h.say('member', '/help');
    const got = h.messages('member');
    expect(got).toHaveLength(31);
    expect(got[30]!.text).toBe(text('limits-slow-down', undefined, 'en'));
    await h.advance(60_000);
    await h.say('member', '/help');
    expect(h.messages('member')).toHaveLength(32);
  });

  it('only text shaped like a code is taken as one: a stranger\'s word is not looked up or counted', async () => {
    h = await createHarness();
    await h.say('stranger', 'hello123');
    await h.say('stranger', 'Здравствуйте');
    expect(h.lastText('stranger')).toMatch(said('common-not-member'));
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM code_attempts').get()).toEqual({ n: 0 });
  });

  it('wrong invitation codes: after 5, even a right one waits out the cool-down; told once', async () => {
    h = await createHarness();
    const curator = h.addPerson({ name: 'Анна', roles: ['curator'] });
    const invitation = createInvitation(h.db, { organisationId: h.org.id, role: 'mentee', createdBy: curator.id, maxUses: 5, days: 7, now: h.clock.now() });
    for (let i = 0; i < 5; i++) {
      await h.say('guesser', `abcdefghjk${i + 2}${i + 2}`);
      expect(h.lastText('guesser')).toContain(text('onboarding-invitation-unknown'));
    }
    const before = h.messages('guesser').length;
    await h.say('guesser', invitation.code);
    expect(h.lastText('guesser')).toBe(text('codes-cooldown', { minutes: 15 }));
    await h.say('guesser', `/start ${invitation.code}`);
    await h.say('guesser', '/link ABCDEFGH');
    expect(h.messages('guesser')).toHaveLength(before + 1);
    await h.advance(15 * 60_000);
    await h.say('guesser', `/start ${invitation.code}`);
    expect(h.last('guesser').buttons.flat().map((b) => b.label)).toContain(text('onboarding-consent-yes'));
  });

  it('wrong link codes and invitation codes are counted together per account', async () => {
    h = await createHarness();
    for (let i = 0; i < 3; i++) await h.say('guesser', `/link AAAA${i}BBB`);
    for (let i = 0; i < 2; i++) await h.say('guesser', `abcdefghjk${i + 2}${i + 2}`);
    await h.say('guesser', '/link ABCDEFGH');
    expect(h.lastText('guesser')).toMatch(said('linking-too-many'));
  });
});

describe('bad input', () => {
  const update = (over: Partial<Incoming['from']>, n: number): Incoming => ({
    kind: 'command',
    command: 'help',
    args: '',
    updateId: `bad-${n}`,
    from: { platform: 'local', userId: 'odd', chatId: 'odd', chatType: 'private', ...over },
  });

  it('a language hint that is not a string is no hint: the update is answered in the default language', async () => {
    h = await createHarness();
    await h.app.router.handle(update({ languageCode: 42 as unknown as string }, 1));
    await h.flush();
    expect(h.lastText('odd')).toMatch(said('help-title'));
  });

  it('updates for chat "0" or "undefined" queue nothing', async () => {
    h = await createHarness();
    await h.app.router.handle(update({ chatId: '0', userId: '0' }, 2));
    await h.app.router.handle(update({ chatId: 'undefined', userId: 'undefined' }, 3));
    await h.app.router.handle(update({ chatId: '', userId: 'x' }, 4));
    expect(outboxTo('0') + outboxTo('undefined') + outboxTo('')).toBe(0);
    expect(h.app.router.gate.dropped.noChat).toBe(3);
  });
});
