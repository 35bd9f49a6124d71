import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../support/harness.js';
import { allows } from '../../src/core/kernel/access.js';
import type { Role } from '../../src/core/kernel/persons/person.js';

let h: Harness;
afterEach(async () => h?.close());

const NOT_ALLOWED = 'Это действие вам недоступно.';

describe('authorisation of every command for every role', () => {
  it('a command refuses whoever its access excludes, and changes nothing', async () => {
    h = await createHarness();
    const roles: Role[][] = [['staff'], ['mentee'], ['mentor'], ['curator'], ['admin', 'curator']];
    const people = roles.map((r, i) => h.addPerson({ name: `Person ${i}`, userId: `p${i}`, roles: r }));
    const commands = h.app.router.commandList();
    expect(commands.length).toBeGreaterThan(10);
    const before = h.db.prepare('SELECT (SELECT COUNT(*) FROM invitations) + (SELECT COUNT(*) FROM jobs) AS n').get();
    let refusals = 0;
    for (const command of commands) {
      if (command.access === 'anyone' || command.access === 'member') continue;
      for (const person of people) {
        if (allows(command.access, person)) continue;
        const userId = `p${people.indexOf(person)}`;
        await h.say(userId, `/${command.name}`);
        expect(h.lastText(userId), `/${command.name} for ${person.roles.join('+')}`).toBe(NOT_ALLOWED);
        refusals++;
      }
    }
    expect(refusals).toBeGreaterThan(5);
    expect(h.db.prepare('SELECT (SELECT COUNT(*) FROM invitations) + (SELECT COUNT(*) FROM jobs) AS n').get()).toEqual(before);
  });

  it('a stranger may use only what is open to anyone', async () => {
    h = await createHarness();
    for (const command of h.app.router.commandList()) {
      if (command.access === 'anyone') continue;
      await h.say('stranger', `/${command.name}`);
      expect(h.lastText('stranger'), `/${command.name}`).toContain('не участник');
    }
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM persons').get()).toEqual({ n: 0 });
  });

  it('/help lists exactly the commands the role may use', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Mentee', userId: 'm', roles: ['mentee'] });
    h.addPerson({ name: 'Curator', userId: 'c', roles: ['curator'] });
    await h.say('m', '/help');
    await h.say('c', '/help');
    expect(h.lastText('m')).not.toContain('/invite');
    expect(h.lastText('m')).toContain('/profile');
    expect(h.lastText('c')).toContain('/invite');
    expect(h.lastText('c')).toContain('/people');
  });
});
