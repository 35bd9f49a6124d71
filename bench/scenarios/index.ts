import type { BenchScenario } from '../types.js';
import { broadcastMax, broadcastTelegram, broadcastVk, crashes } from './broadcast.js';
import { inbound } from './inbound.js';
import { fairness } from './fairness.js';
import { routingScenario } from './routing.js';
import { sessionsScenario } from './sessions.js';
import { programmesTick } from './programmes-tick.js';
import { broadcastsScenario } from './broadcasts.js';
import { surveysBench } from './surveys.js';
import { memory } from './memory.js';
import { backupScenario } from './backup.js';
import { yearBench } from './year.js';

/** Every scenario of `npm run bench`, in the order they run. Each capability adds its own line. */
export const scenarios: BenchScenario[] = [
  broadcastTelegram,
  broadcastVk,
  broadcastMax,
  crashes,
  fairness,
  inbound,
  routingScenario,
  sessionsScenario,
  programmesTick,
  broadcastsScenario,
  surveysBench,
  backupScenario,
  memory,
  yearBench,
];
