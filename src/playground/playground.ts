import { rmSync } from 'node:fs';
import type { App } from '../app/app.js';
import type { DB } from '../db/database.js';
import { hasAnyPerson } from '../core/kernel/persons/person.js';
import type { Logger } from '../log.js';
import { LocalAdapter } from '../adapters/local/local-adapter.js';
import { PlaygroundClock } from './clock.js';
import { Transcript } from './transcript.js';
import { startPlaygroundServer, type Playground } from './server.js';
import { demoSeeders, loadDemoOrganisation, seedDemoOrganisation, type DemoSeeder } from './demo.js';

/**
 * The playground put together: the local adapter, a clock the visitor moves, the chats'
 * history in a journal beside the database, the demo organisation and the web page.
 * `preparePlayground` runs before the App is built (the clock goes into it, the history is back
 * before the dispatcher resumes sending); `openPlayground` after it is built.
 */

export interface PlaygroundParts {
  local: LocalAdapter;
  clock: PlaygroundClock;
  transcript: Transcript;
}

/** Files the playground keeps beside the database (none for an in-memory one). */
export function playgroundFiles(databasePath: string) {
  if (databasePath === ':memory:') return { history: null, clock: null };
  return { history: `${databasePath}.playground-history.jsonl`, clock: `${databasePath}.playground-clock.json` };
}

export function preparePlayground(db: DB, databasePath: string, realNow: () => number = Date.now): PlaygroundParts {
  const files = playgroundFiles(databasePath);
  // A new database starts a new demo: history and demo time of an old one would not match it.
  if (!hasAnyPerson(db)) {
    for (const f of [files.history, files.clock]) if (f) rmSync(f, { force: true });
  }
  const local = new LocalAdapter();
  const clock = new PlaygroundClock(files.clock, realNow);
  const transcript = new Transcript(local, files.history, () => clock.now());
  return { local, clock, transcript };
}

/** Seeds the demo organisation into a fresh database, once (before the App starts). */
export function seedPlaygroundDemo(app: App, log: Logger, opts: { demoFile?: string; seeders?: DemoSeeder[] } = {}): void {
  const cast = seedDemoOrganisation(app.deps, app.org.id, loadDemoOrganisation(opts.demoFile), opts.seeders ?? demoSeeders);
  if (cast) log.info({ mentors: cast.mentorIds.length, mentees: cast.menteeIds.length }, 'playground: demo organisation seeded');
}

/** Starts the playground's web server (after the App has started). */
export async function openPlayground(opts: { app: App; parts: PlaygroundParts; log: Logger; host: string; port: number }): Promise<Playground> {
  const playground = await startPlaygroundServer({ app: opts.app, ...opts.parts, log: opts.log, host: opts.host, port: opts.port });
  opts.log.info({ url: playground.url }, 'the playground is open');
  return playground;
}
