import { command } from '../kernel/feature.js';
import type { Feature } from '../kernel/feature.js';
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
  jobs: { 'reports.file': fileCheckJob },
};
