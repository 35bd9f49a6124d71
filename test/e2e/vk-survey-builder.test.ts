/**
 * The survey builder on VK (the real vk-io adapter against the fake VK API): the curator previews a
 * template, copies it into the draft, deletes a question and adds her own (several of typed
 * options), is refused a closing date in the past and a button from an old message, sees the
 * summary and launches; a VK mentee gets the invitation and answers with callback buttons.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVkHarness, type VkHarness } from '../support/vk-harness.js';
import { surveyTemplates } from '../../src/core/surveys/templates.js';
import type { TextArgs } from '../../src/i18n/i18n.js';

const ANNA = 4401;
const VERA = 4402;
let v: VkHarness;

beforeEach(async () => {
  v = await createVkHarness();
});
afterEach(async () => {
  await v.close();
});

describe('the survey builder on VK', () => {
  it('a template previewed, copied and edited, dates checked, launched only after the summary', async () => {
    const { h, fake } = v;
    const t = (key: string, args?: TextArgs) => h.app.deps.i18n.t('ru', key, args);
    h.addPerson({ name: 'Куратор Анна', roles: ['curator'], platform: 'vk', userId: String(ANNA) });
    h.addPerson({ name: 'Наставляемая Вера', roles: ['mentee'], platform: 'vk', userId: String(VERA) });
    const say = async (text: string) => (h.clock.advance(3000), v.say(ANNA, text));
    const press = async (label: string) => (h.clock.advance(3000), v.press(ANNA, label));
    const template = surveyTemplates().find((x) => x.definition.title.includes('быстрой встрече'))!;
    const [first, ...rest] = template.definition.questions;

    await say('/survey_new');
    await press('Отзыв о быстрой встрече');
    const preview = v.lastText(ANNA);
    template.definition.questions.forEach((q, i) => expect(preview).toContain(`${i + 1}. ${q.text}`));
    const old = fake.messagesTo(ANNA).at(-1)!;

    await press(t('surveys-builder-delete'));
    await press('1');
    expect(v.texts(ANNA).join('\n')).toContain(t('surveys-builder-deleted', { n: 1 }));
    expect(v.lastText(ANNA)).not.toContain(first!.text);
    await press(t('surveys-builder-add'));
    await say('Что было самым полезным?');
    await press(t('surveys-builder-kind-multi'));
    await say('Разбор случаев\nПрактика\nОбщение');
    expect(v.lastText(ANNA)).toContain(t('surveys-builder-line-multi', { options: 'Разбор случаев · Практика · Общение' }));

    // The first preview's «Дальше»: the draft has changed since, so it is refused.
    const next = old.keyboard!.buttons.flat().find((b) => b.action.label === t('surveys-builder-next'))!;
    h.clock.advance(3000);
    const eventId = fake.pushMessageEvent({ userId: ANNA, payload: next.action.payload!, conversationMessageId: old.conversationMessageId });
    await fake.waitFor(() => fake.callsOf('messages.sendMessageEventAnswer').find((c) => c.params.event_id === eventId), 'the stale answer');
    await h.flush();
    expect(v.lastText(ANNA)).toBe(t('common-stale-button'));

    await press(t('surveys-builder-next'));
    await press(t('surveys-audience-mentee'));
    await press(t('surveys-mode-anonymous'));
    await press(t('surveys-opens-now'));
    await say('01.11.2026');
    expect(v.lastText(ANNA)).toBe(t('surveys-date-past'));
    await say('10.12.2026 18:00');
    await press('0');
    const summary = v.lastText(ANNA);
    expect(summary).toContain(`«${template.definition.title}», ${rest.length + 1} вопрос`);
    expect(summary).toContain('закроется 10 декабря в 18:00');
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM surveys').get()).toEqual({ n: 0 });
    expect(v.texts(VERA)).toEqual([]);
    await press(t('surveys-builder-launch'));
    expect(v.lastText(ANNA)).toContain(t('surveys-launched', { title: template.definition.title, id: 1, count: 1, later: 'no', until: '10 декабря в 18:00' }));
    await h.flush();

    expect(v.lastText(VERA)).toContain(template.definition.title);
    await v.press(VERA, t('surveys-start-button'));
    expect(v.lastText(VERA)).toContain(t('surveys-progress', { n: 1, total: rest.length + 1, title: template.definition.title }));
    const def = JSON.parse((h.db.prepare('SELECT definition FROM surveys').get() as { definition: string }).definition);
    expect(def.questions.map((q: { text: string }) => q.text)).toEqual([...rest.map((q) => q.text), 'Что было самым полезным?']);
  });
});
