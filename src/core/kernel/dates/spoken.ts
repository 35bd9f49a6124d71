import { DateTime } from 'luxon';
import type { I18n, Language } from '../../../i18n/i18n.js';
import { PLATFORMS } from '../../../messaging/types.js';

/**
 * Dates, times, zones, numbers and platforms as people say them. One place: every text that shows
 * one of these takes it from here, and the words live in the locale files (keys `when-*`,
 * `zone-*`, `platform-*`).
 *
 * - A moment is said relative to the reader's day in the reader's zone: «сегодня в 15:00»,
 *   «завтра в 9:30», «в четверг, 3 декабря, в 15:00», «15 января в 10:00», «3 сентября 2027 г.»
 *   (the year only when it is not the reader's current year).
 * - `absolute` leaves out «сегодня/завтра/вчера» (the weekday stays): for a message that may wait for
 *   the reader's contact hours, so that it does not say «завтра» on the day (DESIGN: texts that
 *   depend on time).
 * - A moment shown in a zone other than the reader's carries the zone in words («по московскому
 *   времени»), and only then.
 */

export interface SpeakOptions {
  /** The zone the moment is shown in; the reader's own by default. */
  zone?: string;
  /** No «сегодня/завтра»: the text may be read later than it is made. */
  absolute?: boolean;
}

/** Zones people name in words (the key of `zone-in-words` in the locale files). */
const ZONE_WORDS: Record<string, string> = {
  'Europe/Kaliningrad': 'kaliningrad',
  'Europe/Moscow': 'moscow',
  'Europe/Simferopol': 'moscow',
  'Europe/Kirov': 'moscow',
  'Europe/Volgograd': 'volgograd',
  'Europe/Samara': 'samara',
  'Europe/Ulyanovsk': 'ulyanovsk',
  'Europe/Saratov': 'saratov',
  'Europe/Astrakhan': 'astrakhan',
  'Asia/Yekaterinburg': 'yekaterinburg',
  'Asia/Omsk': 'omsk',
  'Asia/Novosibirsk': 'novosibirsk',
  'Asia/Barnaul': 'barnaul',
  'Asia/Tomsk': 'tomsk',
  'Asia/Novokuznetsk': 'novokuznetsk',
  'Asia/Krasnoyarsk': 'krasnoyarsk',
  'Asia/Irkutsk': 'irkutsk',
  'Asia/Chita': 'chita',
  'Asia/Yakutsk': 'yakutsk',
  'Asia/Vladivostok': 'vladivostok',
  'Asia/Sakhalin': 'sakhalin',
  'Asia/Magadan': 'magadan',
  'Asia/Kamchatka': 'kamchatka',
  'Asia/Anadyr': 'anadyr',
  'Europe/Minsk': 'minsk',
  'UTC': 'utc',
  'Etc/UTC': 'utc',
};

/** The key of a zone in `zone-in-words`; `other` for a zone we have no words for (said as its UTC offset). */
export function zoneWord(zone: string): string {
  return ZONE_WORDS[zone] ?? 'other';
}

/** "UTC+5", "UTC+5:30", "UTC−3" at that moment. */
function utcOffset(zone: string, at: number): string {
  const minutes = DateTime.fromMillis(at, { zone }).offset;
  const sign = minutes < 0 ? '−' : '+';
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60), m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/** «по московскому времени» / «Moscow time». */
export function zoneInWords(i18n: I18n, lang: Language, zone: string, at = 0): string {
  return i18n.t(lang, 'zone-in-words', { zone: zoneWord(zone), offset: utcOffset(zone, at) });
}

/** Whether two zones show the same wall clock at that moment (then the zone is not worth naming). */
export function sameClock(a: string, b: string, at: number): boolean {
  return a === b || DateTime.fromMillis(at, { zone: a }).offset === DateTime.fromMillis(at, { zone: b }).offset;
}

const INTL_LOCALE: Record<Language, string> = { ru: 'ru-RU', en: 'en-GB' };

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(lang: Language, zone: string, withYear: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${zone}|${withYear}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[lang], { day: 'numeric', month: 'long', ...(withYear ? { year: 'numeric' } : {}), timeZone: zone });
    if (dateFormats.size > 500) dateFormats.clear();
    dateFormats.set(key, f);
  }
  return f;
}

/** "9:30", "15:00": as people write a time (no leading zero in the hour). */
export function spokenTime(at: number, zone: string): string {
  return DateTime.fromMillis(at, { zone }).toFormat('H:mm');
}

type DayKind = 'today' | 'tomorrow' | 'yesterday' | 'week' | 'date';

function dayArgs(at: number, now: number, zone: string, readerZone: string, lang: Language, absolute: boolean) {
  // The day of the moment on the clock it is shown in, against the reader's today on theirs.
  const day = DateTime.fromMillis(at, { zone });
  const today = DateTime.fromMillis(now, { zone: readerZone });
  const diff = Math.round(
    DateTime.fromISO(day.toISODate()!, { zone: 'UTC' }).diff(DateTime.fromISO(today.toISODate()!, { zone: 'UTC' }), 'days').days,
  );
  let kind: DayKind = 'date';
  if (!absolute && diff === 0) kind = 'today';
  else if (!absolute && diff === 1) kind = 'tomorrow';
  else if (!absolute && diff === -1) kind = 'yesterday';
  else if (diff >= 0 && diff <= 6) kind = 'week';
  const withYear = day.year !== today.year;
  return { day: kind, weekday: day.weekday, date: dateFormat(lang, zone, withYear).format(at) };
}

/** «сегодня», «завтра», «в четверг, 3 декабря», «15 января», «3 сентября 2027 г.». */
export function spokenDay(i18n: I18n, lang: Language, at: number, now: number, readerZone: string, o: SpeakOptions = {}): string {
  return i18n.t(lang, 'when-day', dayArgs(at, now, o.zone ?? readerZone, readerZone, lang, o.absolute ?? false));
}

/** «сегодня в 15:00», «в четверг, 3 декабря, в 9:30», with «по московскому времени» when shown in another zone. */
export function spokenAt(i18n: I18n, lang: Language, at: number, now: number, readerZone: string, o: SpeakOptions = {}): string {
  const zone = o.zone ?? readerZone;
  const args = dayArgs(at, now, zone, readerZone, lang, o.absolute ?? false);
  // Midnight is the day itself («пауза до 1 декабря»), not «в 0:00».
  const midnight = DateTime.fromMillis(at, { zone }).toFormat('HH:mm:ss') === '00:00:00';
  const text = midnight ? i18n.t(lang, 'when-day', args) : i18n.t(lang, 'when-at', { ...args, time: spokenTime(at, zone) });
  return sameClock(zone, readerZone, at) ? text : `${text} ${zoneInWords(i18n, lang, zone, at)}`;
}

/** A calendar day ("2027-03-15", a deadline) as people say it, relative to the reader's day. */
export function spokenIsoDay(i18n: I18n, lang: Language, iso: string, now: number, readerZone: string, o: Pick<SpeakOptions, 'absolute'> = {}): string {
  const at = DateTime.fromISO(iso, { zone: readerZone }).set({ hour: 12 }).toMillis();
  if (!Number.isFinite(at)) return iso;
  return spokenDay(i18n, lang, at, now, readerZone, o);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
/** One number format per language: «4,2» in Russian, "4.2" in English; at most `fractionDigits` decimals. */
export function spokenNumber(lang: Language, n: number, fractionDigits = 1): string {
  const key = `${lang}|${fractionDigits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: fractionDigits })));
  return f.format(n);
}

/** «Telegram», «ВКонтакте», «MAX» (the playground is «этот чат»); `case`: `in` for «в Telegram», «во ВКонтакте», «в этом чате». */
export function platformName(i18n: I18n, lang: Language, platform: string, form: 'name' | 'in' = 'name'): string {
  const known = (PLATFORMS as readonly string[]).includes(platform) ? platform : 'other';
  return i18n.t(lang, form === 'in' ? 'platform-in' : 'platform-name', { platform: known });
}

/**
 * A word that starts a label («Воспитатель», a button) placed in mid-sentence: «Кузнецова,
 * воспитатель». Abbreviations and names keep their capitals («ОВЗ», «Учитель МБОУ» stays as typed
 * after its first letter).
 */
export function inSentence(text: string): string {
  const [first, second] = [...text];
  if (!first || (second && second !== second.toLocaleLowerCase())) return text;
  return first.toLocaleLowerCase() + text.slice(first.length);
}

/** Minutes of the day as people write a clock time: 510 → "8:30", 1020 → "17:00". */
export function spokenClock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * «3 декабря», «3 сентября 2027»: a date alone, for «с … по …», «до …» (the year only when not the
 * reader's current one; without «г.», which would end a sentence in «г..»).
 */
export function plainDate(lang: Language, at: number, now: number, zone: string): string {
  const withYear = DateTime.fromMillis(at, { zone }).year !== DateTime.fromMillis(now, { zone }).year;
  return dateFormat(lang, zone, withYear).format(at).replace(/\s*г\.$/, '');
}

const compactFormats = new Map<string, Intl.DateTimeFormat>();
/** «3 дек., 10:30» / «3 дек.»: for a button label where there is no room for words. */
export function compactAt(lang: Language, at: number, zone: string, withTime = true): string {
  const key = `${lang}|${zone}`;
  let f = compactFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[lang], { day: 'numeric', month: 'short', timeZone: zone });
    if (compactFormats.size > 500) compactFormats.clear();
    compactFormats.set(key, f);
  }
  return withTime ? `${f.format(at)}, ${spokenTime(at, zone)}` : f.format(at);
}

/** A calendar day ("2027-03-15") as a date alone: «15 марта», for «с … по …», «до …», «на …». */
export function plainIsoDate(lang: Language, iso: string, now: number, zone: string): string {
  const at = DateTime.fromISO(iso, { zone }).set({ hour: 12 }).toMillis();
  return Number.isFinite(at) ? plainDate(lang, at, now, zone) : iso;
}
