/** Found by the year simulation: a mentee's report went to a mentor who had left the school. */
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { deactivateAction } from '../../../src/core/people/roster.js';
import { doneAction, noCommentAction, confirmAction } from '../../../src/core/programmes/actions.js';
import { itemsOf } from '../../../src/core/programmes/programme.js';
import { pair, people } from './support.js';

let h: Harness;
afterEach(async () => h?.close());

describe('a mentor who left the school', () => {
  it('gets no more reports; the curator checks them instead and may confirm', async () => {
    h = await createHarness();
    const cast = people(h);
    const p = pair(h, cast, [{ title: 'Открытое занятие', dueOn: '2026-12-10' }]);
    await h.pressAction('anna', deactivateAction.encode(cast.mentor.id));
    const olgaBefore = h.messages('olga').length;
    const [item] = itemsOf(h.db, p.id);
    await h.pressAction('ivan', doneAction.encode(item!.id));
    await h.pressAction('ivan', noCommentAction.encode(item!.id));
    expect(h.messages('olga').length).toBe(olgaBefore);
    expect(h.lastText('anna')).toContain('Отмечено выполненным: «Открытое занятие»');
    await h.pressAction('anna', confirmAction.encode(item!.id));
    expect(itemsOf(h.db, p.id)[0]!.state).toBe('done');
  });
});
