import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { allFeatures } from '../../../src/app/features.js';
import type { Feature } from '../../../src/core/kernel/feature.js';
import { HOUR, MINUTE } from '../../../src/clock.js';
import { updateSettings } from '../../../src/core/kernel/organisation/organisation.js';
import { BroadcastStore } from '../../../src/core/broadcasts/store.js';
import { sendNowAction } from '../../../src/core/broadcasts/compose.js';
import { ackAction, reportAction } from '../../../src/core/broadcasts/delivery.js';
import type { Person } from '../../../src/core/kernel/persons/person.js';
import { said, text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

/** The announcement copies a person received. */
const copies = (userId: string) => h.messages(userId).filter((m) => m.text.startsWith(text('broadcast-header')));

async function setUp(features?: Feature[]) {
  h = await createHarness({ features });
  const anna = h.addPerson({ name: 'Анна Куратор', userId: 'anna', roles: ['curator'], position: 'Старший воспитатель' });
  const olga = h.addPerson({ name: 'Ольга Наставник', userId: 'olga', roles: ['mentor'], offers: ['parents'] });
  const pavel = h.addPerson({ name: 'Павел Наставник', userId: 'pavel', roles: ['mentor'], position: 'Логопед' });
  const masha = h.addPerson({ name: 'Маша Новенькая', userId: 'masha', roles: ['mentee'], wants: ['parents'] });
  return { anna, olga, pavel, masha };
}

async function compose(text: string, audience: string) {
  await h.say('anna', '/broadcast');
  await h.say('anna', text);
  await h.press('anna', audience);
}

const broadcasts = () => h.db.prepare('SELECT id, status, total FROM broadcasts ORDER BY id').all() as { id: number; status: string; total: number }[];

describe('broadcasts: compose, preview, send', () => {
  it('sends to mentors only, each once, with a preview counting recipients per platform, and reports delivery', async () => {
    const { olga } = await setUp();
    // Olga also has a VK account linked: she still gets one copy, where the bot writes first.
    h.db.prepare(`INSERT INTO accounts (organisation_id, person_id, platform, user_id, chat_id, created_at) VALUES (?, ?, 'vk', '777', '777', 0)`).run(h.org.id, olga.id);

    await compose('Педсовет в четверг в 14:00, актовый зал.', 'Наставникам');
    const preview = h.lastText('anna');
    expect(preview).toContain('Педсовет в четверг');
    expect(preview).toContain(text('broadcast-preview-audience', { audience: text('broadcast-aud-mentor'), count: 2 }));
    expect(preview).toContain(text('broadcast-platform-local', { count: 2 }));
    expect(h.messages('olga')).toHaveLength(0);

    await h.press('anna', text('broadcast-send-now'));
    expect(h.allText('anna')).toContain(text('broadcast-started', { count: 2 }));
    expect(copies('olga')).toHaveLength(1);
    expect(copies('pavel')).toHaveLength(1);
    expect(copies('olga')[0]!.text).toBe(`${text('broadcast-header')}\n\nПедсовет в четверг в 14:00, актовый зал.`);
    expect(copies('masha')).toHaveLength(0);
    expect(copies('anna')).toHaveLength(0);
    const rows = h.db.prepare(`SELECT lane, platform, status FROM outbox WHERE source = 'broadcast:1'`).all();
    expect(rows).toEqual([
      { lane: 1, platform: 'local', status: 'sent' },
      { lane: 1, platform: 'local', status: 'sent' },
    ]);

    // The watch job edits the progress line and, with nothing left, hands over the report.
    await h.advance(MINUTE);
    const progress = h.messages('anna').find((m) => said('broadcast-progress').test(m.text))!;
    expect(progress.text).toBe(text('broadcast-progress', { id: 1, done: 2, total: 2, waiting: 0 }));
    expect(progress.edited).toBeGreaterThan(0);
    expect(h.lastText('anna')).toContain(text('broadcast-report-title', { id: 1, status: text('broadcast-status-sent') }));
    expect(h.lastText('anna')).toContain(text('broadcast-report-delivered', { count: 2 }));
    expect(broadcasts()).toEqual([{ id: 1, status: 'sent', total: 2 }]);
  });

  it('respects contact hours: a recipient outside them waits, and the report says so', async () => {
    await setUp();
    const late = h.addPerson({ name: 'Вера Вечерняя', userId: 'vera', roles: ['mentor'], from: 18 * 60, to: 20 * 60 });
    await compose('Сдайте планы до пятницы.', 'Наставникам');
    await h.press('anna', text('broadcast-send-now'));
    expect(copies('olga')).toHaveLength(1);
    expect(copies('vera')).toHaveLength(0);
    await h.advance(MINUTE);
    expect(h.lastText('anna')).toContain(text('broadcast-report-delivered', { count: 2 }));
    expect(h.lastText('anna')).toContain(text('broadcast-report-waiting', { count: 1 }));
    // At 18:00 Moscow her window opens.
    await h.advance(8 * HOUR);
    expect(copies('vera')).toHaveLength(1);
    await h.pressAction('anna', reportAction.encode(1));
    expect(h.lastText('anna')).toContain(text('broadcast-report-delivered', { count: 3 }));
    expect(h.lastText('anna')).not.toMatch(said('broadcast-report-waiting'));
    expect(late.id).toBeGreaterThan(0);
  });

  it('reports unreachable people by name with how to reach them', async () => {
    const { pavel } = await setUp();
    h.local.block('pavel');
    const nobody = h.addPerson({ name: 'Нина Безсвязи', userId: 'nina', roles: ['mentor'] });
    h.db.prepare('UPDATE accounts SET reachable = 0 WHERE person_id = ?').run(nobody.id);
    await compose('Объявление для всех наставников', 'Наставникам');
    await h.press('anna', text('broadcast-send-now'));
    await h.advance(MINUTE);
    const report = h.lastText('anna');
    expect(report).toContain(text('broadcast-report-delivered', { count: 1 }));
    expect(report).toContain(text('broadcast-report-unreachable', { count: 2, names: 'Павел Наставник, Нина Безсвязи' }));
    expect(report).toContain('Павел Наставник');
    expect(report).toContain('Нина Безсвязи');
    expect(report).toContain(text('broadcast-report-unreachable-hint'));
    expect(pavel.id).toBeGreaterThan(0);
  });

  it('asks for acknowledgement, counts it, and reminds those who have not confirmed', async () => {
    await setUp();
    await compose('Ознакомьтесь с положением о наставничестве.', 'Всем');
    await h.press('anna', text('broadcast-ack-on-button'));
    expect(h.lastText('anna')).toContain(text('broadcast-preview-ack-on'));
    await h.press('anna', text('broadcast-send-now'));
    expect(copies('masha')[0]!.buttons.flat()[0]!.label).toBe(text('broadcast-ack-button'));

    const ack = await h.press('masha', text('broadcast-ack-button'));
    expect(ack.ackText).toBe(text('broadcast-ack-thanks'));
    expect(copies('masha')[0]!.text).toContain(text('broadcast-ack-mark'));
    expect(copies('masha')[0]!.buttons).toEqual([]);
    expect((await h.pressAction('masha', ackAction.encode(1))).ackText).toBe(text('broadcast-ack-already'));

    await h.pressAction('anna', reportAction.encode(1));
    const report = h.lastText('anna');
    // The author herself owes no confirmation of her own announcement.
    expect(report).toContain(text('broadcast-report-acks', { count: 1, total: 3 }));
    expect(report).toMatch(said('broadcast-report-not-acked'));
    expect(report).toContain('Ольга Наставник');
    const notAcked = report.split('\n').filter((line) => said('broadcast-report-not-acked').test(line)).join('\n');
    expect(notAcked).not.toContain('Маша');
    expect(notAcked).not.toContain('Анна Куратор');

    await h.press('anna', text('broadcast-remind-button', { count: 2 }));
    expect(h.lastText('anna')).toContain(text('broadcast-reminded', { count: 2 }));
    expect(h.allText('olga')).toContain(text('broadcast-reminder-head', { date: '23 ноября' }));
    expect(h.allText('masha')).not.toMatch(said('broadcast-reminder-head'));
    expect(h.allText('anna')).not.toMatch(said('broadcast-reminder-head'));
    await h.press('olga', text('broadcast-ack-button'));
    expect(BroadcastStore.of(h.db).ackCount(1)).toBe(2);
  });

  it('«Ещё не подтвердили» leaves out the unreachable; a reminder about an event already over asks the curator first', async () => {
    const { pavel } = await setUp();
    h.local.block('pavel');
    await compose('Педсовет 25 ноября в 15:00, актовый зал.', 'Наставникам');
    await h.press('anna', text('broadcast-ack-on-button'));
    await h.press('anna', text('broadcast-send-now'));
    await h.advance(MINUTE);
    const report = h.lastText('anna');
    expect(report).toContain(text('broadcast-report-unreachable', { count: 1, names: 'Павел Наставник' }));
    expect(report).toContain(text('broadcast-report-acks', { count: 0, total: 1 }));
    expect(report.split('\n')).toContain(text('broadcast-report-not-acked', { names: 'Ольга Наставник' }));
    expect(h.last('anna').buttons.flat().map((b) => b.label)).toContain(text('broadcast-remind-button', { count: 1 }));

    // Three days later the council is over: the bot says so instead of reminding.
    await h.advance(3 * 24 * HOUR);
    await h.pressAction('anna', reportAction.encode(1));
    await h.press('anna', text('broadcast-remind-button', { count: 1 }));
    expect(h.lastText('anna')).toContain(text('broadcast-remind-past', { date: 'вчера в 15:00' }));
    expect(h.allText('olga')).not.toMatch(said('broadcast-reminder-head'));
    await h.press('anna', text('broadcast-remind-past-button'));
    expect(h.lastText('anna')).toContain(text('broadcast-reminded', { count: 1 }));
    expect(h.allText('olga')).toContain(text('broadcast-reminder-head', { date: '23 ноября' }));
    expect(pavel.id).toBeGreaterThan(0);
  });

  it('sends by topic and by position', async () => {
    await setUp();
    await compose('Про работу с родителями', 'По теме');
    await h.press('anna', 'Работа с родителями');
    expect(h.lastText('anna')).toContain(text('broadcast-preview-audience', { audience: text('broadcast-aud-topic-named', { topic: 'Работа с родителями' }), count: 2 }));
    await h.press('anna', text('broadcast-send-now'));
    expect(copies('olga')).toHaveLength(1);
    expect(copies('masha')).toHaveLength(1);
    expect(copies('pavel')).toHaveLength(0);

    await compose('Логопедам: семинар', 'По должности');
    await h.press('anna', 'Логопед');
    await h.press('anna', text('broadcast-send-now'));
    expect(copies('pavel')).toHaveLength(1);
    expect(copies('olga')).toHaveLength(1);
  });

  it('offers the audiences other features provide', async () => {
    const sessions: Feature = {
      name: 'sessions-test',
      audiences: [
        {
          id: 'meeting',
          labelKey: 'broadcast-aud-curator',
          choices: () => [{ id: 5, label: 'Встреча 25.11' }],
          members: (deps, orgId, choiceId) =>
            choiceId === 5 ? (deps.db.prepare(`SELECT id FROM persons WHERE full_name LIKE 'Маша%'`).all() as { id: number }[]).map((r) => r.id) : [],
        },
      ],
    };
    await setUp([...allFeatures(), sessions]);
    await h.say('anna', '/broadcast');
    await h.say('anna', 'Встреча переносится на 15:00');
    const menu = h.last('anna').buttons.flat().map((b) => b.label);
    expect(menu.filter((l) => l === text('broadcast-aud-curator'))).toHaveLength(2);
    // The test's source comes after the real features' sources (sessions offers one too).
    const sourceButton = h.last('anna').buttons.flat().filter((b) => b.action?.startsWith('bc.src:')).at(-1)!;
    await h.pressAction('anna', sourceButton.action!);
    await h.press('anna', 'Встреча 25.11');
    expect(h.lastText('anna')).toContain(text('broadcast-preview-audience', { audience: `${text('broadcast-aud-curator')}: Встреча 25.11`, count: 1 }));
    await h.press('anna', text('broadcast-send-now'));
    expect(copies('masha')).toHaveLength(1);
    expect(copies('olga')).toHaveLength(0);
  });

  it('attaches a photo with a caption as the text', async () => {
    await setUp();
    await h.say('anna', '/broadcast');
    await h.local.sendFile('anna', { kind: 'photo', name: 'afisha.jpg', mime: 'image/jpeg', bytes: Buffer.from([1, 2, 3]) }, 'Афиша фестиваля');
    await h.flush();
    await h.press('anna', text('broadcast-aud-mentee'));
    expect(h.lastText('anna')).toContain(text('broadcast-preview-file', { name: 'afisha.jpg' }));
    await h.press('anna', text('broadcast-send-now'));
    const copy = copies('masha')[0]!;
    expect(copy.text).toContain('Афиша фестиваля');
    expect(copy.file?.name).toBe('afisha.jpg');
    expect([...copy.file!.bytes]).toEqual([1, 2, 3]);
  });
});

describe('broadcasts: bad input changes nothing', () => {
  it('refuses empty and oversized text, a voice file, an audience of nobody, a past or impossible time', async () => {
    await setUp();
    await h.say('anna', '/broadcast');
    await h.say('anna', '   ');
    expect(h.lastText('anna')).toContain(text('broadcast-empty'));
    await h.say('anna', 'а'.repeat(3600));
    expect(h.lastText('anna')).toContain(text('broadcast-too-long', { length: 3600, max: 3500 }));
    await h.local.sendFile('anna', { kind: 'voice', name: 'v.ogg', bytes: Buffer.from([1]) });
    await h.flush();
    expect(h.lastText('anna')).toContain(text('broadcast-file-kind'));
    expect(BroadcastStore.of(h.db).draftOf(1)!.text).toBe('');

    await h.say('anna', 'Текст');
    await h.press('anna', text('broadcast-aud-topic'));
    // A topic nobody has comes after the ones people have: page to it.
    for (let i = 0; i < 5 && !h.last('anna').buttons.flat().some((b) => b.label === 'Дети с ОВЗ'); i++) await h.press('anna', text('common-next'));
    await h.press('anna', 'Дети с ОВЗ');
    expect(h.allText('anna')).toContain(text('broadcast-nobody'));
    await h.press('anna', text('broadcast-aud-mentor'));
    await h.press('anna', text('broadcast-send-later'));
    await h.say('anna', '31.02 10:00');
    expect(h.lastText('anna')).toContain(text('broadcast-when-impossible'));
    await h.say('anna', '01.01.2020 10:00');
    expect(h.lastText('anna')).toContain(text('broadcast-when-past'));
    await h.say('anna', 'когда-нибудь');
    expect(h.lastText('anna')).toContain(text('broadcast-when-unparsed'));
    expect(broadcasts()).toEqual([{ id: 1, status: 'draft', total: 0 }]);
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM jobs').get()).toEqual({ n: 0 });
  });

  it('a second /broadcast while composing offers to go on with the draft or start again', async () => {
    await setUp();
    await h.say('anna', '/broadcast');
    await h.say('anna', 'Первый черновик');
    await h.say('anna', '/broadcast');
    expect(h.lastText('anna')).toContain(text('broadcast-draft-exists'));
    await h.press('anna', text('broadcast-draft-continue'));
    expect(h.lastText('anna')).toContain(text('broadcast-ask-audience'));
    await h.say('anna', '/broadcast');
    await h.press('anna', text('broadcast-draft-fresh'));
    expect(h.lastText('anna')).toMatch(said('broadcast-ask-text'));
    expect(broadcasts()).toEqual([{ id: 2, status: 'draft', total: 0 }]);
    // The draft is deleted under the open dialog (from another chat of hers): text closes it with a word.
    h.db.prepare('DELETE FROM broadcasts').run();
    await h.say('anna', 'Текст для исчезнувшего черновика');
    expect(h.lastText('anna')).toContain(text('broadcast-draft-gone'));
    await h.say('anna', 'ещё текст');
    expect(h.lastText('anna')).not.toMatch(said('broadcast-draft-gone'));
  });

  it('refuses non-curators, forged and stale buttons', async () => {
    const { masha } = await setUp();
    await h.say('masha', '/broadcast');
    expect(h.lastText('masha')).toBe(text('common-not-allowed'));
    await h.say('masha', '/broadcasts');
    expect(h.lastText('masha')).toBe(text('common-not-allowed'));

    await compose('Только для наставников', 'Наставникам');
    const forged = await h.pressAction('masha', sendNowAction.encode(1));
    expect(forged.ackText).toBe(text('common-not-allowed'));
    expect(broadcasts()[0]!.status).toBe('draft');
    // A curator pressing another curator's draft, or a draft that no longer exists.
    h.addPerson({ name: 'Ирина Куратор', userId: 'irina', roles: ['curator'] });
    expect((await h.pressAction('irina', sendNowAction.encode(1))).ackText).toBe(text('common-stale-button'));
    expect((await h.pressAction('anna', sendNowAction.encode(99))).ackText).toBe(text('common-stale-button'));
    expect(broadcasts()[0]!.status).toBe('draft');
    // Acknowledging a broadcast one did not receive.
    await h.press('anna', text('broadcast-send-now'));
    expect((await h.pressAction('masha', ackAction.encode(1))).ackText).toBe(text('common-stale-button'));
    expect(masha.id).toBeGreaterThan(0);
    expect(h.db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE source = 'broadcast:1'`).get()).toEqual({ n: 2 });
  });
});

describe('broadcasts: schedule, cancel, edit', () => {
  it('goes out at the chosen time; a cancelled one never does; a scheduled one can be edited', async () => {
    await setUp();
    await compose('Завтра субботник', 'Наставляемым');
    await h.press('anna', text('broadcast-send-later'));
    await h.say('anna', '24.11.2026 11:00');
    expect(h.lastText('anna')).toContain(text('broadcast-scheduled', { at: 'завтра в 11:00', audience: text('broadcast-aud-mentee'), preview: 'Завтра субботник' }));
    await h.advance(HOUR);
    expect(copies('masha')).toHaveLength(0);

    await h.say('anna', '/broadcasts');
    expect(h.lastText('anna')).toContain(text('broadcast-list-item', { id: 1, status: text('broadcast-status-scheduled'), at: 'завтра в 11:00', audience: text('broadcast-aud-mentee'), preview: 'Завтра субботник' }));
    await h.press('anna', '✏️ №1');
    await h.press('anna', text('broadcast-retext-button'));
    await h.say('anna', 'Завтра субботник, начало в 11:00');
    await h.press('anna', text('broadcast-send-later'));
    await h.say('anna', '24.11.2026 11:00');

    await h.advance(24 * HOUR);
    expect(copies('masha').map((m) => m.text)).toEqual([`${text('broadcast-header')}\n\nЗавтра субботник, начало в 11:00`]);
    expect(h.allText('anna')).toContain(text('broadcast-progress', { id: 1, done: 0, total: 1, waiting: 0 }));

    await compose('Этого не будет', 'Наставляемым');
    await h.press('anna', text('broadcast-send-later'));
    await h.say('anna', 'завтра в 12:00');
    await h.press('anna', text('broadcast-cancel-button'));
    expect(h.lastText('anna')).toContain(text('broadcast-cancelled-scheduled', { id: 2 }));
    await h.advance(2 * 24 * HOUR);
    expect(copies('masha')).toHaveLength(1);
    expect(broadcasts().map((b) => b.status)).toEqual(['sent', 'cancelled']);
  });

  it('queues a large audience in chunks through durable jobs, and cancelling stops what has not gone out', async () => {
    await setUp();
    updateSettings(h.db, h.org.id, (s) => ({ ...s, broadcasts: { ...s.broadcasts, chunkSize: 10 } }));
    const many: Person[] = Array.from({ length: 35 }, (_, i) => h.addPerson({ name: `Сотрудник ${i}`, userId: `p${i}`, roles: ['mentee'] }));
    await compose('Большая рассылка', 'Наставляемым');
    expect(h.lastText('anna')).toContain(text('broadcast-preview-audience', { audience: text('broadcast-aud-mentee'), count: 36 }));
    await h.press('anna', text('broadcast-send-now'));
    const queued = () => (h.db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE source = 'broadcast:1'`).get() as { n: number }).n;
    expect(queued()).toBe(10);
    await h.tick();
    expect(queued()).toBe(20);
    await h.press('anna', text('broadcast-cancel-button'));
    expect(h.lastText('anna')).toContain(text('broadcast-cancelled-sending', { id: 1, count: 16 }));
    await h.advance(HOUR);
    expect(queued()).toBe(20);
    expect(many.filter((p) => copies(`p${many.indexOf(p)}`).length === 1)).toHaveLength(19);
    await h.pressAction('anna', reportAction.encode(1));
    expect(h.lastText('anna')).toContain(text('broadcast-report-delivered', { count: 20 }));
    expect(h.lastText('anna')).toContain(text('broadcast-report-cancelled', { count: 16 }));
  });
});

describe('broadcasts: chosen people and people who leave', () => {
  it('sends to people named by hand, saying which names matched nobody or several', async () => {
    await setUp();
    h.addPerson({ name: 'Ольга Петрова', userId: 'olga2', roles: ['staff'] });
    await h.say('anna', '/broadcast');
    await h.say('anna', 'Лично вам');
    await h.press('anna', text('broadcast-aud-people'));
    await h.say('anna', 'Никого Такого');
    expect(h.lastText('anna')).toContain(text('broadcast-people-unknown', { names: 'Никого Такого' }));
    await h.say('anna', 'павел, ольга\nНикого Такого');
    expect(h.allText('anna')).toContain(text('broadcast-people-ambiguous', { names: 'ольга' }));
    expect(h.lastText('anna')).toContain(text('broadcast-preview-audience', { audience: text('broadcast-aud-people-named', { count: 1 }), count: 1 }));
    await h.press('anna', text('broadcast-send-now'));
    expect(copies('pavel')).toHaveLength(1);
    expect(copies('olga')).toHaveLength(0);
  });

  it('a recipient deactivated before their chunk is dropped, not counted as unreachable', async () => {
    await setUp();
    updateSettings(h.db, h.org.id, (s) => ({ ...s, broadcasts: { ...s.broadcasts, chunkSize: 1 } }));
    await compose('По одному', 'Наставникам');
    await h.press('anna', text('broadcast-send-now'));
    expect(copies('olga')).toHaveLength(1);
    h.db.prepare(`UPDATE persons SET status = 'deactivated' WHERE full_name = 'Павел Наставник'`).run();
    await h.tick();
    await h.advance(MINUTE);
    expect(copies('pavel')).toHaveLength(0);
    expect(h.lastText('anna')).toContain(text('broadcast-report-audience', { audience: text('broadcast-aud-mentor'), total: 1 }));
    expect(h.lastText('anna')).not.toMatch(said('broadcast-report-unreachable'));
    expect(broadcasts()).toEqual([{ id: 1, status: 'sent', total: 1 }]);
  });
});

describe('broadcasts: privacy', () => {
  it('/my_data lists the announcements a person received and acknowledged; /forget removes them', async () => {
    const { masha } = await setUp();
    await compose('Положение о наставничестве', 'Наставляемым');
    await h.press('anna', text('broadcast-ack-on-button'));
    await h.press('anna', text('broadcast-send-now'));
    await h.press('masha', text('broadcast-ack-button'));
    await h.say('masha', '/my_data');
    const data = JSON.parse(h.last('masha').file!.bytes.toString('utf8'));
    expect(data.broadcasts.received).toEqual([
      expect.objectContaining({ broadcast: 1, text: 'Положение о наставничестве', acknowledgedAt: expect.any(String) }),
    ]);
    await h.say('masha', '/forget');
    await h.press('masha', text('privacy-forget-yes'));
    expect(BroadcastStore.of(h.db).receivedBy(masha.id)).toEqual([]);
  });
});
