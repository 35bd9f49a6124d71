import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { z } from 'zod';
import type { Language } from '../../i18n/i18n.js';
import type { CoreDeps } from '../kernel/deps.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { getProgramme, PROGRAMME_KINDS, RESPONSIBLE, setTemplate, type PlanItem } from './programme.js';
import { addItem } from './planning.js';
import { addDays, todayIn } from '../kernel/dates/days.js';
import { getOrganisation } from '../kernel/organisation/organisation.js';

/**
 * Plan templates shipped in data/plans/*.json: a year of events for a young specialist, a short
 * reverse-mentoring plan… Each item's deadline is a number of days after the programme starts.
 */

const text = z.object({ ru: z.string().min(1).max(200), en: z.string().min(1).max(200) });
const templateSchema = z.object({
  code: z.string().regex(/^[a-z0-9-]{1,20}$/),
  title: text,
  kind: z.enum(PROGRAMME_KINDS),
  months: z.number().int().min(1).max(24),
  items: z
    .array(z.object({ day: z.number().int().min(0).max(800), responsible: z.enum(RESPONSIBLE), title: text, description: text.optional() }))
    .min(1)
    .max(100),
});
export type PlanTemplate = z.infer<typeof templateSchema>;

export const PLANS_DIR = fileURLToPath(new URL('../../../data/plans/', import.meta.url));

let loaded: PlanTemplate[] | null = null;

export function planTemplates(dir: string = PLANS_DIR): PlanTemplate[] {
  if (loaded && dir === PLANS_DIR) return loaded;
  const list = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const parsed = templateSchema.safeParse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
      if (!parsed.success) throw new Error(`data/plans/${f}: ${parsed.error.message}`);
      return parsed.data;
    });
  if (dir === PLANS_DIR) loaded = list;
  return list;
}

export function findTemplate(code: string): PlanTemplate | null {
  return planTemplates().find((t) => t.code === code) ?? null;
}

/**
 * Adds a template's items to a programme's plan in the given language. Items whose day falls
 * after the programme's end are moved to its last day; with `allowPast` (the demo), items already
 * behind are kept as they are, otherwise they are left out.
 */
export function applyTemplate(
  deps: CoreDeps,
  programmeId: number,
  code: string,
  lang: Language,
  opts: { now: number; createdBy?: number | null; allowPast?: boolean },
): PlanItem[] {
  const template = findTemplate(code);
  if (!template) throw new StaleButton();
  const programme = getProgramme(deps.db, programmeId);
  if (!programme) throw new UserError('programmes-not-running');
  const today = todayIn(getOrganisation(deps.db, programme.organisationId).timezone, opts.now);
  const items: PlanItem[] = [];
  for (const t of template.items) {
    let dueOn = addDays(programme.startsOn, t.day);
    if (dueOn > programme.endsOn) dueOn = programme.endsOn;
    if (dueOn < today && !opts.allowPast) continue;
    items.push(
      addItem(deps, {
        programmeId,
        title: t.title[lang],
        description: t.description?.[lang] ?? '',
        dueOn,
        responsible: t.responsible,
        createdBy: opts.createdBy ?? null,
        allowPast: opts.allowPast,
        now: opts.now,
      }),
    );
  }
  setTemplate(deps.db, programmeId, code);
  return items;
}
