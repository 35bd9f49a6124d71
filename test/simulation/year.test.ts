import { afterAll, describe, expect, it } from 'vitest';
import { checkYear, runYear, type YearResult } from './school-year.js';

/**
 * A school of about 60 staff from 1 September to 31 May, in fast-forward through the real core
 * and the local adapter. The simulation's own ground truth against what people received and
 * what the curator is shown.
 */
let year: YearResult | undefined;
afterAll(async () => year?.h.close());

describe('a school year in fast-forward', () => {
  it('60 staff, September to May: hours kept, no question lost or offered twice, reminders in order, every figure true', async () => {
    // The figures are checked mid-year too, when some plan events are still ahead.
    const at = (iso: string) => Date.parse(iso);
    year = await runYear({ staff: 60, seed: 20260901, checkpoints: [at('2026-12-15T09:00:00Z'), at('2027-03-15T09:00:00Z')] });
    const { findings, figures } = await checkYear(year);
    // The year really happened (a broken simulation must not pass by doing nothing).
    expect(figures.asked as number).toBeGreaterThan(40);
    expect(figures.items as number).toBeGreaterThan(50);
    expect(figures.sessionsHeld as number).toBeGreaterThan(8);
    expect(figures.remindersChecked as number).toBeGreaterThan(50);
    expect(figures.hoursChecked as number).toBeGreaterThan(200);
    expect(figures.surveyFinished as number).toBeGreaterThan(5);
    const missing = ['taken', 'declined', 'assigned', 'session rated', 'absent tried to rate', 'leave', 'left', 'linked', 'survey half-way'].filter((what) => !((figures[what] as number) > 0));
    expect(missing).toEqual([]);
    const byKind = new Map<string, string[]>();
    for (const f of findings) byKind.set(f.invariant, [...(byKind.get(f.invariant) ?? []), f.detail]);
    if (findings.length) console.log(figures, [...byKind].map(([k, v]) => `${k} ×${v.length}\n  ${v.slice(0, 4).join('\n  ')}`).join('\n'));
    expect(findings).toEqual([]);
  }, 180_000);
});
