import { command, onAction, type Feature } from '../kernel/feature.js';
import { documentsCommand, documentsPageAction, onDocumentsPage } from './menu.js';

/**
 * Documents for signing, in DOCX: /documents gathers what every capability offers (the order
 * assigning mentors, each programme and a mentor's consent, the analytical report); each
 * capability builds and sends its own (kernel/documents).
 */
export const documentsFeature: Feature = {
  name: 'documents',
  commands: [command({ name: 'documents', group: 'surveys', access: ['curator'], descriptionKey: 'documents-cmd', handle: documentsCommand })],
  actions: [onAction(documentsPageAction, ['curator'], onDocumentsPage)],
};
