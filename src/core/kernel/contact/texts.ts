import { DateTime } from 'luxon';
import type { I18n, Language, TextArgs } from '../../../i18n/i18n.js';
import type { Gender } from '../persons/gender.js';
import { platformName, spokenAt, spokenDay, spokenIsoDay, spokenNumber, zoneInWords, type SpeakOptions } from '../dates/spoken.js';

/** Texts in one person's language and time zone: what every message is built with. */
export interface Texts {
  lang: Language;
  zone: string;
  /** The reader's own grammatical gender: every text gets it as `$readerGender` (buttons such as «Согласна»). */
  gender: Gender;
  t(key: string, args?: TextArgs): string;
  /** "25.12.2026 15:00" / "12/25/2026 3:00 PM"-ish, in the person's zone. */
  dateTime(ms: number): string;
  /** "25.12 15:00": a date and time without the year, for short labels of what is near. */
  dayTime(ms: number): string;
  date(ms: number): string;
  time(ms: number): string;
  /** «сегодня в 15:00», «в четверг, 3 декабря, в 9:30» relative to the reader's day (kernel/dates/spoken.ts). */
  when(ms: number, now: number, o?: SpeakOptions): string;
  /** «сегодня», «в четверг, 3 декабря», «15 января 2027 г.». */
  day(ms: number, now: number, o?: SpeakOptions): string;
  /** A calendar day ("2027-03-15", a deadline) as people say it. */
  deadline(iso: string, now: number, o?: Pick<SpeakOptions, 'absolute'>): string;
  /** «4,2» / "4.2": one number format per language. */
  number(n: number, fractionDigits?: number): string;
  /** «Telegram», «ВКонтакте», «MAX», «этот чат»; `in`: «во ВКонтакте». */
  platform(platform: string, form?: 'name' | 'in'): string;
  /** «по московскому времени»: the zone in words (the reader's own by default). */
  zoneName(zone?: string, at?: number): string;
}

/** Texts hold no state: one per language and zone, made once (a broadcast asks for them per message). */
const made = new WeakMap<I18n, Map<string, Texts>>();

export function textsFor(i18n: I18n, lang: Language, zone: string, gender: Gender = 'unknown'): Texts {
  let byKey = made.get(i18n);
  if (!byKey) made.set(i18n, (byKey = new Map()));
  const key = `${lang}|${zone}|${gender}`;
  let tx = byKey.get(key);
  if (!tx) {
    if (byKey.size > 1000) byKey.clear();
    byKey.set(key, (tx = makeTexts(i18n, lang, zone, gender)));
  }
  return tx;
}

function makeTexts(i18n: I18n, lang: Language, zone: string, gender: Gender): Texts {
  const locale = lang === 'en' ? 'en-GB' : 'ru-RU';
  const dt = (ms: number) => DateTime.fromMillis(ms, { zone }).setLocale(locale);
  return {
    lang,
    zone,
    gender,
    t: (key, args) => i18n.t(lang, key, { readerGender: gender, ...args }),
    dateTime: (ms) => dt(ms).toFormat('dd.MM.yyyy HH:mm'),
    dayTime: (ms) => dt(ms).toFormat('dd.MM HH:mm'),
    date: (ms) => dt(ms).toFormat('dd.MM.yyyy'),
    time: (ms) => dt(ms).toFormat('HH:mm'),
    when: (ms, now, o) => spokenAt(i18n, lang, ms, now, zone, o),
    day: (ms, now, o) => spokenDay(i18n, lang, ms, now, zone, o),
    deadline: (iso, now, o) => spokenIsoDay(i18n, lang, iso, now, zone, o),
    number: (n, digits) => spokenNumber(lang, n, digits),
    platform: (p, form) => platformName(i18n, lang, p, form),
    zoneName: (z = zone, at = 0) => zoneInWords(i18n, lang, z, at),
  };
}
