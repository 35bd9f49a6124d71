import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../support/harness.js';
import { allFeatures } from '../../src/app/features.js';
import { UserError } from '../../src/core/kernel/errors.js';
import type { Feature } from '../../src/core/kernel/feature.js';
import { DEFAULT_BATCH_LIMITS } from '../../src/app/router.js';

const MAX_BATCH_UPDATES = DEFAULT_BATCH_LIMITS.maxUpdates;
import type { HandleOutcome, Incoming } from '../../src/messaging/types.js';

/**
 * Group commit in the router: updates arriving together share one transaction, each in its own
 * savepoint; a failing update rolls back alone and is answered; promises settle after COMMIT.
 * The database is a file so a second connection can tell committed from not yet committed.
 */

/** What one /note saw from outside (a second connection): committed notes at that moment. */
const seenOutside: number[] = [];
let outside: Database.Database;

const notes: Feature = {
  name: 'test-notes',
  commands: [
    {
      name: 'note',
      access: 'anyone',
      descriptionKey: 'common-error',
      hidden: true,
      handle(turn, args) {
        turn.deps.db.prepare('INSERT INTO gc_notes (user_id, body) VALUES (?, ?)').run(turn.incoming.from.userId, args);
        seenOutside.push((outside.prepare('SELECT COUNT(*) AS n FROM gc_notes').get() as { n: number }).n);
        turn.reply(`noted ${args}`);
      },
    },
    {
      name: 'fail',
      access: 'anyone',
      descriptionKey: 'common-error',
      hidden: true,
      handle(turn, args) {
        turn.deps.db.prepare('INSERT INTO gc_notes (user_id, body) VALUES (?, ?)').run(turn.incoming.from.userId, args);
        turn.reply('this reply is rolled back');
        throw new UserError('common-not-allowed');
      },
    },
    {
      name: 'crash',
      access: 'anyone',
      descriptionKey: 'common-error',
      hidden: true,
      handle(turn, args) {
        turn.deps.db.prepare('INSERT INTO gc_notes (user_id, body) VALUES (?, ?)').run(turn.incoming.from.userId, args);
        throw new Error('a bug');
      },
    },
    {
      name: 'poison',
      access: 'anyone',
      descriptionKey: 'common-error',
      hidden: true,
      handle(turn, args) {
        turn.deps.db.prepare('INSERT INTO gc_notes (user_id, body) VALUES (?, ?)').run(turn.incoming.from.userId, args);
        // A deferred foreign key: fine until COMMIT, which then fails.
        turn.deps.db.prepare('INSERT INTO gc_poison (person_id) VALUES (-1)').run();
        turn.reply('this reply is rolled back');
      },
    },
  ],
};

let h: Harness;
let dir: string;

async function setup() {
  dir = mkdtempSync(join(tmpdir(), 'nastavnik-group-commit-'));
  const path = join(dir, 'bot.db');
  // Batches bounded by count only here, so what shares a batch does not depend on the machine's speed.
  h = await createHarness({ dbPath: path, features: [...allFeatures(), notes], batch: { maxMs: Number.POSITIVE_INFINITY } });
  h.db.exec(`
    CREATE TABLE gc_notes (user_id TEXT NOT NULL, body TEXT NOT NULL);
    CREATE TABLE gc_poison (person_id INTEGER REFERENCES persons(id) DEFERRABLE INITIALLY DEFERRED);
  `);
  outside = new Database(path, { readonly: true });
  seenOutside.length = 0;
}

afterEach(async () => {
  outside?.close();
  await h?.close();
  rmSync(dir, { recursive: true, force: true });
});

const ru = (key: string) => h.app.deps.i18n.t('ru', key);
const notesOf = () => (outside.prepare('SELECT user_id, body FROM gc_notes ORDER BY rowid').all() as { user_id: string; body: string }[]).map((r) => `${r.user_id}:${r.body}`);
const processed = () => (outside.prepare('SELECT COUNT(*) AS n FROM processed_updates').get() as { n: number }).n;

/** Settles every promise; "ok" or the rejection's message, in order. */
async function settle(promises: Promise<HandleOutcome>[]): Promise<string[]> {
  return (await Promise.allSettled(promises)).map((r) => (r.status === 'fulfilled' ? 'ok' : String((r.reason as Error).message)));
}

describe('group commit in the router', () => {
  it('handles updates arriving together in one transaction, committed before any promise settles', async () => {
    await setup();
    const afterCommit: number[] = [];
    const sent = ['anna', 'boris', 'vera'].map((u) =>
      h.local.send(u, `/note from-${u}`).then((o) => {
        afterCommit.push(notesOf().length);
        return o;
      }),
    );
    expect(await settle(sent)).toEqual(['ok', 'ok', 'ok']);
    // Inside the batch no note was visible from outside: they shared one transaction…
    expect(seenOutside).toEqual([0, 0, 0]);
    // …and when each promise settled, all three were committed.
    expect(afterCommit).toEqual([3, 3, 3]);
    await h.flush();
    expect(h.lastText('boris')).toBe('noted from-boris');
  });

  it('a UserError in the middle of a batch rolls back only that update and answers its person', async () => {
    await setup();
    const results = await settle([h.local.send('anna', '/note a'), h.local.send('boris', '/fail b'), h.local.send('vera', '/note c')]);
    expect(results).toEqual(['ok', 'ok', 'ok']);
    expect(seenOutside).toEqual([0, 0]);
    expect(notesOf()).toEqual(['anna:a', 'vera:c']);
    expect(processed()).toBe(3);
    await h.flush();
    expect(h.allText('boris')).toBe(ru('common-not-allowed'));
    expect(h.lastText('anna')).toBe('noted a');
    expect(h.lastText('vera')).toBe('noted c');
  });

  it('a plain Error in the middle of a batch rolls back only that update and answers with the generic text', async () => {
    await setup();
    const results = await settle([h.local.send('anna', '/note a'), h.local.send('boris', '/crash b'), h.local.send('vera', '/note c')]);
    expect(results).toEqual(['ok', 'ok', 'ok']);
    expect(notesOf()).toEqual(['anna:a', 'vera:c']);
    await h.flush();
    expect(h.allText('boris')).toBe(ru('common-error'));
    expect(h.lastText('vera')).toBe('noted c');
  });

  it('a redelivery of an update in the same batch is handled once', async () => {
    await setup();
    const first = h.local.send('anna', '/note once');
    const incoming = h.local.lastIncoming as Incoming;
    const again = h.local.redeliver(incoming);
    const other = h.local.send('boris', '/note b');
    expect(await settle([first, again, other])).toEqual(['ok', 'ok', 'ok']);
    expect(notesOf()).toEqual(['anna:once', 'boris:b']);
    await h.flush();
    expect(h.messages('anna').map((m) => m.text)).toEqual(['noted once']);
  });

  it('when the batch COMMIT fails, the others are stored one by one and the bad update alone fails', async () => {
    await setup();
    const results = await settle([h.local.send('anna', '/note a'), h.local.send('boris', '/poison b'), h.local.send('vera', '/note c')]);
    // The poisoned update's own transaction fails at COMMIT too; it is answered like any failure.
    expect(results).toEqual(['ok', 'ok', 'ok']);
    // Together first (nothing committed yet), then one by one: vera's turn saw anna's note committed.
    expect(seenOutside).toEqual([0, 0, 0, 1]);
    expect(notesOf()).toEqual(['anna:a', 'vera:c']);
    expect((outside.prepare('SELECT COUNT(*) AS n FROM gc_poison').get() as { n: number }).n).toBe(0);
    await h.flush();
    expect(h.allText('boris')).toBe(ru('common-error'));
    expect(h.lastText('anna')).toBe('noted a');
  });

  it('no promise resolves when nothing could be committed: every update of the batch rejects', async () => {
    await setup();
    // Every transaction that remembers an update now fails at COMMIT.
    h.db.exec('CREATE TEMP TRIGGER gc_poison_all AFTER INSERT ON processed_updates BEGIN INSERT INTO gc_poison (person_id) VALUES (-1); END');
    const results = await settle([h.local.send('anna', '/note a'), h.local.send('boris', '/fail b'), h.local.send('vera', '/note c')]);
    expect(results).toEqual([expect.stringContaining('FOREIGN KEY'), expect.stringContaining('FOREIGN KEY'), expect.stringContaining('FOREIGN KEY')]);
    expect(notesOf()).toEqual([]);
    expect(processed()).toBe(0);
    expect((outside.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n).toBe(0);
    // The platform redelivers; once the fault is gone, the update is handled as new.
    h.db.exec('DROP TRIGGER gc_poison_all');
    expect(await settle([h.local.send('anna', '/note again')])).toEqual(['ok']);
    expect(notesOf()).toEqual(['anna:again']);
  });

  it('keeps each batch bounded and the arrival order', async () => {
    await setup();
    const count = MAX_BATCH_UPDATES * 2 + 5;
    const sent = Array.from({ length: count }, (_, i) => h.local.send(`p${i % 7}`, `/note ${i}`));
    expect((await settle(sent)).every((r) => r === 'ok')).toBe(true);
    expect(notesOf()).toEqual(Array.from({ length: count }, (_, i) => `p${i % 7}:${i}`));
    // Three batches: 64, 64, 5; each saw what the batches before it committed, nothing of its own.
    expect(seenOutside).toEqual([
      ...Array<number>(MAX_BATCH_UPDATES).fill(0),
      ...Array<number>(MAX_BATCH_UPDATES).fill(MAX_BATCH_UPDATES),
      ...Array<number>(5).fill(2 * MAX_BATCH_UPDATES),
    ]);
  });
});
