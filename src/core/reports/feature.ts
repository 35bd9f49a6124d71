import type { Feature } from '../feature.js';
import { fileCheckJob } from './files.js';
import { reportCommand } from './year-report.js';

/** Reports: the year-end report for the final pedagogical council, and files made outside the transaction. */
export const reportsFeature: Feature = {
  name: 'reports',
  commands: [{ name: 'report', access: ['curator'], descriptionKey: 'reports-cmd', handle: reportCommand }],
  jobs: { 'reports.file': fileCheckJob },
};
