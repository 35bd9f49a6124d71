import { defineAction } from '../../messaging/actions.js';

/** The curator's buttons in /holidays: add a school-holiday range, remove one (its id). */
export const addHolidayAction = defineAction('cal.add', []);
export const removeHolidayAction = defineAction('cal.rm', ['int']);
