import type { BenchScenario } from '../types.js';
import { programmesTick } from './programmes-tick.js';

/** Every scenario of `npm run bench`, in the order they run. Each capability adds its own line. */
export const scenarios: BenchScenario[] = [
  programmesTick,
];
