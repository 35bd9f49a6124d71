import { describe, expect, it } from 'vitest';
import { lastMomentMentioned } from '../../../src/core/kernel/dates/mentioned.js';

const written = Date.UTC(2026, 10, 20, 7, 0); // Friday 20 November 2026, 10:00 in Moscow
const at = (text: string) => {
  const m = lastMomentMentioned(text, written, 'Europe/Moscow');
  return m === null ? null : new Date(m).toISOString();
};

describe('the moment an announcement speaks of', () => {
  it('reads words and dd.mm dates in the organisation zone; a date alone runs to the end of its day', () => {
    expect(at('Педсовет 25 ноября в 15:00, актовый зал')).toBe('2026-11-25T12:00:00.000Z');
    expect(at('Встреча 03.12 в 15:00')).toBe('2026-12-03T12:00:00.000Z');
    expect(at('Сдать отчёты до 30.11.2026')).toBe('2026-11-30T20:59:59.999Z');
    expect(at('Семинар 10.01 — запись до 25.12')).toBe('2027-01-10T20:59:59.999Z');
  });
  it('names no moment for a text without a date', () => {
    expect(at('Положение о наставничестве — ознакомьтесь')).toBeNull();
    expect(at('Кабинет 12, телефон 8.800.555')).toBeNull();
  });
});
