import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHarness, type Harness } from '../../support/harness.js';
import { updateSettings } from '../../../src/core/kernel/organisation/organisation.js';
import { MINUTE } from '../../../src/clock.js';
import { text } from '../../support/said.js';

let h: Harness | undefined;
afterEach(async () => h?.close());

describe('broadcasts survive a restart', () => {
  it('a process stopped after the first chunk resumes on the same database, and nobody is queued or sent twice', async () => {
    const dbPath = `${mkdtempSync(`${tmpdir()}/bc-`)}/bot.db`;
    let first: Harness | undefined = await createHarness({ dbPath });
    updateSettings(first.db, first.org.id, (s) => ({ ...s, broadcasts: { ...s.broadcasts, chunkSize: 7 } }));
    first.addPerson({ name: 'Анна Куратор', userId: 'anna', roles: ['curator'] });
    for (let i = 0; i < 30; i++) first.addPerson({ name: `Наставляемый ${i}`, userId: `m${i}`, roles: ['mentee'] });
    await first.say('anna', '/broadcast');
    await first.say('anna', 'Собрание в пятницу');
    await first.press('anna', text('broadcast-aud-mentee'));
    await first.press('anna', text('broadcast-send-now'));
    await first.tick();
    const delivered = first.local.messagesOf('m0').length + first.local.messagesOf('m10').length;
    expect(delivered).toBe(2);
    // The process stops abruptly: the rest of the recipients are rows and jobs, not a loop.
    await first.close();
    first = undefined;

    h = await createHarness({ dbPath });
    for (let i = 0; i < 10; i++) await h.tick();
    const rows = h.db
      .prepare(`SELECT person_id, COUNT(*) AS n, MIN(status) AS status FROM outbox WHERE source = 'broadcast:1' GROUP BY person_id`)
      .all() as { person_id: number; n: number; status: string }[];
    expect(rows).toHaveLength(30);
    expect(rows.every((r) => r.n === 1 && r.status === 'sent')).toBe(true);
    // Those queued after the restart were delivered by the new process, those before it by the old one.
    expect(h.local.messagesOf('m29')).toHaveLength(1);
    expect(h.local.messagesOf('m0')).toHaveLength(0);
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM broadcast_recipients WHERE queued_at IS NULL').get()).toEqual({ n: 0 });
    await h.advance(MINUTE);
    expect(h.db.prepare('SELECT status, total FROM broadcasts').get()).toEqual({ status: 'sent', total: 30 });
  });

  it('a chunk that fails halfway leaves nothing of itself behind and is retried whole', async () => {
    h = await createHarness();
    updateSettings(h.db, h.org.id, (s) => ({ ...s, broadcasts: { ...s.broadcasts, chunkSize: 10 } }));
    h.addPerson({ name: 'Анна Куратор', userId: 'anna', roles: ['curator'] });
    for (let i = 0; i < 25; i++) h.addPerson({ name: `Наставляемый ${i}`, userId: `m${i}`, roles: ['mentee'] });
    // The second chunk's seventh insert fails (a full disk, a killed process: the transaction is lost).
    h.db.exec(`CREATE TRIGGER fail_once BEFORE INSERT ON outbox WHEN NEW.chat_id = 'm16' BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`);
    await h.say('anna', '/broadcast');
    await h.say('anna', 'Собрание');
    await h.press('anna', text('broadcast-aud-mentee'));
    await h.press('anna', text('broadcast-send-now'));
    await h.tick();
    const queued = () => (h!.db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE source = 'broadcast:1'`).get() as { n: number }).n;
    expect(queued()).toBe(10);
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM broadcast_recipients WHERE queued_at IS NOT NULL').get()).toEqual({ n: 10 });
    h.db.exec('DROP TRIGGER fail_once');
    await h.advance(2 * MINUTE);
    await h.tick();
    expect(queued()).toBe(25);
    for (let i = 0; i < 25; i++) expect(h.local.messagesOf(`m${i}`)).toHaveLength(1);
  });
});
