import type { LongPollCursor } from '../../src/adapters/long-poll-cursor.js';

/** A long-poll cursor in memory, for tests that restart an adapter and read where it left off. */
export function memoryCursor(initial?: string): LongPollCursor & { value: string | undefined } {
  const c = {
    value: initial,
    load: () => c.value,
    save: (ts: string) => {
      c.value = ts;
    },
  };
  return c;
}
