import type { Dispatcher } from '../../src/app/dispatcher.js';

/**
 * Delivers everything due now through the dispatcher's own send path, without its pacing (the
 * tests' clock stands still): each round takes every chat's next due row, as the running loop
 * does, and sends them one after another. Returns how many rows were handled.
 */
export async function drainOutbox(dispatcher: Dispatcher, maxRounds = 1000): Promise<number> {
  let handled = 0;
  for (let round = 0; round < maxRounds; round++) {
    const heads = dispatcher.dueHeads(undefined, 10_000);
    if (!heads.length) break;
    for (const row of heads) if (await dispatcher.sendNow(row)) handled++;
  }
  return handled;
}
