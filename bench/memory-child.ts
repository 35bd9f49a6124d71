import type { BenchScenario } from './types.js';

/**
 * Runs one workload in a process of its own and prints its peak resident memory (the kernel's
 * high-water mark, getrusage maxrss) as the last line of stdout, as JSON. Used by the memory
 * scenario (P6): `node --import tsx bench/memory-child.ts inbound|<scenario name>`.
 *
 * The process holds the bot's module graph (the app and every feature, as production does) and
 * the one workload's own module — not every other scenario's simulated platforms and data.
 */
const name = process.argv[2] ?? 'inbound';
await import('../src/app/app.js');
const baselineRss = process.memoryUsage().rss;
let figures: unknown;
if (name === 'inbound') {
  const { runInbound } = await import('./scenarios/inbound.js');
  figures = await runInbound();
} else {
  const own: Record<string, () => Promise<BenchScenario>> = {
    routing: async () => (await import('./scenarios/routing.js')).routingScenario,
  };
  // A scenario not listed here is found through the registry, which imports every scenario.
  const scenario = own[name] ? await own[name]() : (await import('./scenarios/index.js')).scenarios.find((s) => s.name === name);
  if (!scenario) throw new Error(`no scenario ${name}`);
  figures = await scenario.run();
}
const peakRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify({ name, peakRss, baselineRss, heapUsed: process.memoryUsage().heapUsed, figures })}\n`);
process.exit(0);
