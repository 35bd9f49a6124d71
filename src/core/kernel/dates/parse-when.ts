// The two locales only: the whole chrono-node (every language) holds tens of megabytes.
import * as chronoRu from 'chrono-node/ru';
import * as chronoEn from 'chrono-node/en';
import { DateTime } from 'luxon';

/**
 * Dates and times as people type them: "25.12 15:00", "25.12.2026 15:00", "завтра в 15:30",
 * "в пятницу 16:00", "послезавтра в 9", "через 2 часа", "15:00". dd.mm forms are parsed here
 * (chrono takes "25.12 15:00" as "15:00 today" and "31.02" silently); the rest by chrono-node's
 * Russian (then English) parser, which must cover the whole input. The wall-clock components
 * are placed in the given IANA zone with luxon, whatever the machine's zone is.
 */

export type ParsedWhen =
  | {
      ok: true;
      /** UTC epoch milliseconds. */
      at: number;
      /** The person gave no date ("15:00"): the next such time was assumed; ask to confirm. */
      assumedDate: boolean;
      /** The person gave no time ("25 декабря"): `at` is that day's 00:00. */
      timeKnown: boolean;
    }
  | { ok: false; reason: 'unparsed' | 'impossible' | 'past' };

export interface ParseWhenOptions {
  now: number;
  zone: string;
  /** Accept a moment in the past (e.g. a deadline typed for an item already done). */
  allowPast?: boolean;
}

const DOTTED = /^(\d{1,2})[./](\d{1,2})(?:[./](\d{2}|\d{4}))?(?:(?:\s+|\s*,\s*|\s+в\s+)(\d{1,2})(?:[:.](\d{2}))?)?$/i;
const TIME_ONLY = /^(?:в\s+)?(\d{1,2})[:.](\d{2})$/i;

export function parseWhen(input: string, opts: ParseWhenOptions): ParsedWhen {
  const text = input.trim().replace(/\s+/g, ' ').replace(/[.!]$/, (m) => (/\d[.]$/.test(input.trim()) ? m : ''));
  if (!text || text.length > 100) return { ok: false, reason: 'unparsed' };
  const nowLocal = DateTime.fromMillis(opts.now, { zone: opts.zone });
  const finish = (dt: DateTime, extra: { assumedDate: boolean; timeKnown: boolean }): ParsedWhen => {
    if (!dt.isValid) return { ok: false, reason: 'impossible' };
    const at = dt.toMillis();
    if (!opts.allowPast && at <= opts.now) return { ok: false, reason: 'past' };
    return { ok: true, at, ...extra };
  };

  const dotted = DOTTED.exec(text);
  if (dotted) {
    const day = Number(dotted[1]);
    const month = Number(dotted[2]);
    let year = dotted[3] ? Number(dotted[3]) : nowLocal.year;
    if (year < 100) year += 2000;
    const timeKnown = dotted[4] !== undefined;
    const hour = timeKnown ? Number(dotted[4]) : 0;
    const minute = dotted[5] ? Number(dotted[5]) : 0;
    if (hour > 23 || minute > 59) return { ok: false, reason: 'impossible' };
    let dt = DateTime.fromObject({ year, month, day, hour, minute }, { zone: opts.zone });
    if (!dt.isValid) return { ok: false, reason: 'impossible' };
    // "25.12" without a year: the next 25 December.
    if (!dotted[3] && dt.toMillis() <= opts.now && !(timeKnown === false && dt.hasSame(nowLocal, 'day'))) {
      dt = dt.plus({ years: 1 });
      if (!dt.isValid || dt.day !== day) return { ok: false, reason: 'impossible' };
    }
    return finish(dt, { assumedDate: false, timeKnown });
  }

  const timeOnly = TIME_ONLY.exec(text);
  if (timeOnly) {
    const hour = Number(timeOnly[1]);
    const minute = Number(timeOnly[2]);
    if (hour > 23 || minute > 59) return { ok: false, reason: 'impossible' };
    let dt = nowLocal.set({ hour, minute, second: 0, millisecond: 0 });
    if (dt.toMillis() <= opts.now) dt = dt.plus({ days: 1 });
    return finish(dt, { assumedDate: true, timeKnown: true });
  }

  // chrono reads and writes the machine's local time: hand it the zone's wall clock as local.
  const ref = new Date(nowLocal.year, nowLocal.month - 1, nowLocal.day, nowLocal.hour, nowLocal.minute, nowLocal.second);
  for (const parser of [chronoRu, chronoEn]) {
    const results = parser.parse(text, ref, { forwardDate: true });
    const r = results[0];
    if (!r || results.length !== 1) continue;
    const covered = r.text.trim().length;
    const rest = text.replace(r.text, '').replace(/[\s,.]+/g, '').replace(/^в$/i, '');
    if (rest.length > 0 || covered === 0) continue;
    const s = r.start;
    const timeKnown = s.isCertain('hour');
    const dt = DateTime.fromObject(
      {
        year: s.get('year') ?? nowLocal.year,
        month: s.get('month') ?? nowLocal.month,
        day: s.get('day') ?? nowLocal.day,
        hour: timeKnown ? (s.get('hour') ?? 0) : 0,
        minute: timeKnown ? (s.get('minute') ?? 0) : 0,
      },
      { zone: opts.zone },
    );
    const assumedDate = !s.isCertain('day') && !s.isCertain('weekday') && timeKnown && !/через|after|in /i.test(text);
    return finish(dt, { assumedDate, timeKnown });
  }
  return { ok: false, reason: 'unparsed' };
}
