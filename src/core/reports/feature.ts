import { command, onAction } from '../kernel/feature.js';
import type { Feature } from '../kernel/feature.js';
import { reportDocAction } from './actions.js';
import { onReportDoc, reportDocuments } from './year-report-document.js';
import { fileCheckJob } from '../kernel/files/files.js';
import { reportCommand } from './year-report.js';
import { mentorRecordCommand } from './mentor-record.js';

/** Reports: the year-end report for the final pedagogical council, and files made outside the transaction. */
export const reportsFeature: Feature = {
  name: 'reports',
  commands: [
    command({ name: 'report', group: 'surveys', access: ['curator'], descriptionKey: 'reports-cmd', menuKey: 'reports-menu', handle: reportCommand }),
    command({ name: 'mentor_record', group: 'surveys', access: ['curator', 'mentor'], descriptionKey: 'labour-cmd-record', handle: mentorRecordCommand }),
  ],
  actions: [onAction(reportDocAction, ['curator'], onReportDoc)],
  documents: reportDocuments,
  jobs: { 'reports.file': fileCheckJob },
};
