import { afterEach, describe, expect, it } from 'vitest';
import { createVkHarness, type VkHarness } from '../../support/vk-harness.js';
import { launchSurvey } from '../../../src/core/surveys/launch.js';
import { surveysFeature } from '../../../src/core/surveys/feature.js';
import { definitionSchema } from '../../../src/core/surveys/definition.js';
import { Notifier } from '../../../src/core/kernel/contact/notifier.js';

let v: VkHarness;
afterEach(async () => v?.close());

describe('a survey through the real vk-io adapter', () => {
  it('a mentee on VK answers with callback buttons (a toggle edited in place) and text', async () => {
    v = await createVkHarness();
    const { h } = v;
    h.addPerson({ name: 'Вера ВК', platform: 'vk', userId: '5101', roles: ['mentee'] });
    const deps = h.app.deps;
    const definition = definitionSchema.parse({
      title: 'Опрос ВК',
      questions: [
        { id: 's', type: 'scale', text: 'Оценка', min: 1, max: 5 },
        { id: 'm', type: 'multi', text: 'Что было полезно', options: ['Встречи', 'Советы'] },
        { id: 't', type: 'text', text: 'Пожелание' },
      ],
    });
    deps.db.transaction(() =>
      launchSurvey(
        { deps, org: h.org, features: [surveysFeature], now: h.clock.now(), person: null, notifier: new Notifier(deps, h.org) },
        { definition, audience: { kind: 'roles', roles: ['mentee'] }, anonymous: true, closesAt: h.clock.now() + 7 * 86_400_000, maxReminders: 0 },
      ),
    )();
    await h.flush();
    expect(v.lastText(5101)).toContain('Опрос ВК');
    await v.press(5101, 'Начать');
    expect(v.lastText(5101)).toContain('Вопрос 1 из 3');
    await v.press(5101, '5');
    await v.press(5101, 'Советы');
    await v.press(5101, 'Готово');
    await v.say(5101, 'Побольше практики');
    expect(v.lastText(5101)).toContain('Спасибо');
    const answers = h.db.prepare('SELECT question_id, value FROM survey_answers ORDER BY question_id').all();
    expect(answers).toEqual([
      { question_id: 'm', value: '[1]' },
      { question_id: 's', value: '5' },
      { question_id: 't', value: 'Побольше практики' },
    ]);
  });
});
