import { runInbound } from './scenarios/inbound.js';

/**
 * Runs one workload in a process of its own and prints its peak resident memory (the kernel's
 * high-water mark, getrusage maxrss) as the last line of stdout, as JSON. Used by the memory
 * scenario (P6): `node --import tsx bench/memory-child.ts inbound|<scenario name>`.
 */
const name = process.argv[2] ?? 'inbound';
const baselineRss = process.memoryUsage().rss;
let figures: unknown;
if (name === 'inbound') {
  figures = await runInbound();
} else {
  // Loaded only for another scenario: the registry pulls in every scenario's imports.
  const { scenarios } = await import('./scenarios/index.js');
  const scenario = scenarios.find((s) => s.name === name);
  if (!scenario) throw new Error(`no scenario ${name}`);
  figures = await scenario.run();
}
const peakRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify({ name, peakRss, baselineRss, heapUsed: process.memoryUsage().heapUsed, figures })}\n`);
process.exit(0);
