import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/db/database.js';
import { silentLogger } from '../../src/log.js';
import { App } from '../../src/app/app.js';
import { openPlayground, preparePlayground, seedPlaygroundDemo } from '../../src/playground/playground.js';
import type { DemoSeeder } from '../../src/playground/demo.js';
import type { EntryView } from '../../src/playground/transcript.js';
import { MONDAY_10_MSK } from '../support/harness.js';

/**
 * The playground as main.ts builds it, on a database file in a temporary directory (so history
 * and the clock persist as they do for a visitor), from a fixed Monday morning, on a free port.
 */
export async function startTestPlayground(opts: { dir?: string; seeders?: DemoSeeder[] } = {}) {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'playground-'));
  const databasePath = join(dir, 'playground.db');
  const db = openDatabase(databasePath);
  // Real time flows (the dispatcher paces by it), starting on a fixed Monday morning.
  const realStart = Date.now();
  const parts = preparePlayground(db, databasePath, () => MONDAY_10_MSK + (Date.now() - realStart));
  const log = silentLogger();
  const app = new App({
    db,
    clock: parts.clock,
    log,
    adapters: [parts.local],
    settings: { organisationName: 'x', defaultTimezone: 'Europe/Moscow', defaultLanguage: 'ru' },
  });
  // The API tests start from empty chats; pass `demoSeeders` for the whole demo.
  seedPlaygroundDemo(app, log, { seeders: opts.seeders ?? [] });
  await app.start();
  const playground = await openPlayground({ app, parts, log, host: '127.0.0.1', port: 0 });
  const base = playground.url.replace(/\/$/, '');

  const pg = {
    dir,
    databasePath,
    app,
    parts,
    base,
    async get(path: string, headers: Record<string, string> = {}) {
      const res = await fetch(`${base}${path}`, { headers });
      const type = res.headers.get('content-type') ?? '';
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const body: any = type.includes('json') ? await res.json() : await res.text();
      return { status: res.status, headers: res.headers, body };
    },
    async post(path: string, body: unknown, opts: { raw?: string; contentType?: string } = {}) {
      const res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': opts.contentType ?? 'application/json' },
        body: opts.raw ?? JSON.stringify(body),
      });
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    },
    async entries(handle: string): Promise<EntryView[]> {
      return (await pg.get(`/api/people/${handle}/messages`)).body.entries as EntryView[];
    },
    async stop() {
      await playground.stop();
      await app.stop();
      db.close();
    },
  };
  return pg;
}
