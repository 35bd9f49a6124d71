import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { getPerson, primaryAccount, primaryAccounts, setAccountReachable, updatePerson } from '../../../src/core/kernel/persons/person.js';

let h: Harness;
afterEach(async () => h?.close());

/** The reminder sweep loads everyone's primary account in one query; it must pick as primaryAccount does. */
describe('primary accounts of many people', () => {
  it('picks the preferred reachable account, else the first reachable one, else none', async () => {
    h = await createHarness();
    const addAccount = (personId: number, platform: 'local' | 'vk', userId: string) =>
      Number(
        h.db
          .prepare('INSERT INTO accounts (organisation_id, person_id, platform, user_id, chat_id, created_at) VALUES (?, ?, ?, ?, ?, 0)')
          .run(h.app.org.id, personId, platform, userId, userId).lastInsertRowid,
      );
    const one = h.addPerson({ name: 'One', userId: 'one' });
    const two = h.addPerson({ name: 'Two', userId: 'two' });
    addAccount(two.id, 'vk', 'two-vk');
    const preferVk = h.addPerson({ name: 'Three', userId: 'three' });
    updatePerson(h.db, preferVk.id, { preferredAccountId: addAccount(preferVk.id, 'vk', 'three-vk') }, 0);
    const vkGone = h.addPerson({ name: 'Four', userId: 'four' });
    updatePerson(h.db, vkGone.id, { preferredAccountId: addAccount(vkGone.id, 'vk', 'four-vk') }, 0);
    setAccountReachable(h.db, 'vk', 'four-vk', false);
    const blocked = h.addPerson({ name: 'Five', userId: 'five' });
    setAccountReachable(h.db, 'local', 'five', false);

    const people = [one, two, preferVk, vkGone, blocked].map((p) => getPerson(h.db, p.id)!);
    const got = primaryAccounts(h.db, people);
    for (const p of people) expect(got.get(p.id) ?? null).toEqual(primaryAccount(h.db, p));
    expect(got.get(preferVk.id)!.chatId).toBe('three-vk');
    expect(got.get(vkGone.id)!.chatId).toBe('four');
    expect(got.get(two.id)!.chatId).toBe('two');
    expect(got.has(blocked.id)).toBe(false);
  });
});
