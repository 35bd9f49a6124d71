import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { I18n } from '../../../src/i18n/i18n.js';
import { textsFor } from '../../../src/core/kernel/contact/texts.js';
import { sameClock, spokenNumber, zoneWord } from '../../../src/core/kernel/dates/spoken.js';

/** The point here is the wording: these tests assert the strings people read. */
const i18n = new I18n();
const MSK = 'Europe/Moscow';
const EKB = 'Asia/Yekaterinburg';
// Wednesday, 2 December 2026, 12:00 in Moscow.
const now = DateTime.fromISO('2026-12-02T12:00', { zone: MSK }).toMillis();
const at = (iso: string, zone = MSK) => DateTime.fromISO(iso, { zone }).toMillis();
const ru = textsFor(i18n, 'ru', MSK);
const en = textsFor(i18n, 'en', MSK);

describe('dates and times as people say them', () => {
  it('today, tomorrow and yesterday by the reader’s day, the hour without a leading zero', () => {
    expect(ru.when(at('2026-12-02T15:00'), now)).toBe('сегодня в 15:00');
    expect(ru.when(at('2026-12-03T09:30'), now)).toBe('завтра в 9:30');
    expect(ru.when(at('2026-12-01T18:05'), now)).toBe('вчера в 18:05');
    expect(en.when(at('2026-12-02T15:00'), now)).toBe('today at 15:00');
    expect(en.when(at('2026-12-03T09:30'), now)).toBe('tomorrow at 9:30');
  });

  it('the coming week by its weekday, farther days by date, the year only when it is another', () => {
    expect(ru.when(at('2026-12-04T16:00'), now)).toBe('в пятницу, 4 декабря, в 16:00');
    expect(ru.when(at('2026-12-06T10:00'), now)).toBe('в воскресенье, 6 декабря, в 10:00');
    expect(ru.when(at('2026-12-08T10:00'), now)).toBe('во вторник, 8 декабря, в 10:00');
    expect(ru.when(at('2026-12-09T10:00'), now)).toBe('9 декабря в 10:00');
    expect(ru.when(at('2027-01-15T10:00'), now)).toBe('15 января 2027 г. в 10:00');
    expect(ru.day(at('2026-12-25T10:00'), now)).toBe('25 декабря');
    expect(ru.day(at('2026-12-03T10:00'), now)).toBe('завтра');
    expect(ru.when(at('2026-12-15T00:00'), now)).toBe('15 декабря');
    expect(en.when(at('2026-12-04T16:00'), now)).toBe('on Friday, 4 December at 16:00');
    expect(en.when(at('2027-01-15T10:00'), now)).toBe('on 15 January 2027 at 10:00');
  });

  it('absolute: no «сегодня/завтра» for a text that may wait for contact hours; the weekday stays', () => {
    expect(ru.when(at('2026-12-03T09:30'), now, { absolute: true })).toBe('в четверг, 3 декабря, в 9:30');
    expect(ru.when(at('2026-12-02T15:00'), now, { absolute: true })).toBe('в среду, 2 декабря, в 15:00');
  });

  it('a calendar day (a deadline) said the same way', () => {
    expect(ru.deadline('2026-12-02', now)).toBe('сегодня');
    expect(ru.deadline('2026-12-05', now)).toBe('в субботу, 5 декабря');
    expect(ru.deadline('2027-03-15', now)).toBe('15 марта 2027 г.');
  });

  it('the reader’s day is the reader’s: late evening in Yekaterinburg is already tomorrow', () => {
    // 23:30 in Moscow on 2 December is 1:30 on 3 December in Yekaterinburg.
    const lateNow = at('2026-12-02T23:30');
    const ekb = textsFor(i18n, 'ru', EKB);
    expect(ekb.when(at('2026-12-03T10:00', EKB), lateNow)).toBe('сегодня в 10:00');
    expect(ru.when(at('2026-12-03T10:00'), lateNow)).toBe('завтра в 10:00');
  });

  it('the zone in words, and only when it differs from the reader’s own', () => {
    const ekb = textsFor(i18n, 'ru', EKB);
    const meeting = at('2026-12-03T15:00');
    expect(ekb.when(meeting, now, { zone: MSK })).toBe('завтра в 15:00 по московскому времени');
    expect(ru.when(meeting, now, { zone: MSK })).toBe('завтра в 15:00');
    // Simferopol keeps Moscow's clock: not worth naming.
    expect(ru.when(meeting, now, { zone: 'Europe/Simferopol' })).toBe('завтра в 15:00');
    expect(ru.when(meeting, now, { zone: EKB })).toBe('завтра в 17:00 по времени Екатеринбурга');
    expect(en.when(meeting, now, { zone: EKB })).toBe('tomorrow at 17:00 Yekaterinburg time');
    expect(ru.zoneName()).toBe('по московскому времени');
    expect(ru.zoneName('Asia/Novosibirsk')).toBe('по новосибирскому времени');
    expect(ru.zoneName('America/New_York', now)).toBe('по времени UTC−5');
    expect(zoneWord('Asia/Kolkata')).toBe('other');
    expect(sameClock(MSK, EKB, now)).toBe(false);
  });

  it('numbers: a decimal comma in Russian, a point in English, no trailing zeros', () => {
    expect(ru.number(4.25)).toBe('4,3');
    expect(ru.number(3.5)).toBe('3,5');
    expect(ru.number(4)).toBe('4');
    expect(en.number(3.5)).toBe('3.5');
    expect(spokenNumber('ru', 1234.5)).toBe('1\u00a0234,5');
  });

  it('messengers as people write them; the playground is «этот чат», never an internal word', () => {
    expect(['telegram', 'vk', 'max', 'local'].map((p) => ru.platform(p))).toEqual(['Telegram', 'ВКонтакте', 'MAX', 'этот чат']);
    expect(ru.platform('vk', 'in')).toBe('во ВКонтакте');
    expect(ru.platform('local', 'in')).toBe('в этом чате');
    expect(en.platform('vk')).toBe('VK');
    expect(ru.platform('sandbox')).toBe('другой мессенджер');
  });
});
