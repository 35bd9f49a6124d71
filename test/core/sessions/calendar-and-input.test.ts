import { describe, expect, it } from 'vitest';
import { calendarFile, escapeText, foldLine } from '../../../src/core/sessions/calendar-file.js';
import { isLink, parseSeats } from '../../../src/core/sessions/organising.js';

describe('the .ics file', () => {
  const ics = calendarFile({
    uid: 'session-1-1@nastavnik',
    title: 'Родители; конфликты, и как быть',
    startsAt: Date.UTC(2026, 11, 25, 12, 0),
    durationMin: 45,
    location: 'Кабинет 12',
    description: 'Работа с родителями\nМарина',
    stampAt: Date.UTC(2026, 10, 23, 7, 0),
  });

  it('is one event in UTC with CRLF lines, text escaped', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('DTSTART:20261225T120000Z\r\n');
    expect(ics).toContain('DTEND:20261225T124500Z\r\n');
    expect(ics).toContain('SUMMARY:Родители\\; конфликты\\, и как быть');
    expect(ics).toContain('DESCRIPTION:Работа с родителями\\nМарина');
    expect(ics.trimEnd().endsWith('END:VCALENDAR')).toBe(true);
  });

  it('folds long lines at 75 octets without breaking a character', () => {
    const line = `SUMMARY:${'Ж'.repeat(100)}`;
    const folded = foldLine(line).split('\r\n');
    expect(folded.length).toBeGreaterThan(1);
    for (const part of folded) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    expect(escapeText('a\\b')).toBe('a\\\\b');
  });
});

describe('what a host types', () => {
  it('a link must be a whole http(s) link with a real host', () => {
    expect(isLink('https://meet.example.org/abc')).toBe(true);
    expect(isLink('http://sferum.ru/?call=1')).toBe(true);
    for (const bad of ['zoom где-то там', 'meet.example.org', 'https://localhost', 'ftp://x.ru/a', 'javascript:alert(1)', 'https://a b.ru']) {
      expect(isLink(bad)).toBe(false);
    }
  });

  it('seats are a whole number from 1 to 500', () => {
    expect(parseSeats(' 12 ')).toBe(12);
    for (const bad of ['0', '-3', '2.5', 'десять', '501', '']) expect(parseSeats(bad)).toBeNull();
  });
});
