import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { scenarios } from './scenarios/index.js';
import type { BenchResult } from './types.js';

/**
 * `npm run bench` runs every scenario; `npm run bench -- <name> [<name>…]` runs those.
 * Prints a table, writes bench/results.json, and exits 0 whether goals are met or not.
 */

const here = dirname(fileURLToPath(import.meta.url));

async function main(): Promise<void> {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const unknown = wanted.filter((w) => !scenarios.some((s) => s.name === w));
  if (unknown.length) {
    console.error(`unknown scenario ${unknown.join(', ')}; known: ${scenarios.map((s) => s.name).join(', ')}`);
    process.exitCode = 2;
    return;
  }
  const chosen = wanted.length ? scenarios.filter((s) => wanted.includes(s.name)) : scenarios;
  const results: BenchResult[] = [];
  const started = performance.now();
  for (const scenario of chosen) {
    const t = performance.now();
    process.stderr.write(`running ${scenario.name}…\n`);
    try {
      const got = await scenario.run();
      for (const r of got) results.push({ scenario: scenario.name, ...r });
    } catch (err) {
      results.push({
        id: '?',
        scenario: scenario.name,
        name: `${scenario.name} failed`,
        figure: Number.NaN,
        unit: '',
        goal: '',
        met: false,
        error: err instanceof Error ? (err.stack ?? err.message) : String(err),
      });
      console.error(err);
    }
    process.stderr.write(`  ${scenario.name}: ${((performance.now() - t) / 1000).toFixed(1)} s\n`);
  }
  printTable(results);
  console.log(`\n${results.filter((r) => r.met).length} of ${results.length} goals met; ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
  writeFileSync(join(here, 'results.json'), `${JSON.stringify(mergeWithEarlier(join(here, 'results.json'), results), null, 2)}\n`);
}

/**
 * A run of some scenarios replaces their figures in results.json and keeps the other scenarios'
 * figures from earlier runs, so the file holds the latest figure of every scenario.
 */
function mergeWithEarlier(file: string, results: BenchResult[]): BenchResult[] {
  let earlier: BenchResult[] = [];
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (Array.isArray(parsed)) earlier = parsed as BenchResult[];
  } catch {
    // No earlier file, or not ours: start afresh.
  }
  const ran = new Set(results.map((r) => r.scenario));
  const kept = earlier.filter((r) => !ran.has(r.scenario));
  const order = new Map(scenarios.map((s, i) => [s.name, i]));
  return [...kept, ...results].sort((a, b) => (order.get(String(a.scenario)) ?? 99) - (order.get(String(b.scenario)) ?? 99));
}

export function printTable(results: BenchResult[]): void {
  const rows = [
    ['id', 'name', 'figure', 'unit', 'goal', 'met'],
    ...results.map((r) => [r.id, r.name, Number.isFinite(r.figure) ? String(r.figure) : 'error', r.unit, r.goal, r.met ? 'yes' : 'NO']),
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  const line = (row: string[]) => `| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`;
  console.log(line(rows[0]!));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of rows.slice(1)) console.log(line(row));
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (err) => {
    console.error(err);
    process.exit(0);
  },
);
