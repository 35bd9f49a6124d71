import { performance } from 'node:perf_hooks';
import type { BenchResult, BenchScenario, BenchFile } from '../types.js';
import { checkYear, runYear } from '../../test/simulation/school-year.js';

/**
 * Y1: a 300-staff school's year, 1 September to 31 May, through the real core, router,
 * scheduler, dispatcher and local adapter on a fake clock (the year simulation of the test
 * suite, five times the people). Figures: wall time per simulated month (the worst month and
 * the mean), peak RSS, and what the simulation's invariants found (must be nothing).
 *
 * Goals: a month ≤ 15 s of wall time — the issue asks for "well under a minute a month"; 15 s
 * leaves room for this shared 2-core machine (the worst month is when surveys, sessions and
 * every plan reminder coincide) and still replays a school year in a few minutes, i.e. the bot
 * does a month's work of a large school in a few seconds of CPU. Peak RSS ≤ 500 MB: the process
 * holds the bot, every message of the year in the local adapter's memory and the simulation's
 * own records; a school's bot on a 1 GB VPS must fit with room for the OS, so the real bot
 * (which keeps no message history in memory) stays far below this.
 */
export const yearBench: BenchScenario = {
  name: 'year',
  async run(): Promise<BenchResult[]> {
    const months: { month: string; ms: number; rssMb: number }[] = [];
    let peak = process.memoryUsage().rss;
    const started = performance.now();
    const y = await runYear({
      staff: 300,
      seed: 20260901,
      onMonth: (month, ms) => {
        const rss = process.memoryUsage().rss;
        peak = Math.max(peak, rss);
        months.push({ month, ms: Math.round(ms), rssMb: Math.round(rss / 2 ** 20) });
      },
    });
    const yearMs = performance.now() - started;
    const { findings, figures } = await checkYear(y);
    peak = Math.max(peak, process.memoryUsage().rss);
    await y.h.close();
    const worst = Math.max(...months.map((m) => m.ms));
    const mean = months.reduce((a, m) => a + m.ms, 0) / months.length;
    const peakMb = Math.round(peak / 2 ** 20);
    for (const m of months) process.stderr.write(`  ${m.month}: ${(m.ms / 1000).toFixed(1)} s, rss ${m.rssMb} MB\n`);
    if (findings.length) process.stderr.write(`  findings: ${JSON.stringify(findings.slice(0, 10), null, 1)}\n`);
    const common = { staff: 300, updates: y.updates, messages: y.received.length, months, figures, yearSeconds: Number((yearMs / 1000).toFixed(1)) };
    return [
      { id: 'Y1', name: 'year, 300 staff: worst month, wall', figure: Number((worst / 1000).toFixed(2)), unit: 's', goal: '≤ 15', met: worst <= 15_000, ...common },
      { id: 'Y1', name: 'year, 300 staff: mean month, wall', figure: Number((mean / 1000).toFixed(2)), unit: 's', goal: '≤ 10', met: mean <= 10_000 },
      { id: 'Y1', name: 'year, 300 staff: peak RSS', figure: peakMb, unit: 'MB', goal: '≤ 500', met: peakMb <= 500 },
      { id: 'Y1', name: 'year, 300 staff: invariants broken', figure: findings.length, unit: 'findings', goal: '= 0', met: findings.length === 0, findings: findings.slice(0, 20) },
    ];
  },
};

/** This file's part of `npm run bench` (found by scenarios/index.ts), and where it runs in the order. */
export const bench: BenchFile = { order: 110, scenarios: [yearBench] };
