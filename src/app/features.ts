import type { Feature } from '../core/kernel/feature.js';
import { dialogsFeature } from '../core/kernel/dialogs/feature.js';
import { peopleFeature } from '../core/people/feature.js';
import { linkingFeature } from '../core/linking/feature.js';
import { questionsFeature } from '../core/questions/feature.js';
import { sessionsFeature } from '../core/sessions/feature.js';
import { programmesFeature } from '../core/programmes/feature.js';
import { broadcastsFeature } from '../core/broadcasts/feature.js';
import { surveysFeature } from '../core/surveys/feature.js';
import { reportsFeature } from '../core/reports/feature.js';
import { calendarFeature } from '../core/calendar/feature.js';
import { documentsFeature } from '../core/documents/feature.js';

/** Every capability of the bot, in the order free messages are offered to them. */
export function allFeatures(): Feature[] {
  return [
    dialogsFeature,
    peopleFeature,
    linkingFeature,
    questionsFeature,
    sessionsFeature,
    programmesFeature,
    broadcastsFeature,
    surveysFeature,
    reportsFeature,
    calendarFeature,
    documentsFeature,
  ];
}
