/**
 * The counter under every platform's rules (platforms/*-rules.ts): calls within a sliding
 * window, by whichever clock the server decides by (real time in the HTTP fakes, simulated time
 * in the simulators).
 */

/** Calls within a sliding window (the last `windowMs`), by the clock the caller gives. */
export class SlidingWindow {
  private readonly times: number[] = [];
  private head = 0;

  constructor(
    readonly limit: number,
    readonly windowMs = 1000,
  ) {}

  /** How many calls are inside the window ending at `now` (exclusive of calls `windowMs` ago or older). */
  count(now: number): number {
    while (this.head < this.times.length && this.times[this.head]! <= now - this.windowMs) this.head++;
    if (this.head > 4096) {
      this.times.splice(0, this.head);
      this.head = 0;
    }
    return this.times.length - this.head;
  }

  full(now: number): boolean {
    return this.count(now) >= this.limit;
  }

  /** Milliseconds until one more call fits. */
  msUntilFree(now: number): number {
    if (!this.full(now)) return 0;
    return this.times[this.head]! + this.windowMs - now;
  }

  record(now: number): void {
    this.times.push(now);
  }
}
