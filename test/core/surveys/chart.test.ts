import { describe, expect, it } from 'vitest';
import { chartsSvg, wrap } from '../../../src/core/kernel/charts/bar-chart.js';

describe('survey charts', () => {
  it('a multiple choice shows percentages of respondents; a long title wraps, not cut; each chart names the survey, n and date', () => {
    const title = 'Насколько вы удовлетворены организацией наставничества в нашей школе в этом учебном году, с учётом всех форм работы?';
    const svg = chartsSvg([
      { title, bars: [{ label: 'Советы', count: 5 }, { label: 'Поддержка', count: 5 }, { label: 'Материалы', count: 0 }], respondents: 5, footer: 'Опрос «Итоги» · ответили 5 · 31.05.2027' },
    ]);
    expect(svg).toContain('5 (100%)');
    expect(svg).not.toContain('50%');
    expect(svg).toContain('Опрос «Итоги» · ответили 5 · 31.05.2027');
    expect(svg).not.toContain('…');
    for (const word of title.split(' ')) expect(svg).toContain(word.replace('?', ''));
  });

  it('wraps at spaces and splits a word longer than a line', () => {
    expect(wrap('один два три', 8)).toEqual(['один два', 'три']);
    expect(wrap('абвгдежзий', 4)).toEqual(['абвг', 'дежз', 'ий']);
  });
});
