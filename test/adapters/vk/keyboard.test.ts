import { describe, expect, it } from 'vitest';
import { fitLabel, inlineKeyboardPages, menuKeyboard, toVkButton } from '../../../src/adapters/vk/keyboard.js';
import type { Button } from '../../../src/messaging/types.js';

const b = (i: number): Button => ({ label: `B${i}`, action: `pick:${i}` });

describe('VK keyboards', () => {
  it('cuts labels to 40 characters with an ellipsis', () => {
    expect(fitLabel('Короткая')).toBe('Короткая');
    const long = 'Ж'.repeat(50);
    expect(Array.from(fitLabel(long))).toHaveLength(40);
    expect(fitLabel(long).endsWith('…')).toBe(true);
    expect(Array.from(fitLabel('👩‍🏫'.repeat(30))).length).toBeLessThanOrEqual(40);
  });

  it('cuts a long label of words at a word boundary, not mid-word', () => {
    expect(fitLabel('30.11.2026 15:00 · Как провести родительское собрание без конфликтов')).toBe('30.11.2026 15:00 · Как провести…');
  });

  it('makes callback buttons with {"a": action} and link buttons, and drops what VK cannot carry', () => {
    expect(toVkButton({ label: 'Да', action: 'yes:1', style: 'positive' })).toEqual({ action: { type: 'callback', label: 'Да', payload: '{"a":"yes:1"}' }, color: 'positive' });
    expect(toVkButton({ label: 'Сайт', url: 'https://a.ru' })).toEqual({ action: { type: 'open_link', label: 'Сайт', link: 'https://a.ru' } });
    expect(toVkButton({ label: 'Пусто' })).toBeNull();
    expect(toVkButton({ label: 'Огромный', action: 'x'.repeat(300) })).toBeNull();
  });

  it('keeps a small keyboard on one page', () => {
    const { pages, dropped } = inlineKeyboardPages([[b(1), b(2)], [b(3)]]);
    expect(dropped).toBe(0);
    expect(pages).toHaveLength(1);
    expect(pages[0]!.buttons.map((r) => r.length)).toEqual([2, 1]);
  });

  it('wraps a row of 7 into rows of at most 5', () => {
    const { pages } = inlineKeyboardPages([Array.from({ length: 7 }, (_, i) => b(i))]);
    expect(pages[0]!.buttons.map((r) => r.length)).toEqual([5, 2]);
  });

  it('pages at 6 rows and at 10 buttons, keeping every button in order', () => {
    const rows = Array.from({ length: 8 }, (_, i) => [b(i)]);
    const byRows = inlineKeyboardPages(rows).pages;
    expect(byRows.map((p) => p.buttons.length)).toEqual([6, 2]);
    const wide = Array.from({ length: 5 }, (_, r) => [b(r * 3), b(r * 3 + 1), b(r * 3 + 2)]);
    const byCount = inlineKeyboardPages(wide).pages;
    for (const p of byCount) {
      expect(p.buttons.flat().length).toBeLessThanOrEqual(10);
      expect(p.buttons.length).toBeLessThanOrEqual(6);
    }
    expect(byCount.flatMap((p) => p.buttons.flat().map((x) => x.action.label))).toEqual(wide.flat().map((x) => x.label));
  });

  it('builds a persistent menu, cut at 40 buttons and 10 rows', () => {
    const { keyboard, cut } = menuKeyboard([['Вопрос', 'Сессии'], ['Профиль']]);
    expect(cut).toBe(0);
    expect(keyboard).toMatchObject({ inline: false, one_time: false });
    expect(keyboard.buttons[0]![0]).toEqual({ action: { type: 'text', label: 'Вопрос', payload: '{"m":"Вопрос"}' }, color: 'secondary' });
    const big = menuKeyboard(Array.from({ length: 12 }, (_, r) => Array.from({ length: 5 }, (_, i) => `M${r}.${i}`)));
    expect(big.keyboard.buttons.flat()).toHaveLength(40);
    expect(big.cut).toBe(20);
    const tall = menuKeyboard(Array.from({ length: 12 }, (_, r) => [`A${r}`, `B${r}`]));
    expect(tall.keyboard.buttons).toHaveLength(10);
    expect(tall.cut).toBe(4);
    expect(menuKeyboard([]).keyboard).toEqual({ inline: false, one_time: false, buttons: [] });
  });
});
