import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { allFeatures } from '../../../src/app/features.js';
import type { Feature } from '../../../src/core/kernel/feature.js';
import { text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

describe('a survey audience from another feature', () => {
  it('the curator picks a group a feature knows (a speed session); only its members are asked', async () => {
    let members: number[] = [];
    const sessions: Feature = {
      name: 'sessions-stand-in',
      audiences: [
        {
          id: 'meeting',
          labelKey: 'surveys-audience-mentor',
          choices: () => [{ id: 42, label: 'Быстрая встреча 25.11' }],
          members: (_deps, _org, choice) => (choice === 42 ? members : []),
        },
      ],
    };
    h = await createHarness({ features: [...allFeatures(), sessions] });
    h.addPerson({ name: 'Куратор', userId: 'cur', roles: ['curator'] });
    const a = h.addPerson({ name: 'Участник А', userId: 'a', roles: ['mentee'] });
    h.addPerson({ name: 'Не участник', userId: 'b', roles: ['mentee'] });
    const c = h.addPerson({ name: 'Участник В', userId: 'c', roles: ['mentor'] });
    members = [a.id, c.id];

    await h.say('cur', '/survey_new');
    await h.press('cur', 'Отзыв о быстрой встрече');
    await h.press('cur', text('surveys-builder-next'));
    // The feature's source is the last button (its label key here is a stand-in).
    const audienceMsg = h.last('cur');
    await h.pressAction('cur', audienceMsg.buttons.flat().at(-1)!.action!);
    await h.press('cur', 'Быстрая встреча 25.11');
    await h.press('cur', text('surveys-mode-named'));
    await h.press('cur', text('surveys-opens-now'));
    await h.press('cur', text('surveys-days', { count: 7 }));
    await h.press('cur', '0');
    await h.press('cur', text('surveys-builder-launch'));
    expect(h.lastText('cur')).toMatch(/получат 2 человека/);
    expect(h.lastText('a')).toContain('Отзыв о быстрой встрече');
    expect(h.lastText('c')).toContain('Отзыв о быстрой встрече');
    expect(h.allText('b')).not.toContain('Отзыв о быстрой встрече');
    const groups = h.db.prepare('SELECT DISTINCT audience_group AS g FROM survey_participants').all();
    expect(groups).toEqual([{ g: 'meeting' }]);
    // No reminders were asked for.
    expect(h.db.prepare(`SELECT COUNT(*) AS n FROM jobs WHERE kind = 'surveys.remind'`).get()).toEqual({ n: 0 });
  });
});
