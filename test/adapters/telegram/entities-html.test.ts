import { describe, expect, it } from 'vitest';
import type { MessageEntity, Update } from 'grammy/types';
import { entitiesToHtml, escapeHtml } from '../../../src/adapters/telegram/entities-html.js';
import { toIncoming } from '../../../src/adapters/telegram/updates.js';
import { htmlToPlain } from '../../../src/adapters/vk/message-text.js';

/** The entity over the first occurrence of `part` in `text`, offsets in UTF-16 units as Telegram counts them. */
function over(text: string, part: string, entity: { type: MessageEntity['type']; url?: string }): MessageEntity {
  const offset = text.indexOf(part);
  if (offset < 0) throw new Error(`"${part}" is not in the text`);
  return { ...entity, offset, length: part.length } as MessageEntity;
}

describe('entitiesToHtml', () => {
  it('is undefined for a text without formatting entities', () => {
    expect(entitiesToHtml('Привет', undefined)).toBeUndefined();
    expect(entitiesToHtml('Привет @anna #тег', [{ type: 'mention', offset: 7, length: 5 }, { type: 'hashtag', offset: 13, length: 4 }])).toBeUndefined();
  });

  it('renders each supported kind', () => {
    const text = 'a b c d e f g';
    const html = entitiesToHtml(text, [
      { type: 'bold', offset: 0, length: 1 },
      { type: 'italic', offset: 2, length: 1 },
      { type: 'underline', offset: 4, length: 1 },
      { type: 'strikethrough', offset: 6, length: 1 },
      { type: 'code', offset: 8, length: 1 },
      { type: 'pre', offset: 10, length: 1 },
      { type: 'pre', offset: 12, length: 1, language: 'ts' },
    ]);
    expect(html).toBe('<b>a</b> <i>b</i> <u>c</u> <s>d</s> <code>e</code> <pre>f</pre> <pre><code class="language-ts">g</code></pre>');
  });

  it('nests entities as the person nested them', () => {
    const text = 'Важно: приходите все';
    const html = entitiesToHtml(text, [over(text, 'Важно: приходите', { type: 'bold' }), over(text, 'приходите', { type: 'italic' })]);
    expect(html).toBe('<b>Важно: <i>приходите</i></b> все');
    // Same start, the longer outside, whatever order they come in.
    const same = entitiesToHtml('abcd', [{ type: 'italic', offset: 0, length: 2 }, { type: 'bold', offset: 0, length: 4 }]);
    expect(same).toBe('<b><i>ab</i>cd</b>');
  });

  it('closes and reopens entities that overlap without nesting', () => {
    const html = entitiesToHtml('abcdef', [{ type: 'bold', offset: 0, length: 4 }, { type: 'italic', offset: 2, length: 4 }]);
    expect(html).toBe('<b>ab<i>cd</i></b><i>ef</i>');
  });

  it('keeps tags in place after Cyrillic and emoji (UTF-16 offsets)', () => {
    // "👩‍🏫" is 5 UTF-16 units, "🎉" is 2: a converter counting code points would shift the tags.
    const text = '👩‍🏫 Учитель года 🎉 — итоги';
    const html = entitiesToHtml(text, [over(text, 'Учитель года', { type: 'bold' }), over(text, 'итоги', { type: 'italic' })]);
    expect(html).toBe('👩‍🏫 <b>Учитель года</b> 🎉 — <i>итоги</i>');
    const emojiBold = entitiesToHtml('🎉🎉 да', [{ type: 'bold', offset: 2, length: 2 }]);
    expect(emojiBold).toBe('🎉<b>🎉</b> да');
  });

  it('escapes the text and a text_link URL with & in it', () => {
    const text = 'Анкета <для> родителей & учителей';
    const html = entitiesToHtml(text, [over(text, 'Анкета', { type: 'text_link', url: 'https://forms.example/?a=1&b="2"' })]);
    expect(html).toBe('<a href="https://forms.example/?a=1&amp;b=&quot;2&quot;">Анкета</a> &lt;для&gt; родителей &amp; учителей');
    expect(htmlToPlain(html!)).toBe('Анкета (https://forms.example/?a=1&b="2") <для> родителей & учителей');
  });

  it('links a url entity with its scheme, leaves a bare domain to Telegram', () => {
    const text = 'См. https://school.example/a?x=1&y=2 и school.example';
    const bare = entitiesToHtml(text, [{ type: 'url', offset: text.lastIndexOf('school.example'), length: 14 }]);
    expect(bare).toBeUndefined();
    const one = entitiesToHtml(text, [over(text, 'https://school.example/a?x=1&y=2', { type: 'url' })]);
    expect(one).toBe('См. <a href="https://school.example/a?x=1&amp;y=2">https://school.example/a?x=1&amp;y=2</a> и school.example');
    expect(htmlToPlain(one!)).toBe('См. https://school.example/a?x=1&y=2 и school.example');
  });

  it('clamps entities that run past the text and ignores empty ones', () => {
    expect(entitiesToHtml('abc', [{ type: 'bold', offset: 1, length: 10 }, { type: 'italic', offset: 3, length: 0 }])).toBe('a<b>bc</b>');
  });

  it('escapeHtml escapes the four characters HTML needs', () => {
    expect(escapeHtml(`<a href="x">&amp;</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;amp;&lt;/a&gt;');
  });
});

describe('toIncoming carries the formatting', () => {
  const person = { id: 501, is_bot: false, first_name: 'Анна' };
  const chat = { id: 501, type: 'private' as const, first_name: 'Анна' };
  const update = (fields: Record<string, unknown>) =>
    ({ update_id: 1, message: { message_id: 7, date: 1, chat, from: person, ...fields } }) as unknown as Update;

  it('a formatted text has html beside its plain text; an unformatted one has none', () => {
    const text = 'Собрание в пятницу';
    expect(toIncoming(update({ text, entities: [over(text, 'пятницу', { type: 'bold' })] }), { id: 9 })).toMatchObject({
      kind: 'text',
      text,
      html: 'Собрание в <b>пятницу</b>',
    });
    const plain = toIncoming(update({ text: 'a < b' }), { id: 9 });
    expect(plain).toMatchObject({ kind: 'text', text: 'a < b' });
    expect(plain).not.toHaveProperty('html');
  });

  it('a formatted caption has captionHtml', () => {
    const caption = 'План на май';
    const inc = toIncoming(
      update({ caption, caption_entities: [over(caption, 'май', { type: 'italic' })], document: { file_id: 'F1', file_unique_id: 'u', file_name: 'plan.pdf' } }),
      { id: 9 },
    );
    expect(inc).toMatchObject({ kind: 'file', caption, captionHtml: 'План на <i>май</i>' });
  });
});
