import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Where a long poll left off (VK's Bots Long Poll `ts`, MAX's `marker`), kept across restarts:
 * after a restart the adapter asks the platform for the events since then, so messages sent
 * while the bot was down are not skipped (VK keeps a while of history; older than that, VK
 * answers `failed: 1` and the newest ts is taken; MAX keeps updates for a day). A replayed
 * update is harmless: the router ignores update ids it has seen.
 */
export interface LongPollCursor {
  load(): string | undefined;
  /** Called once the updates before `ts` have been handed to the core. */
  save(ts: string): void;
}

/** A cursor in a small file (next to the database, say); written atomically. */
export function fileCursor(path: string): LongPollCursor {
  return {
    load() {
      try {
        const ts = readFileSync(path, 'utf8').trim();
        return /^\d+$/.test(ts) ? ts : undefined;
      } catch {
        return undefined;
      }
    },
    save(ts) {
      mkdirSync(dirname(path), { recursive: true });
      const tmp = `${path}.tmp`;
      writeFileSync(tmp, ts);
      renameSync(tmp, path);
    },
  };
}
