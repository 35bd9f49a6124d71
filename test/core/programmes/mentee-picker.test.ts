import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

describe('choosing mentees for a new programme in a large school', () => {
  it('pages through all mentees; a choice on a later page is kept while paging, and the pair is formed with her', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Анна Куратор', roles: ['curator'], userId: 'anna' });
    h.addPerson({ name: 'Ольга Наставник', roles: ['mentor'], userId: 'olga' });
    // 24 mentees: alphabetical, the last one («Юлия») on the third page.
    const names = Array.from({ length: 23 }, (_, i) => `Мария Новая${String(i + 1).padStart(2, '0')}`);
    for (const [i, name] of names.entries()) h.addPerson({ name, roles: ['mentee'], userId: `m${i}` });
    const julia = h.addPerson({ name: 'Юлия Последняя', roles: ['mentee'], userId: 'julia' });

    await h.say('anna', '/new_programme');
    const picker = h.last('anna');
    const labels = () => h.messages('anna').find((m) => m.id === picker.id)!.buttons.flat().map((b) => b.label);
    expect(labels()).not.toContain('Юлия Последняя');
    await h.press('anna', text('common-next'), picker.id);
    await h.press('anna', text('common-next'), picker.id);
    expect(labels()).toContain('Юлия Последняя');
    await h.press('anna', 'Юлия Последняя', picker.id);
    // Still on the last page, with her marked and the way on saying how many are chosen.
    expect(labels()).toEqual(expect.arrayContaining(['✅ Юлия Последняя', text('programmes-new-mentees-done', { count: 1 }), text('common-prev')]));
    await h.press('anna', text('common-prev'), picker.id);
    expect(labels()).toContain(text('programmes-new-mentees-done', { count: 1 }));
    await h.press('anna', text('programmes-new-mentees-done', { count: 1 }), picker.id);
    await h.press('anna', 'Ольга Наставник');
    await h.press('anna', text('programmes-kind-traditional'));
    const programme = h.db.prepare(`SELECT p.id FROM programmes p JOIN programme_members m ON m.programme_id = p.id WHERE m.person_id = ? AND m.role = 'mentee'`).get(julia.id);
    // The wizard goes on to the template and term steps with Julia as the mentee (no programme is made before the end).
    expect(programme).toBeUndefined();
    expect(h.db.prepare(`SELECT data FROM dialogs`).all().map((r) => JSON.parse((r as { data: string }).data).mentees)).toContainEqual([julia.id]);
  });
});
