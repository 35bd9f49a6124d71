import { command } from '../kernel/feature.js';
import { onAction, type Feature } from '../kernel/feature.js';
import { consentDocAction, orderDocAction, programmeDocAction, reportDocAction } from './actions.js';
import { documentsCommand, onConsentDoc, onOrderDoc, onProgrammeDoc, onReportDoc } from './menu.js';

/** Documents for signing, in DOCX: the order assigning mentors, each programme, a mentor's consent and addendum, the analytical report. */
export const documentsFeature: Feature = {
  name: 'documents',
  commands: [command({ name: 'documents', group: 'surveys', access: ['curator'], descriptionKey: 'documents-cmd', handle: documentsCommand })],
  actions: [
    onAction(orderDocAction, ['curator'], onOrderDoc),
    onAction(reportDocAction, ['curator'], onReportDoc),
    onAction(programmeDocAction, ['curator'], onProgrammeDoc),
    onAction(consentDocAction, ['curator'], onConsentDoc),
  ],
};
