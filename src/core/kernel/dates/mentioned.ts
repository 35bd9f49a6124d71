import * as chronoRu from 'chrono-node/ru';
import { DateTime } from 'luxon';

/**
 * The last moment a free text speaks of ("Педсовет 25 ноября в 15:00", "встреча 03.12"), read
 * as of when it was written, in the organisation's zone: what an announcement announces. A
 * date without a time counts to the end of that day. Null when the text names no date.
 */
export function lastMomentMentioned(text: string, writtenAt: number, zone: string): number | null {
  const written = DateTime.fromMillis(writtenAt, { zone });
  const moments: number[] = [];
  // dd.mm[.yyyy] [hh:mm]: chrono takes "25.12 15:00" for 15:00 today, so these are read here.
  const dotted = /(?<![\d.])(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?(?![\d.]*\d)(?:\s*(?:в\s*)?(\d{1,2})[:.](\d{2}))?/g;
  let rest = text;
  for (const m of text.matchAll(dotted)) {
    const [, d, mo, y, hh, mm] = m;
    let year = y ? Number(y) : written.year;
    if (year < 100) year += 2000;
    let dt = DateTime.fromObject({ year, month: Number(mo), day: Number(d), hour: hh ? Number(hh) : 0, minute: mm ? Number(mm) : 0 }, { zone });
    if (!dt.isValid) continue;
    if (!y && dt < written.startOf('day')) dt = dt.plus({ years: 1 });
    moments.push((hh ? dt : dt.endOf('day')).toMillis());
    rest = rest.replace(m[0], ' ');
  }
  // Words ("25 ноября в 15:00", "в пятницу"): chrono, on the zone's wall clock as if local.
  const ref = new Date(written.year, written.month - 1, written.day, written.hour, written.minute);
  for (const r of chronoRu.parse(rest, ref, { forwardDate: true })) {
    const s = r.start;
    if (!s.isCertain('day') && !s.isCertain('weekday')) continue;
    const timeKnown = s.isCertain('hour');
    const dt = DateTime.fromObject(
      { year: s.get('year') ?? written.year, month: s.get('month') ?? written.month, day: s.get('day') ?? written.day, hour: timeKnown ? (s.get('hour') ?? 0) : 0, minute: timeKnown ? (s.get('minute') ?? 0) : 0 },
      { zone },
    );
    if (dt.isValid) moments.push((timeKnown ? dt : dt.endOf('day')).toMillis());
  }
  return moments.length ? Math.max(...moments) : null;
}
