import { defineAction } from '../../messaging/actions.js';

/** The documents a curator can ask for: the order, a programme, a mentor's consent (a programme id); the year's report is the reports' own button. */
export const orderDocAction = defineAction('doc.order', []);
export { reportDocAction } from '../reports/actions.js';
export const programmeDocAction = defineAction('doc.prog', ['int']);
export const consentDocAction = defineAction('doc.cons', ['int']);
