import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import type { Clock } from '../clock.js';

/**
 * The playground's clock: the real time plus an offset the visitor moves forward ("+1 hour",
 * "+1 day") to watch reminders and timeouts happen. It never goes back. The offset is kept in
 * a file beside the database, so after a restart the demo's time is where the visitor left it.
 */
export class PlaygroundClock implements Clock {
  private offsetMs = 0;

  constructor(
    private readonly file: string | null,
    private readonly realNow: () => number = Date.now,
  ) {
    if (!file) return;
    try {
      const saved = JSON.parse(readFileSync(file, 'utf8')) as { offsetMs?: unknown };
      if (typeof saved.offsetMs === 'number' && Number.isFinite(saved.offsetMs) && saved.offsetMs >= 0) this.offsetMs = saved.offsetMs;
    } catch {
      /* no file yet, or unreadable: start at the real time */
    }
  }

  now(): number {
    return this.realNow() + this.offsetMs;
  }

  /** How far ahead of the real time the demo is. */
  get offset(): number {
    return this.offsetMs;
  }

  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms <= 0) throw new RangeError('the playground clock only moves forward');
    this.offsetMs += ms;
    if (this.file) {
      writeFileSync(`${this.file}.tmp`, JSON.stringify({ offsetMs: this.offsetMs }));
      renameSync(`${this.file}.tmp`, this.file);
    }
  }
}
