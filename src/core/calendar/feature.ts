import { command } from '../kernel/feature.js';
import { onAction, type Feature } from '../kernel/feature.js';
import { addHolidayAction, removeHolidayAction } from './actions.js';
import { holidayDialogs, holidaysCommand, onAddHoliday, onRemoveHoliday } from './holidays-command.js';

/** The working calendar as curators see it: the national calendar's coverage and the school holidays they enter. */
export const calendarFeature: Feature = {
  name: 'calendar',
  commands: [command({ name: 'holidays', group: 'programmes', access: ['curator'], descriptionKey: 'calendar-cmd', handle: holidaysCommand })],
  actions: [onAction(addHolidayAction, ['curator'], onAddHoliday), onAction(removeHolidayAction, ['curator'], onRemoveHoliday)],
  dialogs: holidayDialogs,
};
