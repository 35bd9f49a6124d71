import { describe, expect, it } from 'vitest';
import { LABEL_MAX, shortLabel, shortLabelIn } from '../../src/messaging/labels.js';

const length = (s: string) => Array.from(s).length;

describe('button labels', () => {
  it('leaves a short label as it is, spaces tidied', () => {
    expect(shortLabel('Записаться')).toBe('Записаться');
    expect(shortLabel('  Два\n слова ')).toBe('Два слова');
    expect(shortLabel('x'.repeat(LABEL_MAX))).toBe('x'.repeat(LABEL_MAX));
  });

  it('cuts a long label at a word boundary with an ellipsis, within the limit', () => {
    const label = shortLabel('Как провести родительское собрание без конфликтов и слёз');
    expect(label).toBe('Как провести родительское собрание без…');
    expect(length(label)).toBeLessThanOrEqual(LABEL_MAX);
  });

  it('keeps the tail whole and shortens only the text before it', () => {
    const label = shortLabel('30.11 15:00 · Как провести родительское собрание без конфликтов', LABEL_MAX, ' (4 места)');
    expect(label).toBe('30.11 15:00 · Как провести… (4 места)');
    expect(length(label)).toBeLessThanOrEqual(LABEL_MAX);
    expect(shortLabel('Коротко', LABEL_MAX, ' (4 места)')).toBe('Коротко (4 места)');
  });

  it('drops punctuation left dangling before the ellipsis', () => {
    expect(shortLabel('Знакомство: традиции детского сада, правила распорядка', 40)).toBe('Знакомство: традиции детского сада…');
    expect(shortLabel('Открытый показ наставника: организация режимных моментов', 34)).toBe('Открытый показ наставника…');
  });

  it('cuts one very long word mid-word rather than leave almost nothing', () => {
    expect(shortLabel(`Да ${'Ж'.repeat(60)}`, 20)).toBe(`Да ${'Ж'.repeat(16)}…`);
  });

  it('counts code points, so Cyrillic and emoji are never split', () => {
    const label = shortLabel('🎤 '.repeat(30), 10);
    expect(length(label)).toBeLessThanOrEqual(10);
    expect(label).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('a tail longer than the limit is cut with the rest', () => {
    const label = shortLabel('Встреча', 10, ' (очень длинный хвост)');
    expect(length(label)).toBeLessThanOrEqual(10);
    expect(label.endsWith('…')).toBe(true);
  });

  it('shortens the text inside a frame, the frame kept whole', () => {
    const frame = (title: string) => `${title} (до 07.12.2026)`;
    expect(shortLabelIn(frame, 'Итоги года')).toBe('Итоги года (до 07.12.2026)');
    const label = shortLabelIn(frame, 'Итоги года: анкета наставника для итогового педсовета');
    expect(label).toBe('Итоги года: анкета… (до 07.12.2026)');
    expect(length(label)).toBeLessThanOrEqual(LABEL_MAX);
  });
});
