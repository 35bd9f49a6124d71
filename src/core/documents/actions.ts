import { defineAction } from '../../messaging/actions.js';

/** The documents a curator can ask for: the order, the year's analytical report (its school year), a programme, a mentor's consent (a programme id). */
export const orderDocAction = defineAction('doc.order', []);
export const reportDocAction = defineAction('doc.report', ['int']);
export const programmeDocAction = defineAction('doc.prog', ['int']);
export const consentDocAction = defineAction('doc.cons', ['int']);
