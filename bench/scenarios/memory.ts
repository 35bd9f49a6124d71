import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchResult, BenchScenario, BenchFile } from '../types.js';
import { INBOUND_PEOPLE } from './inbound.js';
import { routingScenario } from './routing.js';
import { BENCH_SEED } from '../seed.js';

/**
 * P6: peak memory of the inbound workload (P3, 50,000 people loaded) and of the routing
 * workload (P4, when its scenario is registered), each in a fresh process so one does not
 * count the other's garbage. The figure is the larger peak RSS. The child runs under tsx, whose
 * loader (a worker thread compiling TypeScript) is part of what is counted: production runs
 * the same way (`npm start` is tsx). Each child holds the bot's module graph (app and features)
 * and its own workload's module only; the messenger SDKs (grammy, vk-io — about 30 MB more
 * under tsx) are not loaded, as the workloads go through the adapters' update parsers only.
 */

const here = dirname(fileURLToPath(import.meta.url));
const MB = 1024 * 1024;

interface ChildReport {
  name: string;
  peakRss: number;
  baselineRss: number;
  heapUsed: number;
}

function runChild(name: string): Promise<ChildReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(here, '..', 'memory-child.ts'), name], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(last) as ChildReport);
      } catch {
        reject(new Error(`memory child ${name} exited ${code} without a report`));
      }
    });
  });
}

export const memory: BenchScenario = {
  name: 'memory',
  async run(): Promise<BenchResult[]> {
    const runs = [await runChild('inbound'), await runChild(routingScenario.name)];
    const peakMb = Math.max(...runs.map((r) => r.peakRss / MB));
    return [
      {
        id: 'P6',
        name: `peak memory, ${INBOUND_PEOPLE.toLocaleString('en')} people: ${runs.map((r) => (r.name === 'inbound' ? 'P3' : 'P4')).join(' and ')}`,
        figure: Math.round(peakMb),
        unit: 'MB RSS',
        goal: '≤ 200',
        met: peakMb <= 200,
        runs: runs.map((r) => ({
          workload: r.name,
          peakRssMb: Math.round(r.peakRss / MB),
          startRssMb: Math.round(r.baselineRss / MB),
          heapUsedAtEndMb: Math.round(r.heapUsed / MB),
        })),
        p4: routingScenario.name,
        seed: BENCH_SEED,
      },
    ];
  },
};

/** This file's part of `npm run bench` (found by scenarios/index.ts), and where it runs in the order. */
export const bench: BenchFile = { order: 100, scenarios: [memory] };
