import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { accountsOf, findAccount, getPerson } from '../../../src/core/kernel/persons/person.js';
import { codesOf } from '../../../src/core/linking/link-codes.js';
import { linkingFeature } from '../../../src/core/linking/feature.js';
import { said, text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

/** The code from the last "/link" answer. */
function codeIn(text: string): string {
  const m = /\/link ([A-Z0-9]{8})/.exec(text);
  if (!m) throw new Error(`no code in: ${text}`);
  return m[1]!;
}

async function setup() {
  h = await createHarness();
  const anna = h.addPerson({ name: 'Анна Иванова', roles: ['mentor', 'curator'], userId: 'anna' });
  await h.say('anna', '/link');
  return { anna, code: codeIn(h.lastText('anna')) };
}

describe('account linking', () => {
  it('a code from one messenger joins the other account to the same person', async () => {
    const { anna, code } = await setup();
    expect(h.lastText('anna')).toBe(text('linking-code', { code, minutes: 15 }));

    await h.say('anna-vk', `/link ${code.toLowerCase().slice(0, 4)}-${code.toLowerCase().slice(4)}`);
    const joined = findAccount(h.db, 'local', 'anna-vk')!;
    expect(joined.personId).toBe(anna.id);
    expect(accountsOf(h.db, anna.id).map((a) => a.userId)).toEqual(['anna', 'anna-vk']);
    expect(h.allText('anna-vk')).toContain(text('linking-done', { name: 'Анна Иванова' }));
    expect(h.last('anna-vk').menu?.flat()).toContain(text('menu-profile'));
    expect(h.lastText('anna')).toBe(text('linking-done-other', { platform: text('platform-in', { platform: 'local' }) }));
    expect(codesOf(h.db, anna.id)[0]).toMatchObject({ usedByAccountId: joined.id });

    // The same profile from the new account.
    await h.say('anna-vk', '/profile');
    expect(h.lastText('anna-vk')).toContain('Анна Иванова');
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM persons').get()).toEqual({ n: 1 });
  });

  it('the person chooses where the bot writes first; a forged choice is refused', async () => {
    const { anna, code } = await setup();
    await h.say('anna-vk', `/link ${code}`);
    expect(getPerson(h.db, anna.id)!.preferredAccountId).toBe(findAccount(h.db, 'local', 'anna')!.id);
    const choice = h.messages('anna-vk').find((m) => m.buttons.length > 0)!;
    const here = text('platform-name', { platform: 'local' });
    expect(choice.buttons.flat().map((b) => b.label)).toEqual([`✅ ${here} anna`, `${here} anna-vk`]);

    await h.press('anna-vk', `${here} anna-vk`);
    const vkAccount = findAccount(h.db, 'local', 'anna-vk')!;
    expect(getPerson(h.db, anna.id)!.preferredAccountId).toBe(vkAccount.id);
    expect(h.lastText('anna-vk')).toBe(text('linking-preferred-set', { platform: text('platform-in', { platform: 'local' }) }));

    // Someone else's account id in the payload: refused, nothing changes.
    const boris = h.addPerson({ name: 'Борис', userId: 'boris' });
    const borisAccount = findAccount(h.db, 'local', 'boris')!;
    const ack = await h.pressAction('anna', `link.pref:${borisAccount.id}`);
    expect(ack.ackText).toBe(text('common-stale-button'));
    expect(getPerson(h.db, anna.id)!.preferredAccountId).toBe(vkAccount.id);
    expect(getPerson(h.db, boris.id)!.preferredAccountId).toBe(borisAccount.id);

    // /link again lists both accounts and marks the preferred one.
    await h.say('anna', '/link');
    expect(h.lastText('anna')).toContain(`• ${here} anna-vk ${text('linking-preferred-mark')}`);
  });

  it('refuses a code used twice', async () => {
    const { code } = await setup();
    await h.say('anna-vk', `/link ${code}`);
    await h.say('stranger', `/link ${code}`);
    expect(h.lastText('stranger')).toBe(text('linking-code-used'));
    expect(findAccount(h.db, 'local', 'stranger')).toBeNull();
    // The owner sending it again from the linked account is told all is well.
    await h.say('anna-vk', `/link ${code}`);
    expect(h.lastText('anna-vk')).toBe(text('linking-already-yours'));
  });

  it('refuses an expired code, and a code replaced by a newer one', async () => {
    const { code } = await setup();
    await h.advance(15 * 60_000 + 1);
    await h.say('anna-vk', `/link ${code}`);
    expect(h.lastText('anna-vk')).toBe(text('linking-code-expired', { minutes: 15 }));
    expect(findAccount(h.db, 'local', 'anna-vk')).toBeNull();

    await h.say('anna', '/link');
    const second = codeIn(h.lastText('anna'));
    await h.say('anna', '/link');
    const third = codeIn(h.lastText('anna'));
    expect(third).not.toBe(second);
    await h.say('anna-vk', `/link ${second}`);
    expect(h.lastText('anna-vk')).toBe(text('linking-code-expired', { minutes: 15 }));
    await h.say('anna-vk', `/link ${third}`);
    expect(h.allText('anna-vk')).toMatch(said('linking-done'));
  });

  it('refuses to link an account that has its own profile, and merges nothing', async () => {
    const { anna, code } = await setup();
    const boris = h.addPerson({ name: 'Борис Смирнов', userId: 'boris' });
    await h.say('boris', `/link ${code}`);
    expect(h.lastText('boris')).toBe(text('linking-own-profile', { name: 'Борис Смирнов' }));
    expect(findAccount(h.db, 'local', 'boris')!.personId).toBe(boris.id);
    expect(accountsOf(h.db, anna.id)).toHaveLength(1);
    // The code was not spent: Anna can still use it.
    expect(codesOf(h.db, anna.id)[0]!.usedAt).toBeNull();
    await h.say('anna-vk', `/link ${code}`);
    expect(findAccount(h.db, 'local', 'anna-vk')!.personId).toBe(anna.id);
  });

  it('a person half-way through onboarding elsewhere is also refused', async () => {
    const { code } = await setup();
    await h.say('anna', '/start');
    h.addPerson({ name: 'x', userId: 'tmp' });
    h.db.prepare("UPDATE persons SET status = 'onboarding', full_name = '' WHERE id = (SELECT person_id FROM accounts WHERE user_id = 'tmp')").run();
    await h.say('tmp', `/link ${code}`);
    expect(h.lastText('tmp')).toBe(text('linking-own-profile', { name: text('linking-unnamed') }));
  });

  it('a stranger in the middle of entering an invitation can link instead', async () => {
    const { anna, code } = await setup();
    await h.say('anna', '/invite mentee 1 7');
    const invite = /\/start (\w+)/.exec(h.lastText('anna'))![1]!;
    await h.say('anna-vk', `/start ${invite}`);
    expect(h.last('anna-vk').buttons.flat().map((b) => b.label)).toContain(text('onboarding-consent-yes'));
    await h.say('anna-vk', `/link ${code}`);
    expect(findAccount(h.db, 'local', 'anna-vk')!.personId).toBe(anna.id);
    expect(h.db.prepare("SELECT COUNT(*) AS n FROM dialogs WHERE channel = 'local:anna-vk'").get()).toEqual({ n: 0 });
  });

  it('slows down guessing: after 5 wrong codes even a right one waits 15 minutes', async () => {
    const { anna } = await setup();
    for (let i = 0; i < 5; i++) {
      await h.say('guesser', `/link AAAA${i}BBB`);
      expect(h.lastText('guesser')).toBe(text('linking-code-unknown'));
    }
    await h.say('anna', '/link');
    const code = codeIn(h.lastText('anna'));
    await h.say('guesser', `/link ${code}`);
    expect(h.lastText('guesser')).toMatch(said('linking-too-many'));
    expect(findAccount(h.db, 'local', 'guesser')).toBeNull();
    await h.advance(15 * 60_000 - 60_000);
    await h.say('anna', '/link');
    const fresh = codeIn(h.lastText('anna'));
    await h.advance(60_000 + 1);
    await h.say('guesser', `/link ${fresh}`);
    expect(findAccount(h.db, 'local', 'guesser')!.personId).toBe(anna.id);
  });

  it('explains itself to a stranger and to someone not yet registered', async () => {
    h = await createHarness();
    await h.say('nobody', '/link');
    expect(h.lastText('nobody')).toBe(text('linking-how'));
    h.addPerson({ name: 'Вера', userId: 'vera' });
    h.db.prepare("UPDATE persons SET status = 'onboarding'").run();
    await h.say('vera', '/link');
    expect(h.lastText('vera')).toBe(text('linking-not-active'));
  });

  it('speaks English to an English-speaking person', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Kate', userId: 'kate', language: 'en' });
    await h.say('kate', '/link');
    expect(h.lastText('kate')).toContain('works once and for 15 minutes');
    const code = codeIn(h.lastText('kate'));
    await h.say('kate2', `/link ${code}`);
    expect(h.allText('kate2')).toContain('the accounts are linked');
  });

  it('exports and forgets its codes', async () => {
    const { anna } = await setup();
    const deps = h.app.deps;
    expect((linkingFeature.privacy!.exportFor!(deps, anna.id).linkCodes as unknown[]).length).toBe(1);
    linkingFeature.privacy!.forget!(deps, anna.id, h.clock.now());
    expect(codesOf(h.db, anna.id)).toEqual([]);
  });
});
