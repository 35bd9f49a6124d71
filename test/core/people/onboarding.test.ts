import { afterEach, describe, expect, it } from 'vitest';
import { BOOTSTRAP, createHarness, type Harness } from '../../support/harness.js';
import { findAccount, getPerson, personTopicIds } from '../../../src/core/kernel/persons/person.js';
import { said, text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

describe('onboarding', () => {
  it('the bootstrap code makes the first person administrator and curator, then stops working', async () => {
    h = await createHarness();
    await h.onboard('anna', BOOTSTRAP, { name: 'Анна Петровна Иванова', offers: ['parents'], wants: ['digital_tools'] });
    const account = findAccount(h.db, 'local', 'anna')!;
    const anna = getPerson(h.db, account.personId)!;
    expect(anna.status).toBe('active');
    expect(anna.roles.sort()).toEqual(['admin', 'curator']);
    expect(anna.fullName).toBe('Анна Петровна Иванова');
    expect(personTopicIds(h.db, anna.id, 'offers')).toEqual([h.topicId('parents')]);
    expect(personTopicIds(h.db, anna.id, 'wants')).toEqual([h.topicId('digital_tools')]);
    expect(h.lastText('anna')).toContain('Анна Петровна Иванова');
    expect(h.last('anna').menu?.flat()).toContain(text('menu-profile'));

    await h.say('boris', `/start ${BOOTSTRAP}`);
    expect(h.lastText('boris')).toContain(text('onboarding-bootstrap-used'));
    expect(findAccount(h.db, 'local', 'boris')).toBeNull();
  });

  it('refusing consent stores nothing', async () => {
    h = await createHarness();
    await h.say('anna', `/start ${BOOTSTRAP}`);
    await h.press('anna', text('onboarding-consent-no'));
    expect(h.lastText('anna')).toContain(text('onboarding-consent-declined'));
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM persons').get()).toEqual({ n: 0 });
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM dialogs').get()).toEqual({ n: 0 });
  });

  it('an invitation brings a mentor in; unknown, revoked and used-up codes get clear answers', async () => {
    h = await createHarness();
    await h.onboard('anna', BOOTSTRAP, { name: 'Анна Иванова' });
    await h.say('anna', '/invite mentor 1 7');
    const code = /\/start (\w+)/.exec(h.lastText('anna'))![1]!;
    expect(h.lastText('anna')).toContain(`https://t.me/nastavnik_test_bot?start=${code}`);

    await h.onboard('boris', code, { name: 'Борис Смирнов', offers: ['special_needs'] });
    const boris = getPerson(h.db, findAccount(h.db, 'local', 'boris')!.personId)!;
    expect(boris.roles).toEqual(['mentor']);
    expect(boris.status).toBe('active');

    await h.say('clara', `/start ${code}`);
    expect(h.lastText('clara')).toContain(text('onboarding-invitation-used-up'));
    await h.say('clara', '/start nosuchcode');
    expect(h.lastText('clara')).toContain(text('onboarding-invitation-unknown'));

    await h.say('anna', '/invite mentee 5 1');
    const code2 = /\/start (\w+)/.exec(h.lastText('anna'))![1]!;
    await h.say('anna', '/invites');
    await h.press('anna', text('invites-revoke'));
    await h.say('clara', `/start ${code2}`);
    expect(h.lastText('clara')).toContain(text('onboarding-invitation-revoked'));

    await h.say('anna', '/invite mentee 5 1');
    const code3 = /\/start (\w+)/.exec(h.lastText('anna'))![1]!;
    await h.advance(2 * 24 * 3600_000);
    await h.say('clara', `/start ${code3}`);
    expect(h.lastText('clara')).toContain(text('onboarding-invitation-expired'));
  });

  it('a restart in the middle of the profile continues where it stopped', async () => {
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dbPath = `${mkdtempSync(`${tmpdir()}/nastavnik-`)}/bot.db`;
    h = await createHarness({ dbPath });
    await h.say('anna', `/start ${BOOTSTRAP}`);
    await h.press('anna', text('onboarding-consent-yes'));
    await h.say('anna', 'Анна Иванова');
    expect(h.lastText('anna')).toMatch(said('profile-ask-position'));
    await h.close();

    h = await createHarness({ dbPath });
    await h.say('anna', 'Старший воспитатель');
    expect(h.lastText('anna')).toMatch(said('profile-ask-offers'));
    const anna = getPerson(h.db, findAccount(h.db, 'local', 'anna')!.personId)!;
    expect(anna.fullName).toBe('Анна Иванова');
    expect(anna.position).toBe('Старший воспитатель');
  });

  it('bad input: wrong name, hours, text where a button is expected, unknown command, forged button', async () => {
    h = await createHarness();
    await h.say('anna', `/start ${BOOTSTRAP}`);
    await h.say('anna', 'просто текст');
    expect(h.lastText('anna')).toContain(text('common-use-buttons'));
    await h.press('anna', text('onboarding-consent-yes'));
    await h.say('anna', '1');
    expect(h.lastText('anna')).toMatch(said('profile-bad-name'));
    await h.say('anna', 'Анна Иванова');
    await h.press('anna', text('position-educator'));
    await h.press('anna', text('common-done'));
    await h.press('anna', text('common-done'));
    await h.press('anna', text('profile-days-mon-fri'));
    await h.say('anna', '18-9');
    expect(h.lastText('anna')).toMatch(said('profile-bad-hours'));
    await h.say('anna', '08:30-17:00');
    await h.say('anna', 'Mars/Olympus');
    expect(h.lastText('anna')).toMatch(said('profile-bad-timezone'));
    await h.say('anna', 'Asia/Novosibirsk');
    const anna = getPerson(h.db, findAccount(h.db, 'local', 'anna')!.personId)!;
    expect(anna).toMatchObject({ status: 'active', contactFrom: 510, contactTo: 1020, timezone: 'Asia/Novosibirsk' });

    await h.say('anna', '/frobnicate');
    expect(h.lastText('anna')).toContain(text('common-unknown-command', { command: 'frobnicate' }));
    const ack = await h.pressAction('anna', 'inv.revoke:99999');
    expect(ack.ackText).toBe(text('invites-already-revoked'));
    const forged = await h.pressAction('anna', 'zzz:1:2:3');
    expect(forged.ackText).toBe(text('common-stale-button'));
    await h.say('anna', 'x'.repeat(5000));
    expect(h.lastText('anna')).toContain(text('common-too-long', { max: 4096 }));
  });

  it('a stranger and a group chat get clear answers and change nothing', async () => {
    h = await createHarness();
    await h.say('zed', 'привет');
    expect(h.lastText('zed')).toContain(text('common-not-member'));
    await h.local.send('grp', '/start', { chatType: 'group' });
    await h.flush();
    expect(h.lastText('grp')).toContain(text('common-private-only'));
    await h.local.sendUnsupported('zed');
    await h.flush();
    expect(h.lastText('zed')).toContain(text('common-unsupported'));
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM persons').get()).toEqual({ n: 0 });
  });

  it('a redelivered update is handled once', async () => {
    h = await createHarness();
    await h.say('anna', `/start ${BOOTSTRAP}`);
    const update = h.local.lastIncoming!;
    const before = h.messages('anna').length;
    await h.local.redeliver(update);
    await h.flush();
    expect(h.messages('anna').length).toBe(before);
  });
});
