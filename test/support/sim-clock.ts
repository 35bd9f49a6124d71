import type { Clock } from '../../src/clock.js';

/**
 * Simulated time for the benchmark and the platform tests. Time stands still while code runs;
 * it moves only when everything is waiting: once the event loop has nothing else to do
 * (a `setImmediate` later), the earliest `sleep` wakes and the clock jumps to its time.
 * So a dispatcher pacing 10,000 sends over five simulated minutes runs in a few real seconds,
 * and every wait it asks for is a wait it gets — no more, no less.
 *
 * With `countCpu`, the CPU time the process spent working between two wakes (the bot's code,
 * SQLite, the simulator) is added to simulated time too, in whole milliseconds: a send is not
 * free, and a figure measured on this clock includes what the machine took to do the work. It
 * is the process's own CPU time (process.cpuUsage), not the wall clock: on a machine shared
 * with other work, time this process spent waiting for a core is not work it did.
 */
export class SimClock implements Clock {
  private ms: number;
  private readonly timers: { at: number; seq: number; resolve: () => void }[] = [];
  private seq = 0;
  private scheduled = false;
  /** How many sleeps were woken (each a jump of simulated time, or none). */
  wakeups = 0;
  /** Milliseconds of real work added to simulated time (with `countCpu`). */
  cpuMs = 0;
  private readonly countCpu: boolean;
  private lastCpu = cpuMs();
  private carry = 0;

  constructor(start: number, opts: { countCpu?: boolean } = {}) {
    this.ms = start;
    this.countCpu = opts.countCpu ?? false;
  }

  now(): number {
    return this.ms;
  }

  /** Resolves when simulated time reaches now + ms (the dispatcher's `sleep`). */
  sleep = (ms: number): Promise<void> =>
    new Promise<void>((resolve) => {
      const at = this.ms + Math.max(0, Number.isFinite(ms) ? ms : 0);
      this.push({ at, seq: this.seq++, resolve });
      this.schedule();
    });

  /** Sleeps still waiting. */
  get pending(): number {
    return this.timers.length;
  }

  private schedule(): void {
    if (this.scheduled || !this.timers.length) return;
    this.scheduled = true;
    setImmediate(() => this.step(0));
  }

  /**
   * Wakes the earliest sleep. Before time jumps forward, the clock lets the event loop go round a
   * few more times: work queued with setImmediate behind the clock's own turn (a wake of the
   * dispatcher, a job run on the next turn, and what they queue in turn) runs at the present
   * instant, as it would on a real clock, and does not find itself a whole idle wait later.
   */
  private step(hops: number): void {
    if (this.countCpu) this.addWork();
    const head = this.timers[0];
    if (!head) {
      this.scheduled = false;
      return;
    }
    if (head.at > this.ms && hops < IDLE_HOPS) {
      setImmediate(() => this.step(hops + 1));
      return;
    }
    this.scheduled = false;
    const next = this.pop()!;
    if (next.at > this.ms) this.ms = next.at;
    this.wakeups++;
    next.resolve();
    this.schedule();
  }

  /** CPU time since the last wake, spent working: simulated time moves by it. */
  private addWork(): void {
    const cpu = cpuMs();
    this.carry += cpu - this.lastCpu;
    this.lastCpu = cpu;
    const whole = Math.floor(this.carry);
    if (whole > 0) {
      this.ms += whole;
      this.cpuMs += whole;
      this.carry -= whole;
    }
  }

  // A binary heap ordered by (at, seq): equal times wake in the order they were asked.
  private push(t: { at: number; seq: number; resolve: () => void }): void {
    const h = this.timers;
    h.push(t);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(h[i]!, h[p]!)) break;
      [h[i], h[p]] = [h[p]!, h[i]!];
      i = p;
    }
  }

  private pop(): { at: number; seq: number; resolve: () => void } | undefined {
    const h = this.timers;
    if (!h.length) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && before(h[l]!, h[m]!)) m = l;
        if (r < h.length && before(h[r]!, h[m]!)) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m]!, h[i]!];
        i = m;
      }
    }
    return top;
  }
}

/** Turns of the event loop the clock waits, with nothing due now, before time jumps forward. */
const IDLE_HOPS = 3;

/** The process's CPU time (user and system), in milliseconds. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function before(a: { at: number; seq: number }, b: { at: number; seq: number }): boolean {
  return a.at < b.at || (a.at === b.at && a.seq < b.seq);
}
