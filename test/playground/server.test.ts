import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../src/db/database.js';
import { App } from '../../src/app/app.js';
import { FakeClock } from '../../src/clock.js';
import { silentLogger } from '../../src/log.js';
import { startPlaygroundServer } from '../../src/playground/server.js';
import { DEMO_FILE, demoSeeders, loadDemoOrganisation, seedDemoOrganisation } from '../../src/playground/demo.js';
import { request } from 'node:http';
import { HOUR, DAY } from '../../src/clock.js';
import { I18n } from '../../src/i18n/i18n.js';
import { listPersons } from '../../src/core/kernel/persons/person.js';
import { getOrganisation } from '../../src/core/kernel/organisation/organisation.js';
import { Notifier } from '../../src/core/kernel/contact/notifier.js';
import type { EntryView } from '../../src/playground/transcript.js';
import { MONDAY_10_MSK } from '../support/harness.js';
import { drainOutbox } from '../support/outbox-drain.js';
import { startTestPlayground } from './support.js';

const i18n = new I18n();
type TestPlayground = Awaited<ReturnType<typeof startTestPlayground>>;
const running: TestPlayground[] = [];

async function start(opts: Parameters<typeof startTestPlayground>[0] = {}) {
  const pg = await startTestPlayground(opts);
  running.push(pg);
  return pg;
}

afterEach(async () => {
  while (running.length) await running.pop()!.stop();
});

/** Waits until the chat shows a bot message matching `test` (no timing asserted). */
async function botSays(pg: TestPlayground, handle: string, test: (e: EntryView) => boolean): Promise<EntryView> {
  let found: EntryView | undefined;
  await expect
    .poll(async () => {
      found = (await pg.entries(handle)).find((e) => e.from === 'bot' && test(e));
      return Boolean(found);
    }, { timeout: 10_000 })
    .toBe(true);
  return found!;
}

/** fetch cannot set Host; node:http can (a DNS-rebinding page sends its own name). */
function statusWithHost(base: string, path: string, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Reads the event stream until an event matches, then closes it. */
async function nextEvent(pg: TestPlayground, match: (event: string, data: Record<string, unknown>) => boolean, trigger: () => Promise<unknown>) {
  const controller = new AbortController();
  const res = await fetch(`${pg.base}/api/events`, { signal: controller.signal });
  expect(res.headers.get('content-type')).toContain('text/event-stream');
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  await trigger();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error('the stream ended');
      buffer += decoder.decode(value, { stream: true });
      let cut: number;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const chunk = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const event = /^event: (.+)$/m.exec(chunk)?.[1];
        const data = /^data: (.+)$/m.exec(chunk)?.[1];
        if (event && data && match(event, JSON.parse(data) as Record<string, unknown>)) return { event, data: JSON.parse(data) as Record<string, unknown> };
      }
    }
  } finally {
    controller.abort();
  }
}

describe('the playground HTTP API', () => {
  it('serves the page and lists the demo organisation: a curator, four mentors, five mentees', async () => {
    const pg = await start();
    const page = await pg.get('/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.body).toContain('<script src="/app.js"');
    expect((await pg.get('/app.js')).status).toBe(200);
    expect((await pg.get('/style.css')).status).toBe(200);

    const { status, body } = await pg.get('/api/people');
    expect(status).toBe(200);
    const malformed = await pg.get('/api/people/%E0%A4%A/messages');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toBe('bad_path');
    expect(body.organisation).toBe('Детский сад №12 «Солнышко»');
    const people = body.people as { handle: string; roles: string[]; name: string }[];
    expect(people).toHaveLength(10);
    expect(people.filter((p) => p.roles.includes('curator')).map((p) => p.handle)).toEqual(['curator']);
    expect(people.filter((p) => p.roles.includes('mentor'))).toHaveLength(4);
    expect(people.filter((p) => p.roles.includes('mentee'))).toHaveLength(5);

    const texts = await pg.get('/api/texts?lang=en');
    expect(texts.body.lang).toBe('en');
    expect(texts.body.texts.send).toBe('Send');
    expect(texts.body.texts['clock-ahead']).toBe('({hours} h ahead)');
    expect((await pg.get('/api/texts')).body.texts.send).toBe('Отправить');
  });

  it('the whole demo: every capability seeds its part for the cast, and the chats show it', async () => {
    const pg = await start({ seeders: demoSeeders });
    const count = (table: string) => (pg.app.deps.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
    for (const table of ['questions', 'sessions', 'session_participants', 'programmes', 'plan_items', 'broadcasts', 'surveys']) {
      expect({ table, some: count(table) > 0 }).toEqual({ table, some: true });
    }
    const people = (await pg.get('/api/people')).body.people as { handle: string }[];
    await drainOutbox(pg.app.dispatcher);
    let shown = 0;
    for (const p of people) shown += (await pg.entries(p.handle)).length;
    expect(shown).toBeGreaterThan(0);
  });

  it('a person sends a message; the bot answers in their chat and on the event stream', async () => {
    const pg = await start();
    const { event, data } = await nextEvent(
      pg,
      (e, d) => e === 'entry' && d.chatId === 'mentee-anna' && (d.entry as EntryView).from === 'bot',
      async () => expect((await pg.post('/api/people/mentee-anna/messages', { text: '/help' })).status).toBe(202),
    );
    expect(event).toBe('entry');
    expect((data.entry as EntryView).text).toContain(i18n.t('ru', 'help-title'));
    const entries = await pg.entries('mentee-anna');
    expect(entries[0]).toMatchObject({ from: 'person', text: '/help' });
    expect(entries[1]!.text).toContain('/find');
    // Another person's chat is untouched.
    expect(await pg.entries('mentor-speech')).toEqual([]);
  });

  it('pressing a button works, and the bot speaks the language the person picks', async () => {
    const pg = await start();
    await pg.post('/api/people/mentee-ivan/messages', { text: '/language' });
    const ask = await botSays(pg, 'mentee-ivan', (e) => e.buttons.flat().some((b) => b.label === 'English'));
    const english = ask.buttons.flat().find((b) => b.label === 'English')!;
    const pressed = await pg.post('/api/people/mentee-ivan/press', { messageId: ask.id, action: english.action });
    expect(pressed.status).toBe(202);
    await botSays(pg, 'mentee-ivan', (e) => e.text.includes(i18n.t('en', 'language-set')));
    expect((await pg.entries('mentee-ivan')).some((e) => e.pressed === 'English')).toBe(true);
    await pg.post('/api/people/mentee-ivan/messages', { text: '/help' });
    await botSays(pg, 'mentee-ivan', (e) => e.text.includes(i18n.t('en', 'help-title')));
  });

  it('the curator opens the roster and a person card through buttons', async () => {
    const pg = await start();
    await pg.post('/api/people/curator/messages', { text: '/people' });
    const roster = await botSays(pg, 'curator', (e) => e.buttons.flat().some((b) => b.label.includes('Emily Carter')));
    const emily = roster.buttons.flat().find((b) => b.label.includes('Emily Carter'))!;
    await pg.post('/api/people/curator/press', { messageId: roster.id, action: emily.action });
    await botSays(pg, 'curator', (e) => e.text.includes('Emily Carter') && e.buttons.flat().some((b) => b.label.includes(i18n.t('ru', 'role-mentor'))));
  });

  it('files both ways: an export downloads, a picture a person sends shows in their chat', async () => {
    const pg = await start();
    await pg.post('/api/people/curator/messages', { text: '/my_data' });
    const exported = await botSays(pg, 'curator', (e) => e.file?.name === 'my-data.json');
    const download = await fetch(`${pg.base}/api/people/curator/files/${exported.id}?download=1`);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename\*=UTF-8''my-data\.json/);
    expect(JSON.parse(await download.text()).profile.fullName).toBe('Ольга Николаевна Петрова');
    // Only within its own chat.
    expect((await pg.get(`/api/people/mentee-anna/files/${exported.id}`)).status).toBe(404);

    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    const sent = await pg.post('/api/people/mentee-anna/files', { name: 'photo.png', mime: 'image/png', base64: png.toString('base64') });
    expect(sent.status).toBe(202);
    const entry = (await pg.entries('mentee-anna')).find((e) => e.id === sent.body.id)!;
    expect(entry).toMatchObject({ from: 'person', file: { name: 'photo.png', mime: 'image/png', size: png.length } });
    const image = await fetch(`${pg.base}/api/people/mentee-anna/files/${entry.id}`);
    expect(image.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await image.arrayBuffer())).toEqual(png);
    // The bot answered the unexpected file instead of ignoring it.
    await botSays(pg, 'mentee-anna', (e) => e.text === i18n.t('ru', 'common-file-not-expected'));
  });

  it('the clock moves forward only, runs due jobs, and is kept beside the database', async () => {
    const pg = await start();
    const at = (await pg.get('/api/clock')).body;
    expect(at.offsetMs).toBe(0);
    expect(at.now).toBeGreaterThanOrEqual(MONDAY_10_MSK);
    const clockEvent = await nextEvent(pg, (e, d) => e === 'clock' && d.offsetMs === HOUR, () => pg.post('/api/clock', { step: 'hour' }));
    expect(clockEvent.data.now).toBeGreaterThanOrEqual(MONDAY_10_MSK + HOUR);
    const day = (await pg.post('/api/clock', { step: 'day' })).body;
    expect(day.offsetMs).toBe(HOUR + DAY);
    expect(day.now).toBeGreaterThanOrEqual(MONDAY_10_MSK + HOUR + DAY);
    expect((await pg.post('/api/clock', { minutes: 30 })).body.offsetMs).toBe(HOUR + DAY + 30 * 60_000);
    for (const bad of [{ step: 'back' }, { minutes: -60 }, { minutes: 0 }, { minutes: 1e9 }, {}]) {
      expect((await pg.post('/api/clock', bad)).status).toBe(400);
    }
    expect(JSON.parse(readFileSync(`${pg.databasePath}.playground-clock.json`, 'utf8'))).toEqual({ offsetMs: HOUR + DAY + 30 * 60_000 });
    expect(pg.app.deps.clock.now()).toBeGreaterThanOrEqual(MONDAY_10_MSK + HOUR + DAY + 30 * 60_000);
  });

  it('moving the clock delivers what waited for a person\'s contact hours', async () => {
    const pg = await start();
    const { db } = pg.app.deps;
    const org = getOrganisation(db, pg.app.org.id);
    const emily = listPersons(db, org.id).find((p) => p.fullName === 'Emily Carter')!; // Tuesday to Friday, 12:00–19:00
    const queued = db.transaction(() =>
      new Notifier(pg.app.deps, org).toPerson(emily, () => ({ text: 'a reminder for Emily' }), { urgency: 'reminder' }),
    )();
    const tuesdayNoon = MONDAY_10_MSK + DAY + 2 * HOUR;
    expect(queued!.notBefore).toBe(tuesdayNoon);
    await pg.post('/api/clock', { step: 'day' });
    // Tuesday morning: still outside her hours, so still waiting.
    expect(db.prepare('SELECT status FROM outbox WHERE chat_id = ?').get('mentor-psych')).toEqual({ status: 'pending' });
    await pg.post('/api/clock', { step: 'hour' });
    await pg.post('/api/clock', { step: 'hour' });
    await botSays(pg, 'mentor-psych', (e) => e.text === 'a reminder for Emily');
  });

  it('an edit of an earlier message reaches the page as an edit', async () => {
    const pg = await start();
    await pg.post('/api/people/curator/messages', { text: '/people' });
    const next = i18n.t('ru', 'common-next');
    const roster = await botSays(pg, 'curator', (e) => e.buttons.flat().some((b) => b.label === next));
    const { data } = await nextEvent(
      pg,
      (e, d) => e === 'entry' && d.change === 'edit' && (d.entry as EntryView).id === roster.id,
      () => pg.post('/api/people/curator/press', { messageId: roster.id, action: roster.buttons.flat().find((b) => b.label === next)!.action }),
    );
    const edited = data.entry as EntryView;
    expect(edited.edited).toBe(1);
    expect(edited.text).toContain(i18n.t('ru', 'people-title', { total: 10, active: 10, mentors: 4, mentees: 5, page: 2, pages: 2 }));
    expect((await pg.entries('curator')).find((e) => e.id === roster.id)).toEqual(edited);
  });

  it('bad input gets a clear 4xx and changes nothing; the server goes on', async () => {
    const pg = await start();
    const anna = '/api/people/mentee-anna';
    const cases: [string, number, string, Awaited<ReturnType<TestPlayground['post']>>][] = [
      ['unknown person (send)', 404, 'unknown_person', await pg.post('/api/people/nobody/messages', { text: 'hi' })],
      ['oversized message', 413, 'too_long', await pg.post(`${anna}/messages`, { text: 'я'.repeat(4097) })],
      ['empty message', 400, 'empty', await pg.post(`${anna}/messages`, { text: '   ' })],
      ['malformed JSON', 400, 'bad_json', await pg.post(`${anna}/messages`, null, { raw: '{"text": "hi' })],
      ['wrong shape', 400, 'bad_request', await pg.post(`${anna}/messages`, { text: 42 })],
      ['not JSON', 415, 'not_json', await pg.post(`${anna}/messages`, null, { raw: 'text=hi', contentType: 'application/x-www-form-urlencoded' })],
      ['press on a message not in the chat', 404, 'unknown_message', await pg.post(`${anna}/press`, { messageId: '999', action: 'x' })],
      ['file not base64', 400, 'bad_file', await pg.post(`${anna}/files`, { name: 'a.txt', base64: '%%%' })],
      ['file too big', 413, 'file_too_big', await pg.post(`${anna}/files`, { name: 'a.bin', base64: Buffer.alloc(5 * 1024 * 1024 + 1).toString('base64') })],
      ['unknown API', 404, 'not_found', await pg.post('/api/nothing', {})],
    ];
    for (const [what, status, code, res] of cases) {
      expect({ what, status: res.status, code: res.body.error }).toEqual({ what, status, code });
      expect(typeof res.body.message).toBe('string');
    }
    expect((await pg.get('/api/people/nobody/messages')).status).toBe(404);
    const huge = await fetch(`${pg.base}${anna}/files`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(8 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    // A page elsewhere cannot reach it through a rebound DNS name.
    expect(await statusWithHost(pg.base, '/api/people', 'evil.example')).toBe(403);
    expect(await statusWithHost(pg.base, '/api/people', 'localhost:1234')).toBe(200);
    expect((await pg.get('/../../package.json')).status).toBe(404);
    // Nothing of it reached the bot.
    expect(await pg.entries('mentee-anna')).toEqual([]);
    expect((pg.app.deps.db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n).toBe(0);

    // A forged button on a real message gets the core's clear answer and changes nothing.
    await pg.post(`${anna}/messages`, { text: '/language' });
    const ask = await botSays(pg, 'mentee-anna', (e) => e.buttons.length > 0);
    const forged = await pg.post(`${anna}/press`, { messageId: ask.id, action: 'lang.set|xx' });
    expect(forged.status).toBe(202);
    await botSays(pg, 'mentee-anna', (e) => e.text === i18n.t('ru', 'common-stale-button') || forged.body.ack === i18n.t('ru', 'common-stale-button'));
    expect(listPersons(pg.app.deps.db, pg.app.org.id).find((p) => p.fullName.startsWith('Анна'))!.language).toBe('ru');
    expect((await pg.get('/api/people')).status).toBe(200);
  });

  it('after a restart the chats show the same history and old buttons still work', async () => {
    const first = await start();
    await first.post('/api/people/mentee-daria/messages', { text: '/language' });
    const ask = await botSays(first, 'mentee-daria', (e) => e.buttons.length > 0);
    await first.post('/api/clock', { step: 'hour' });
    const before = await first.entries('mentee-daria');
    const dir = first.dir;
    await running.pop()!.stop();

    const second = await start({ dir });
    expect((await second.get('/api/people')).body.people).toHaveLength(10); // seeded once
    expect(await second.entries('mentee-daria')).toEqual(before);
    expect((await second.get('/api/clock')).body.offsetMs).toBe(HOUR);
    const english = ask.buttons.flat().find((b) => b.label === 'English')!;
    expect((await second.post('/api/people/mentee-daria/press', { messageId: ask.id, action: english.action })).status).toBe(202);
    await botSays(second, 'mentee-daria', (e) => e.text.includes(i18n.t('en', 'language-set')));
    // New messages get new ids after the old ones.
    const ids = (await second.entries('mentee-daria')).filter((e) => e.from === 'bot').map((e) => Number(e.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(existsSync(`${second.databasePath}.playground-history.jsonl`)).toBe(true);
  });
});

describe('the playground server', () => {
  it('a port in use gets a clear message naming the setting', async () => {
    const pg = await start();
    const port = Number(new URL(pg.base).port);
    await expect(
      startPlaygroundServer({ app: pg.app, ...pg.parts, log: silentLogger(), host: '127.0.0.1', port }),
    ).rejects.toThrow(/PLAYGROUND_PORT/);
  });
});

describe('the demo organisation', () => {
  it('a demo naming an unknown topic is refused before anything is written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'demo-'));
    const file = join(dir, 'organisation.json');
    const demo = JSON.parse(readFileSync(DEMO_FILE, 'utf8'));
    demo.people[1].offers.push('astrology');
    writeFileSync(file, JSON.stringify(demo));
    const db = openDatabase(':memory:');
    const app = new App({ db, clock: new FakeClock(), log: silentLogger(), adapters: [], settings: { organisationName: 'x', defaultTimezone: 'Europe/Moscow', defaultLanguage: 'ru' } });
    expect(() => seedDemoOrganisation(app.deps, app.org.id, loadDemoOrganisation(file))).toThrow('unknown topic "astrology"');
    expect(db.prepare('SELECT COUNT(*) AS n FROM persons').get()).toEqual({ n: 0 });
    demo.people[1].hours = '18:00-09:00';
    writeFileSync(file, JSON.stringify(demo));
    expect(() => loadDemoOrganisation(file)).toThrow(/end after it starts/);
    db.close();
  });

  it('is seeded once, in one transaction, with every capability seeder given the cast', async () => {
    const calls: unknown[] = [];
    const pg = await start({
      seeders: [
        (deps, orgId, cast, now) => {
          calls.push({ cast, now, inTransaction: deps.db.inTransaction, orgId });
        },
      ],
    });
    expect(calls).toHaveLength(1);
    const people = listPersons(pg.app.deps.db, pg.app.org.id);
    const id = (name: string) => people.find((p) => p.fullName.startsWith(name))!.id;
    expect(calls[0]).toEqual({
      cast: {
        curatorId: id('Ольга'),
        mentorIds: [id('Марина'), id('Галина'), id('Артём'), id('Emily')],
        menteeIds: [id('Анна'), id('Иван'), id('Дарья'), id('Софья'), id('Тимур')],
      },
      now: expect.any(Number),
      inTransaction: true,
      orgId: pg.app.org.id,
    });
    const emily = people.find((p) => p.fullName === 'Emily Carter')!;
    expect(emily).toMatchObject({ language: 'en', contactFrom: 12 * 60, contactTo: 19 * 60, contactDays: 0b0011110 });
  });

  it('a failing seeder leaves nothing half-made', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'playground-'));
    await expect(
      start({
        dir,
        seeders: [
          () => {
            throw new Error('broken demo');
          },
        ],
      }),
    ).rejects.toThrow('broken demo');
    const db = openDatabase(join(dir, 'playground.db'));
    expect(db.prepare('SELECT COUNT(*) AS n FROM persons').get()).toEqual({ n: 0 });
    db.close();
  });
});
