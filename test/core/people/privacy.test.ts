import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { exportPersonData } from '../../../src/core/people/privacy.js';
import { ask } from '../questions/support.js';
import { text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

const t = (key: string, args?: Record<string, string | number>) => h.app.deps.i18n.t('ru', key, args);

function people(x: Harness) {
  x.addPerson({ name: 'Анна Сергеевна Куратова', roles: ['curator'], userId: 'anna', days: 127 });
  const masha = x.addPerson({ name: 'Мария Петровна Новикова', roles: ['mentee'], userId: 'masha', days: 127 });
  x.addPerson({ name: 'Ольга Белова', roles: ['mentor'], offers: ['parents', 'special_needs'], userId: 'olga', days: 127 });
  x.addPerson({ name: 'Пётр Орлов', roles: ['mentor'], offers: ['parents'], userId: 'petr', days: 127 });
  return { masha };
}

/** Outbox rows (anyone's) whose stored words contain this text. */
const rowsWith = (text: string) =>
  (h.db.prepare(`SELECT id, person_id, status FROM outbox WHERE instr(payload, ?) > 0`).all(JSON.stringify(text).slice(1, -1)) as { id: number }[]).length;

describe('privacy: what /forget and /my_data reach', () => {
  it("after /forget, no message anyone was sent keeps the person's name or their question's words", async () => {
    h = await createHarness();
    const { masha } = people(h);
    await ask(h, 'masha', 'Как говорить с родителями о поведении сына?');
    const mentor = ['olga', 'petr'].find((u) => h.allText(u).includes('Вопрос №1'))!;
    await h.press(mentor, text('question-take'));
    await h.say('masha', 'Сын дерётся на переменах');
    expect(rowsWith('Мария Петровна Новикова')).toBeGreaterThan(0);
    expect(rowsWith('дерётся')).toBeGreaterThan(0);

    await h.say('masha', '/forget');
    await h.press('masha', t('privacy-forget-yes'));
    await h.flush();
    for (const words of ['Мария Петровна Новикова', 'Мария Петровна', 'Новикова', 'Как говорить с родителями о поведении сына', 'дерётся']) {
      expect(rowsWith(words), words).toBe(0);
    }
    // The mentor still heard the question was closed (by its number, without the name).
    expect(h.allText(mentor)).toContain('Вопрос №1');
    expect(h.db.prepare('SELECT status, full_name FROM persons WHERE id = ?').get(masha.id)).toEqual({ status: 'forgotten', full_name: '' });
  });

  it('a message still to go that names the forgotten person goes without the name', async () => {
    h = await createHarness();
    const { masha } = people(h);
    const outbox = h.app.deps.outbox;
    const curator = h.db.prepare(`SELECT a.platform, a.chat_id, p.id FROM accounts a JOIN persons p ON p.id = a.person_id WHERE a.user_id = 'anna'`).get() as {
      platform: 'local';
      chat_id: string;
      id: number;
    };
    // Queued for tomorrow morning (the curator's quiet hours).
    outbox.enqueue({
      organisationId: h.org.id,
      personId: curator.id,
      to: { platform: curator.platform, chatId: curator.chat_id },
      message: { text: 'Мария Петровна Новикова записалась на встречу' },
      notBefore: h.clock.now() + 10 * 3_600_000,
      now: h.clock.now(),
    });
    await h.say('masha', '/forget');
    await h.press('masha', t('privacy-forget-yes'));
    const row = h.db.prepare(`SELECT status, payload FROM outbox WHERE person_id = ? ORDER BY id DESC LIMIT 1`).get(curator.id) as { status: string; payload: string };
    expect(row.status).toBe('pending');
    expect(JSON.parse(row.payload).text).toBe(`${t('privacy-forgotten-name')} записалась на встречу`);
  });

  it('/my_data carries question events, the open dialog and the messages received', async () => {
    h = await createHarness();
    const { masha } = people(h);
    await ask(h, 'masha', 'Вопрос про родительское собрание');
    await h.say('masha', '/ask');
    await h.say('masha', 'Недописанный вопрос');
    const data = exportPersonData(h.app.deps, { features: h.app.features }, masha.id) as {
      questions: { events: { kind: string }[] };
      dialogs: { kind: string; data: { text?: string } }[];
      messagesReceived: { text: string }[];
      programmes: { events: unknown[]; programmeEvents: unknown[] };
    };
    expect(data.questions.events.map((e) => e.kind)).toContain('asked');
    expect(data.dialogs).toEqual([expect.objectContaining({ kind: 'question-ask', data: expect.objectContaining({ text: 'Недописанный вопрос' }) })]);
    expect(data.messagesReceived.length).toBeGreaterThan(0);
    expect(Array.isArray(data.programmes.events)).toBe(true);
    expect(Array.isArray(data.programmes.programmeEvents)).toBe(true);
  });

  it('the words of delivered messages are blanked after the retention period; recent ones stay', async () => {
    h = await createHarness();
    people(h);
    await h.say('masha', '/help');
    const old = h.db.prepare(`SELECT COUNT(*) AS n FROM outbox WHERE status = 'sent' AND payload != '{"text":""}'`).get() as { n: number };
    expect(old.n).toBeGreaterThan(0);
    await h.advance(31 * 86_400_000);
    await h.say('masha', '/profile');
    const kept = h.db.prepare(`SELECT created_at FROM outbox WHERE status = 'sent' AND payload != '{"text":""}'`).all() as { created_at: number }[];
    expect(kept.length).toBeGreaterThan(0);
    for (const r of kept) expect(r.created_at).toBeGreaterThan(h.clock.now() - 86_400_000);
  });

  it('the last admin cannot forget herself while nobody else can run the organisation; with another curator she can', async () => {
    h = await createHarness();
    const admin = h.addPerson({ name: 'Анна Сергеевна Куратова', roles: ['admin', 'curator'], userId: 'anna', days: 127 });
    await h.say('anna', '/forget');
    await h.press('anna', t('privacy-forget-yes'));
    expect(h.lastText('anna')).toBe(t('privacy-forget-last-admin'));
    expect(h.db.prepare('SELECT status FROM persons WHERE id = ?').pluck().get(admin.id)).toBe('active');
    h.addPerson({ name: 'Ольга Николаевна Белова', roles: ['curator'], userId: 'olga', days: 127 });
    await h.say('anna', '/forget');
    await h.press('anna', t('privacy-forget-yes'));
    expect(h.db.prepare('SELECT status FROM persons WHERE id = ?').pluck().get(admin.id)).toBe('forgotten');
  });
});

