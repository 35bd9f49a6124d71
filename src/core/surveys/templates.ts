import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { definitionSchema, type SurveyDefinition } from './definition.js';

/** Survey templates shipped in data/surveys/*.json (end of year for mentees and mentors, after a speed session, end of a programme). */

export const TEMPLATES_DIR = fileURLToPath(new URL('../../../data/surveys/', import.meta.url));

export interface SurveyTemplate {
  /** The file name without .json, [a-z0-9-]. */
  id: string;
  definition: SurveyDefinition;
}

let loaded: SurveyTemplate[] | null = null;

export function surveyTemplates(dir: string = TEMPLATES_DIR): SurveyTemplate[] {
  if (loaded && dir === TEMPLATES_DIR) return loaded;
  const list = readdirSync(dir)
    .filter((f) => /^[a-z0-9-]+\.json$/.test(f))
    .sort()
    .map((f) => ({ id: f.replace(/\.json$/, ''), definition: definitionSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))) }));
  if (dir === TEMPLATES_DIR) loaded = list;
  return list;
}
