import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { parseWhen } from '../../../src/core/kernel/dates/parse-when.js';

// Sunday 22 November 2026, 10:00 in Moscow.
const now = Date.UTC(2026, 10, 22, 7, 0);
const zone = 'Europe/Moscow';
const wall = (ms: number, z = zone) => DateTime.fromMillis(ms, { zone: z }).toFormat('yyyy-MM-dd HH:mm');
const parse = (text: string, z = zone) => parseWhen(text, { now, zone: z });

describe('parseWhen', () => {
  it.each([
    ['25.12.2026 15:00', '2026-12-25 15:00'],
    ['25.12 15:00', '2026-12-25 15:00'],
    ['25.12.26 в 15:00', '2026-12-25 15:00'],
    ['25 декабря в 15:00', '2026-12-25 15:00'],
    ['завтра в 15:30', '2026-11-23 15:30'],
    ['в пятницу 16:00', '2026-11-27 16:00'],
    ['послезавтра в 9', '2026-11-24 09:00'],
    ['через 2 часа', '2026-11-22 12:00'],
    ['01.03 09:00', '2027-03-01 09:00'],
  ])('%s → %s (Moscow)', (text, expected) => {
    const r = parse(text);
    expect(r.ok).toBe(true);
    if (r.ok) expect(wall(r.at)).toBe(expected);
  });

  it('places the wall clock in the given zone', () => {
    const r = parse('25.12.2026 15:00', 'Asia/Vladivostok');
    expect(r.ok && wall(r.at, 'Asia/Vladivostok')).toBe('2026-12-25 15:00');
    expect(r.ok && new Date(r.at).toISOString()).toBe('2026-12-25T05:00:00.000Z');
  });

  it('a time alone assumes the next such time and says so', () => {
    const r = parse('15:00');
    expect(r).toMatchObject({ ok: true, assumedDate: true });
    if (r.ok) expect(wall(r.at)).toBe('2026-11-22 15:00');
    const early = parse('08:00');
    if (early.ok) expect(wall(early.at)).toBe('2026-11-23 08:00');
  });

  it('refuses impossible, past and unreadable dates', () => {
    expect(parse('31.02 10:00')).toEqual({ ok: false, reason: 'impossible' });
    expect(parse('31.02.2027')).toEqual({ ok: false, reason: 'impossible' });
    expect(parse('25.12 25:00')).toEqual({ ok: false, reason: 'impossible' });
    expect(parse('01.11.2026 10:00')).toEqual({ ok: false, reason: 'past' });
    expect(parse('когда-нибудь потом')).toEqual({ ok: false, reason: 'unparsed' });
    expect(parse('')).toEqual({ ok: false, reason: 'unparsed' });
  });

  it('a date without a time is marked so', () => {
    const r = parse('25.12.2026');
    expect(r).toMatchObject({ ok: true, timeKnown: false });
  });
});
