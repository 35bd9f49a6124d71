import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';

/**
 * One bot process per database: a lock file beside it holding the owner's pid. A second
 * instance finds a live owner and stops with a clear message; a stale lock (the owner died)
 * is taken over.
 */
export class InstanceLockedError extends Error {
  constructor(
    readonly path: string,
    readonly pid: number,
  ) {
    super(`another instance of the bot (pid ${pid}) is running on this database (${path}); stop it first`);
    this.name = 'InstanceLockedError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the lock for `dbPath`; returns the function that releases it. */
export function acquireInstanceLock(dbPath: string): () => void {
  const path = `${dbPath}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => {
        try {
          if (readFileSync(path, 'utf8') === String(process.pid)) unlinkSync(path);
        } catch {
          /* already gone */
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(path, 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) throw new InstanceLockedError(path, pid);
      unlinkSync(path);
    }
  }
  throw new Error(`could not take the lock ${path}`);
}
