import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { seedDemo } from '../../../src/core/broadcasts/demo.js';
import { reportAction } from '../../../src/core/broadcasts/delivery.js';

let h: Harness;
afterEach(async () => h?.close());

describe('broadcasts demo data', () => {
  it('seeds one sent announcement on a fresh database, delivered and with a live report', async () => {
    h = await createHarness();
    const curator = h.addPerson({ name: 'Анна Куратор', userId: 'anna', roles: ['curator'] });
    const mentor = h.addPerson({ name: 'Ольга Наставник', userId: 'olga', roles: ['mentor'] });
    const mentee = h.addPerson({ name: 'Маша Новенькая', userId: 'masha', roles: ['mentee'] });
    seedDemo(h.app.deps, h.org.id, { curatorId: curator.id, mentorIds: [mentor.id], menteeIds: [mentee.id] }, h.clock.now());
    await h.flush();
    expect(h.db.prepare('SELECT status, total, ack_required FROM broadcasts').all()).toEqual([{ status: 'sent', total: 3, ack_required: 1 }]);
    expect(h.lastText('olga')).toContain('встреча наставников');
    await h.pressAction('anna', reportAction.encode(1));
    expect(h.lastText('anna')).toContain('Доставлено: 3');
    expect(h.lastText('anna')).toContain('Ознакомились: 1 из 2'); // the curator wrote it: she owes no confirmation
  });
});
