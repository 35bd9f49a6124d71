import type { BenchScenario } from '../types.js';
import { broadcastTelegram, broadcastVk } from './broadcast.js';
import { inbound } from './inbound.js';
import { memory } from './memory.js';

/** Every scenario of `npm run bench`, in the order they run. Each capability adds its own line. */
export const scenarios: BenchScenario[] = [
  broadcastTelegram,
  broadcastVk,
  inbound,
  memory,
];
