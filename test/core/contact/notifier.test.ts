import { afterEach, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { createHarness, type Harness } from '../../support/harness.js';
import { Notifier } from '../../../src/core/kernel/contact/notifier.js';
import { nextWindowStart, parseHoursRange } from '../../../src/core/kernel/contact/hours.js';

let h: Harness;
afterEach(async () => h?.close());

const wall = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toFormat('ccc HH:mm');

describe('contact hours', () => {
  it('a ping at 07:00 waits for 09:00 in the person\'s own zone; an escalation cuts through', async () => {
    // Friday 27.11.2026 07:00 in Moscow = 09:00 in Yekaterinburg.
    h = await createHarness({ now: Date.UTC(2026, 10, 27, 4, 0) });
    const moscow = h.addPerson({ name: 'Moscow', userId: 'msk' });
    const urals = h.addPerson({ name: 'Urals', userId: 'ekb', timezone: 'Asia/Yekaterinburg' });
    const notifier = new Notifier(h.app.deps, h.org);
    const ping = notifier.deliveryTime(moscow, 'ping');
    expect(wall(ping, 'Europe/Moscow')).toBe('Fri 09:00');
    expect(notifier.deliveryTime(urals, 'ping')).toBe(h.clock.now());
    expect(notifier.deliveryTime(moscow, 'escalation')).toBe(h.clock.now());
    expect(notifier.deliveryTime(moscow, 'asked')).toBe(h.clock.now());

    h.db.transaction(() => notifier.toPerson(moscow, (tx) => ({ text: tx.t('common-done') }), { urgency: 'ping' }))();
    await h.flush();
    expect(h.messages('msk')).toHaveLength(0);
    await h.advance(2 * 3600_000);
    expect(h.messages('msk')).toHaveLength(1);
  });

  it('a person who blocked the bot is marked unreachable, and reachable again when they write', async () => {
    h = await createHarness();
    const boris = h.addPerson({ name: 'Boris', userId: 'boris' });
    const notifier = new Notifier(h.app.deps, h.org);
    h.local.block('boris');
    h.db.transaction(() => notifier.toPerson(boris, (tx) => ({ text: tx.t('common-done') }), { urgency: 'reply' }))();
    await h.flush();
    const reachable = () => (h.db.prepare('SELECT reachable FROM accounts WHERE user_id = ?').get('boris') as { reachable: number }).reachable;
    expect(reachable()).toBe(0);
    expect(h.db.transaction(() => notifier.toPerson(boris, (tx) => ({ text: tx.t('common-done') }), { urgency: 'reply' }))()).toBeNull();
    h.local.unblock('boris');
    await h.say('boris', '/help');
    expect(reachable()).toBe(1);
  });

  it('after Friday\'s hours the next window is Monday morning', () => {
    const w = { zone: 'Europe/Moscow', days: 0b0011111, from: 540, to: 1080 };
    const fridayEvening = DateTime.fromObject({ year: 2026, month: 11, day: 27, hour: 19 }, { zone: w.zone }).toMillis();
    expect(wall(nextWindowStart(w, fridayEvening)!, w.zone)).toBe('Mon 09:00');
  });

  it('keeps a DST zone\'s wall clock across the change', () => {
    const w = { zone: 'Europe/Berlin', days: 0b1111111, from: 540, to: 1080 };
    // Saturday 28.03.2026 20:00 in Berlin; clocks go forward that night.
    const before = DateTime.fromObject({ year: 2026, month: 3, day: 28, hour: 20 }, { zone: w.zone }).toMillis();
    const next = nextWindowStart(w, before)!;
    expect(DateTime.fromMillis(next, { zone: w.zone }).toFormat('dd.MM HH:mm')).toBe('29.03 09:00');
    expect(next - before).toBe(12 * 3600_000);
  });

  it('reads hour ranges people type', () => {
    expect(parseHoursRange('9-18')).toEqual({ from: 540, to: 1080 });
    expect(parseHoursRange('08:30 – 17:15')).toEqual({ from: 510, to: 1035 });
    expect(parseHoursRange('18-9')).toBeNull();
    expect(parseHoursRange('25-26')).toBeNull();
  });
});
