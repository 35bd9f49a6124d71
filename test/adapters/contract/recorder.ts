import type { HandleOutcome, Incoming, IncomingSink } from '../../../src/messaging/types.js';
import type { Outcome } from './contract.js';

/** The core's stand-in for a contract world: records what reached it, answers with `outcome`. */
export class Recorder {
  readonly received: Incoming[] = [];
  constructor(private readonly outcome: Outcome) {}

  readonly sink: IncomingSink = async (incoming): Promise<HandleOutcome> => {
    this.received.push(incoming);
    return this.outcome(incoming);
  };

  /** Resolves with the next Incoming after `before` were received (fails after a while: a guard, not a timing). */
  async next(before: number, what: string): Promise<Incoming> {
    const deadline = Date.now() + 10_000;
    while (this.received.length <= before) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 5));
    }
    return this.received[before]!;
  }
}
