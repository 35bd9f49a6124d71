/** Deterministic randomness for the benchmark's data: the same seed, the same work. */
export const BENCH_SEED = 20261202;

/** mulberry32: a small, fast 32-bit generator; good enough to shuffle a workload. */
export function seededRandom(seed: number = BENCH_SEED): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks by weight: `pick([['a', 3], ['b', 1]])` gives 'a' three times as often. */
export function weighted<T>(rand: () => number, choices: readonly (readonly [T, number])[]): T {
  const total = choices.reduce((s, [, w]) => s + w, 0);
  let x = rand() * total;
  for (const [value, w] of choices) {
    if ((x -= w) < 0) return value;
  }
  return choices[choices.length - 1]![0];
}
