import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchFile, BenchScenario } from '../types.js';

/**
 * Every scenario of `npm run bench`: each file of this folder offers its own (`export const
 * bench: BenchFile`), so a capability adds its scenarios by adding its file; they run in order.
 */
const folder = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(folder).filter((f) => /\.ts$/.test(f) && f !== 'index.ts');
const offered = (await Promise.all(files.map(async (f) => ((await import(`./${f.replace(/\.ts$/, '.js')}`)) as { bench?: BenchFile }).bench))).filter(
  (b): b is BenchFile => b !== undefined,
);

export const scenarios: BenchScenario[] = offered.sort((a, b) => a.order - b.order).flatMap((b) => b.scenarios);
