import type { BenchScenario } from '../types.js';
import { broadcastsScenario } from './broadcasts.js';

/** Every scenario of `npm run bench`, in the order they run. Each capability adds its own line. */
export const scenarios: BenchScenario[] = [
  broadcastsScenario,
];
