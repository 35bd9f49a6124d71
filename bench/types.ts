/** One measured figure of `npm run bench`, printed beside its goal and written to bench/results.json. */
export interface BenchResult {
  /** P1…P6 from the benchmark issue, or a capability's own id. */
  id: string;
  /** What was measured, in a few words. */
  name: string;
  figure: number;
  unit: string;
  /** Human-readable goal, e.g. "≤ 1.05". */
  goal: string;
  met: boolean;
  /** Anything else worth keeping: p50, p99, counts, the seed. */
  [extra: string]: unknown;
}

/** A scenario: a name for `npm run bench -- <name>`, and a run that measures on the real code. */
export interface BenchScenario {
  name: string;
  run(): Promise<BenchResult[]>;
}

/** What one scenario file offers `npm run bench`: its scenarios, and where they run (lower first). */
export interface BenchFile {
  order: number;
  scenarios: BenchScenario[];
}
