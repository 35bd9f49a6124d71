import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { addDays, isIsoDate, todayIn } from '../../../src/core/kernel/dates/days.js';

/** The plan's date helpers answer without luxon on their hot paths; luxon is the reference. */
describe('plan dates', () => {
  it('isIsoDate accepts real days only, as luxon does', () => {
    for (const s of ['2027-02-28', '2028-02-29', '2000-02-29', '0001-01-01', '9999-12-31']) expect(isIsoDate(s)).toBe(true);
    for (const s of ['2027-02-29', '1900-02-29', '2027-02-31', '2027-13-01', '2027-00-10', '2027-04-31', '2027-01-00', '27-01-01', '2027-1-01', ' 2027-01-01', ''])
      expect(isIsoDate(s)).toBe(false);
    for (let d = DateTime.fromISO('2023-12-20', { zone: 'UTC' }); d.year < 2025; d = d.plus({ days: 1 })) {
      const iso = d.toISODate()!;
      const wrong = `${iso.slice(0, 8)}${d.daysInMonth! + 1}`;
      expect([isIsoDate(iso), isIsoDate(wrong)]).toEqual([true, DateTime.fromISO(wrong, { zone: 'UTC' }).isValid]);
    }
  });

  it('addDays crosses months, leap days and years like luxon', () => {
    for (const from of ['2027-01-16', '2028-02-28', '2024-12-31', '2026-03-29', '2026-10-25', '0999-12-31'])
      for (const days of [-400, -366, -31, -1, 0, 1, 20, 29, 365, 366, 1000])
        expect(addDays(from, days)).toBe(DateTime.fromISO(from, { zone: 'UTC' }).plus({ days }).toISODate());
  });

  it("todayIn gives the zone's calendar day around midnight and DST changes, like luxon", () => {
    const zones = ['Europe/Moscow', 'America/New_York', 'Asia/Kathmandu', 'Pacific/Chatham', 'Australia/Lord_Howe', 'UTC'];
    const starts = ['2026-03-08T04:00Z', '2026-03-29T00:00Z', '2026-10-25T00:00Z', '2026-11-01T04:00Z', '2026-12-31T20:00Z'];
    for (const zone of zones)
      for (const start of starts)
        for (let m = 0; m < 8 * 60; m += 5) {
          const at = Date.parse(start) + m * 60_000;
          expect(todayIn(zone, at), `${zone} ${new Date(at).toISOString()}`).toBe(DateTime.fromMillis(at, { zone }).toISODate());
        }
  });
});
