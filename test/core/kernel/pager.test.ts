import { describe, expect, it } from 'vitest';
import { I18n } from '../../../src/i18n/i18n.js';
import { textsFor } from '../../../src/core/kernel/contact/texts.js';
import { pageOf } from '../../../src/core/kernel/pager.js';

const tx = textsFor(new I18n(), 'ru', 'Europe/Moscow');
const items = Array.from({ length: 13 }, (_, i) => i + 1);
const spec = (page: number, perRow?: 1 | 2) => ({
  items, page, perPage: 5, perRow,
  button: (n: number) => ({ label: `№${n}`, action: `pick:${n}` }),
  turnPage: (p: number) => `page:${p}`,
});

describe('the one pager', () => {
  it('shows a page of items and the way to the others; every item is on some page', () => {
    const seen: string[] = [];
    for (let p = 0; p < 3; p++) {
      const page = pageOf(tx, spec(p));
      expect(page.pages).toBe(3);
      seen.push(...page.buttons.flat().filter((b) => b.action!.startsWith('pick:')).map((b) => b.label));
      const nav = page.buttons.at(-1)!.map((b) => b.action);
      expect(nav).toEqual([...(p > 0 ? [`page:${p - 1}`] : []), ...(p < 2 ? [`page:${p + 1}`] : [])]);
    }
    expect(seen).toEqual(items.map((n) => `№${n}`));
  });

  it('reads a page out of range as the nearest one, and puts two short buttons a row when asked', () => {
    expect(pageOf(tx, spec(99)).page).toBe(2);
    expect(pageOf(tx, spec(-3)).page).toBe(0);
    const two = pageOf(tx, spec(0, 2));
    expect(two.buttons.slice(0, -1).map((r) => r.length)).toEqual([2, 2, 1]);
  });

  it('has no page buttons when everything fits', () => {
    const one = pageOf(tx, { ...spec(0), items: [1, 2] });
    expect(one.pages).toBe(1);
    expect(one.buttons.flat().every((b) => b.action!.startsWith('pick:'))).toBe(true);
  });
});

describe('the pager within a messenger\'s bound on buttons', () => {
  const vk = { maxRows: 6, maxButtons: 10 };
  it('holds fewer items a page where one message takes few buttons, so the page, its page buttons and the caller\'s fit', () => {
    const page = pageOf(tx, { ...spec(0), perPage: 10, fit: vk, besides: { rows: 1, buttons: 1 } });
    expect(page.buttons.length + 1).toBeLessThanOrEqual(6);
    expect(page.buttons.flat().length + 1).toBeLessThanOrEqual(10);
    expect(page.pages).toBe(Math.ceil(13 / 4));
  });

  it('counts an item of two buttons (a programme and its consent) by its buttons', () => {
    const page = pageOf(tx, { ...spec(1), perPage: 8, button: (n: number) => [{ label: `№${n}`, action: `p:${n}` }, { label: 'c', action: `c:${n}` }], fit: vk, besides: { rows: 2, buttons: 2 } });
    expect(page.buttons.flat().length + 2).toBeLessThanOrEqual(10);
    expect(page.buttons.length + 2).toBeLessThanOrEqual(6);
    // Every item still on some page.
    const all = Array.from({ length: page.pages }, (_, p) => pageOf(tx, { ...spec(p), perPage: 8, button: (n: number) => [{ label: `№${n}`, action: `p:${n}` }], fit: vk, besides: { rows: 2, buttons: 2 } }));
    expect(all.flatMap((x) => x.buttons.flat().filter((b) => b.action!.startsWith('p:'))).length).toBe(13);
  });

  it('without a bound (Telegram, the playground) a page holds what was asked', () => {
    expect(pageOf(tx, { ...spec(0), perPage: 10 }).buttons.flat().filter((b) => b.action!.startsWith('pick:'))).toHaveLength(10);
  });
});
