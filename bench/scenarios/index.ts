import type { BenchScenario } from '../types.js';
import { routingScenario } from './routing.js';
import { sessionsScenario } from './sessions.js';
import { programmesTick } from './programmes-tick.js';
import { broadcastsScenario } from './broadcasts.js';
import { surveysBench } from './surveys.js';

/** Every scenario of `npm run bench`, in the order they run. Each capability adds its own line. */
export const scenarios: BenchScenario[] = [
  routingScenario,
  sessionsScenario,
  programmesTick,
  broadcastsScenario,
  surveysBench,
];
