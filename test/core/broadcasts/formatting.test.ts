/**
 * A curator's formatting (bold, italic, links — the html a Telegram message's entities give)
 * kept through compose, preview, delivery, a split of a long text and the acknowledgement edit.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { BroadcastStore } from '../../../src/core/broadcasts/store.js';
import { MAX_BROADCAST_TEXT } from '../../../src/core/broadcasts/delivery.js';
import { text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

const copies = (userId: string) => h.messages(userId).filter((m) => m.text.startsWith('📢 Объявление'));

async function setUp() {
  h = await createHarness();
  h.addPerson({ name: 'Анна Куратор', userId: 'anna', roles: ['curator'] });
  h.addPerson({ name: 'Ольга Наставник', userId: 'olga', roles: ['mentor'] });
  h.addPerson({ name: 'Павел Наставник', userId: 'pavel', roles: ['mentor'] });
}

describe('broadcasts keep the curator’s formatting', () => {
  it('a formatted text is previewed and delivered as html, and kept by the acknowledgement edit', async () => {
    await setUp();
    const body = 'Педсовет в четверг, повестка: https://school.example/?a=1&b=2 <важно>';
    const html = '<b>Педсовет</b> в <i>четверг</i>, <a href="https://school.example/?a=1&amp;b=2">повестка</a> &lt;важно&gt;';
    await h.say('anna', '/broadcast');
    await h.say('anna', body, { html });
    await h.press('anna', text('broadcast-aud-mentor'));
    const preview = h.last('anna');
    expect(preview.format).toBe('html');
    expect(preview.text).toContain(`📢 Объявление\n\n${html}`);
    expect(preview.text).toContain('Кому: Наставникам — 2 человека');

    await h.press('anna', text('broadcast-ack-on-button'));
    await h.press('anna', text('broadcast-send-now'));
    for (const who of ['olga', 'pavel']) {
      expect(copies(who)).toHaveLength(1);
      expect(copies(who)[0]).toMatchObject({ text: `📢 Объявление\n\n${html}`, format: 'html' });
    }
    // The acknowledgement edit keeps the formatting.
    await h.press('olga', text('broadcast-ack-button'));
    expect(copies('olga')[0]).toMatchObject({ format: 'html', buttons: [] });
    expect(copies('olga')[0]!.text).toBe(`📢 Объявление\n\n${html}\n\n✅ Вы подтвердили, что ознакомились.`);
    // /broadcasts lists it by its plain text.
    await h.say('anna', '/broadcasts');
    expect(h.lastText('anna')).toContain('Педсовет в четверг, повестка');
    expect(h.lastText('anna')).not.toContain('<b>');
  });

  it('an unformatted text stays plain, even with < and & in it', async () => {
    await setUp();
    await h.say('anna', '/broadcast');
    await h.say('anna', 'Итоги: 5 < 7 & всё хорошо');
    await h.press('anna', text('broadcast-aud-mentor'));
    await h.press('anna', text('broadcast-send-now'));
    expect(copies('olga')[0]).toMatchObject({ text: '📢 Объявление\n\nИтоги: 5 < 7 & всё хорошо', format: 'plain' });
  });

  it('the length limit counts what a reader sees; a long html copy is split into well-formed parts', async () => {
    await setUp();
    // 3,480 visible characters, several times that with the tags: taken, and sent as valid parts.
    const words = Array.from({ length: 580 }, (_, i) => `слово${i % 10}`);
    const body = words.join(' ').slice(0, 3480);
    expect(body.length).toBeLessThanOrEqual(MAX_BROADCAST_TEXT);
    const html = body
      .split(' ')
      .map((w, i) => (i % 2 ? `<b>${w}</b>` : `<a href="https://x.example/?w=${i}&amp;k=1">${w}</a>`))
      .join(' ');
    expect(html.length).toBeGreaterThan(4000);
    await h.say('anna', '/broadcast');
    await h.say('anna', body, { html });
    expect(h.lastText('anna')).not.toContain('слишком длинный');
    await h.press('anna', text('broadcast-aud-mentor'));
    await h.press('anna', text('broadcast-send-now'));
    const got = h.messages('olga');
    expect(got.length).toBeGreaterThan(1);
    expect(got.flatMap((m) => m.text.replace(/<[^>]*>/g, '').split(/\s+/))).toEqual(['📢', 'Объявление', ...body.split(' ')]);
    for (const m of got) {
      expect(m.format).toBe('html');
      expect(m.text.length).toBeLessThanOrEqual(4000);
      // no tag cut: every < starts a whole tag of ours, and opened tags are closed
      expect(m.text.replace(/<\/?(b|a)( href="[^"]*")?>/g, '')).not.toMatch(/[<>]/);
      expect((m.text.match(/<b>/g) ?? []).length).toBe((m.text.match(/<\/b>/g) ?? []).length);
      expect((m.text.match(/<a /g) ?? []).length).toBe((m.text.match(/<\/a>/g) ?? []).length);
    }
  });

  it('a text over the limit in visible characters is still refused with its length', async () => {
    await setUp();
    const text = 'а'.repeat(MAX_BROADCAST_TEXT + 1);
    await h.say('anna', '/broadcast');
    await h.say('anna', text, { html: `<b>${text}</b>` });
    expect(h.lastText('anna')).toMatch(/3\s501 символов/);
    expect(BroadcastStore.of(h.db).get(h.org.id, 1)!.text).toBe('');
  });

});

describe('the preview of a formatted text', () => {
  it('escapes our own lines around it (an audience named with < and &)', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Анна Куратор', userId: 'anna', roles: ['curator'] });
    h.addPerson({ name: 'Ольга Наставник', userId: 'olga', roles: ['mentor'], position: 'Логопед & <дефектолог>' });
    await h.say('anna', '/broadcast');
    await h.say('anna', 'Встреча завтра', { html: '<b>Встреча</b> завтра' });
    await h.press('anna', text('broadcast-aud-position'));
    await h.press('anna', 'Логопед');
    const preview = h.last('anna');
    expect(preview.format).toBe('html');
    expect(preview.text).toContain('<b>Встреча</b> завтра');
    expect(preview.text).toContain('должность «Логопед &amp; &lt;дефектолог&gt;»');
  });
});

describe('a formatted caption', () => {
  it('a photo with a formatted caption goes out with the html caption; a file added to a formatted text keeps it', async () => {
    await setUp();
    await h.say('anna', '/broadcast');
    await h.local.sendFile('anna', { kind: 'photo', name: 'afisha.jpg', mime: 'image/jpeg', bytes: Buffer.from([1, 2, 3]) }, 'Афиша фестиваля', {
      captionHtml: '<b>Афиша</b> фестиваля',
    });
    await h.flush();
    await h.press('anna', text('broadcast-aud-mentor'));
    await h.press('anna', text('broadcast-send-now'));
    expect(copies('olga')[0]).toMatchObject({ text: '📢 Объявление\n\n<b>Афиша</b> фестиваля', format: 'html' });
    expect(copies('olga')[0]!.file?.name).toBe('afisha.jpg');

    await h.say('anna', '/broadcast');
    await h.say('anna', 'Программа дня', { html: '<i>Программа</i> дня' });
    await h.press('anna', text('broadcast-aud-mentor'));
    await h.press('anna', text('broadcast-retext-button'));
    const draft = BroadcastStore.of(h.db).get(h.org.id, 2)!;
    expect(draft).toMatchObject({ status: 'draft', html: '<i>Программа</i> дня' });
    await h.local.sendFile('anna', { kind: 'document', name: 'plan.pdf', bytes: Buffer.from([4]) });
    await h.flush();
    expect(BroadcastStore.of(h.db).get(h.org.id, draft.id)).toMatchObject({ text: 'Программа дня', html: '<i>Программа</i> дня', file: { name: 'plan.pdf' } });
  });
});
