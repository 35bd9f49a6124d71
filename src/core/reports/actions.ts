import { defineAction } from '../../messaging/actions.js';

/** The year's analytical report as a document (its school year): offered under the report and in /documents. */
export const reportDocAction = defineAction('doc.report', ['int']);
