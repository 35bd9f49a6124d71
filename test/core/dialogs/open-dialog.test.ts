import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dialogData, dialogDataIf } from '../../../src/core/kernel/dialogs/open-dialog.js';
import { StaleButton } from '../../../src/core/kernel/errors.js';
import type { Turn } from '../../../src/core/kernel/feature.js';

const schema = z.looseObject({ mentees: z.array(z.number().int()) });
const turnIn = (dialog: Turn['dialog']) => ({ dialog }) as Turn;
const open = (kind: string, step: string, data: Record<string, unknown>) => ({ kind, step, data, updatedAt: 0 });

describe('a button under a dialog reads the dialog\'s data through its schema', () => {
  it('gives the data typed when the turn is in that dialog and step', () => {
    const data = dialogData(turnIn(open('programme-new', 'mentees', { mentees: [3, 4] })), 'programme-new', schema, 'mentees');
    expect(data.mentees).toEqual([3, 4]);
  });

  it('is a stale button in another dialog, at another step, with no dialog, or when the data does not fit', () => {
    expect(() => dialogData(turnIn(open('ask', 'topic', { mentees: [] })), 'programme-new', schema)).toThrow(StaleButton);
    expect(() => dialogData(turnIn(open('programme-new', 'term', { mentees: [] })), 'programme-new', schema, 'mentees')).toThrow(StaleButton);
    expect(() => dialogData(turnIn(null), 'programme-new', schema)).toThrow(StaleButton);
    expect(() => dialogData(turnIn(open('programme-new', 'mentees', { mentees: ['x'] })), 'programme-new', schema)).toThrow(StaleButton);
  });

  it('dialogDataIf answers null instead of refusing', () => {
    expect(dialogDataIf(turnIn(null), 'question-pick', schema)).toBeNull();
    expect(dialogDataIf(turnIn(open('question-pick', 'pick', { mentees: [1] })), 'question-pick', schema)).toEqual({ mentees: [1] });
  });
});
