import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { getProgramme } from '../../../src/core/programmes/programme.js';
import { createProgramme } from '../../../src/core/programmes/planning.js';
import { consentOf } from '../../../src/core/programmes/labour-record.js';
import { fileWorker } from '../../../src/core/kernel/files/files.js';
import { at, pair, people } from './support.js';
import { readDocx } from '../documents/docx-reader.js';
import { said, text, whichOf } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

const notices = () => h.db.prepare('SELECT side, ends_on, status FROM programme_notices ORDER BY id').all();

describe("the mentor's consent", () => {
  it('is recorded when the mentor agrees in the chat, with the term and form; the school enters the pay; the documents carry both', async () => {
    h = await createHarness();
    const cast = people(h);
    const p = h.db.transaction(() =>
      createProgramme(h.app.deps, {
        orgId: h.org.id, kind: 'traditional', mentorId: cast.mentor.id, menteeIds: [cast.mentee.id],
        startsOn: '2026-11-23', endsOn: '2027-05-31', curatorId: cast.curator.id, now: h.clock.now(),
      }),
    )();
    await h.pressAction('anna', `prg.pay:${p.id}`);
    expect(h.lastText('anna')).toContain(text('labour-no-consent'));
    await h.pressAction('olga', `prg.agree:${p.id}:1`);
    expect(h.allText('olga')).toContain(
      text('labour-consent-recorded', { id: p.id, from: '23 ноября', to: '31 мая 2027', kind: text('programmes-kind-traditional'), form: text('documents-form-individual') }),
    );
    expect(consentOf(h.db, p.id, cast.mentor.id)).toMatchObject({ agreedAt: h.clock.now(), startsOn: '2026-11-23', endsOn: '2027-05-31', kind: 'traditional', form: 'individual', payBasis: null });
    // The mentee's agreement is no mentor's consent.
    await h.pressAction('ivan', `prg.agree:${p.id}:1`);
    expect(getProgramme(h.db, p.id)!.status).toBe('active');
    expect(consentOf(h.db, p.id, cast.mentee.id)).toBeNull();

    await h.say('anna', '/consents');
    expect(h.lastText('anna')).toContain(text('labour-consents-given', { date: '23 ноября', from: '23 ноября', to: '31 мая 2027', form: text('documents-form-individual') }));
    expect(h.lastText('anna')).toContain(text('labour-consents-no-pay'));
    await h.press('anna', `Доплата №${p.id}`);
    await h.say('anna', `15% оклада, приказ № 12 от 01.09.2026 «о доплатах»`);
    expect(h.lastText('anna')).toContain(text('labour-pay-saved', { id: 1, pay: '15% оклада, приказ № 12 от 01.09.2026 «о доплатах»' }));
    await h.say('anna', '/consents');
    expect(h.lastText('anna')).toContain(text('labour-consents-pay', { pay: '15% оклада, приказ № 12 от 01.09.2026 «о доплатах»' }));
    // Not for a mentor.
    await h.say('olga', '/consents');
    expect(h.lastText('olga')).not.toMatch(said('labour-consents-title'));

    await h.pressAction('anna', `doc.cons:${p.id}`);
    await fileWorker(h.app.deps).run();
    await h.flush();
    const doc = await readDocx(h.messages('anna').find((m) => m.file?.name === `consent-${p.id}.docx`)!.file!.bytes);
    expect(doc.text).toContain('5. За выполнение работы по наставничеству работнику устанавливается доплата: 15% оклада, приказ № 12 от 01.09.2026 «о доплатах».');
    const agreed = doc.paragraphs.indexOf('Согласие подтверждено в чате');
    expect(doc.paragraphs[agreed + 1]).toBe('23.11.2026');
  });
});

describe('a new mentor put in by the curator', () => {
  it('is asked for consent, which is recorded when they press the button; only they may give it', async () => {
    h = await createHarness();
    const cast = people(h);
    const vera = h.addPerson({ name: 'Вера Запасная', roles: ['mentor'], offers: ['parents'], userId: 'vera' });
    const p = pair(h, cast, []);
    await h.pressAction('anna', `prg.setm:${p.id}:${vera.id}`);
    expect(h.lastText('vera')).toContain(text('labour-consent-ask'));
    expect(consentOf(h.db, p.id, vera.id)).toBeNull();
    await h.pressAction('olga', `prg.cns:${p.id}`);
    expect(consentOf(h.db, p.id, cast.mentor.id)).toBeNull();
    await h.press('vera', text('labour-button-consent'));
    expect(h.lastText('vera')).toMatch(said('labour-consent-recorded'));
    expect(h.lastText('vera')).toContain(`№${p.id} `);
    expect(consentOf(h.db, p.id, vera.id)).toMatchObject({ form: 'individual', startsOn: '2026-11-23' });
  });
});

describe('ending early with three working days notice', () => {
  it('across the May holidays: withdrawn before it runs out the programme goes on; a second notice runs out and ends it; withdrawing then is refused', async () => {
    h = await createHarness({ now: Date.UTC(2026, 3, 30, 7, 0) }); // Thursday 30 April 2026, 10:00 in Moscow
    const cast = people(h);
    const p = pair(h, cast, [{ title: 'Первое', dueOn: '2026-06-15' }], { startsOn: '2026-04-01', endsOn: '2026-08-31' });
    await h.pressAction('olga', `prg.quit:${p.id}`);
    await h.say('olga', 'Ухожу в декрет');
    // 1–3 May off; 4, 5, 6 May count.
    expect(h.lastText('olga')).toContain(text('labour-notice-given-you', { id: 1, date: '6 мая' }));
    expect(notices()).toEqual([{ side: 'mentor', ends_on: '2026-05-06', status: 'running' }]);
    expect(h.lastText('ivan')).toContain(text('labour-notice-given', { name: 'Ольга Наставник', side: text('labour-side-mentor'), id: 1, date: '6 мая' }));
    expect(h.lastText('anna')).toContain(text('programmes-end-note', { note: 'Ухожу в декрет' }));
    // A second notice while one runs: refused.
    await h.pressAction('ivan', `prg.quit:${p.id}`);
    await h.say('ivan', 'Тоже ухожу');
    expect(h.lastText('ivan')).toContain(text('labour-notice-exists', { id: 1, date: '06.05.2026' }));
    await h.say('ivan', '/cancel');

    await at(h, '2026-05-05T10:00');
    await h.press('olga', text('labour-button-withdraw'));
    expect(h.lastText('olga')).toBe(text('labour-notice-withdrawn-you', { id: 1 }));
    expect(h.lastText('anna')).toBe(text('labour-notice-withdrawn', { id: 1, name: 'Ольга Наставник' }));
    expect(h.lastText('ivan')).toMatch(said('labour-notice-withdrawn'));
    await at(h, '2026-05-07T10:00');
    expect(getProgramme(h.db, p.id)!.status).toBe('active');

    // Friday 8 May: 9–11 May off; 12, 13, 14 May count.
    await at(h, '2026-05-08T10:00');
    await h.pressAction('ivan', `prg.quit:${p.id}`);
    await h.say('ivan', 'Перевожусь');
    expect(notices()).toEqual([
      { side: 'mentor', ends_on: '2026-05-06', status: 'withdrawn' },
      { side: 'mentee', ends_on: '2026-05-14', status: 'running' },
    ]);
    await at(h, '2026-05-14T17:00');
    expect(getProgramme(h.db, p.id)!.status).toBe('active');
    await at(h, '2026-05-15T09:00');
    expect(getProgramme(h.db, p.id)!).toMatchObject({ status: 'ended', endReason: 'member' });
    expect(h.lastText('anna')).toContain(text('programmes-ended', { id: 1, reason: text('programmes-end-member') }));
    const withdraw = h.messages('ivan').flatMap((m) => m.buttons.flat()).filter((b) => b.label === text('labour-button-withdraw')).pop()!;
    await h.pressAction('ivan', withdraw.action!);
    expect(h.lastText('ivan')).toBe(text('labour-notice-ran-out', { date: '14.05.2026', id: 1 }));
    expect(notices()).toEqual([
      { side: 'mentor', ends_on: '2026-05-06', status: 'withdrawn' },
      { side: 'mentee', ends_on: '2026-05-14', status: 'done' },
    ]);
  });

  it('across the New Year break; into a year whose decree is not in the data the curator is told so', async () => {
    h = await createHarness({ now: Date.UTC(2025, 11, 29, 7, 0) }); // Monday 29 December 2025
    const cast = people(h);
    const p = pair(h, cast, [], { startsOn: '2025-12-01', endsOn: '2027-05-31' });
    await h.pressAction('anna', `prg.end:${p.id}`);
    await h.press('anna', text('programmes-button-end-yes'));
    // 30 December; 31 December – 11 January off; 12, 13 January.
    expect(notices()).toEqual([{ side: 'curator', ends_on: '2026-01-13', status: 'running' }]);
    expect(h.lastText('anna')).not.toContain('ℹ️');
    await h.press('anna', text('labour-button-withdraw'));
    await at(h, '2026-12-30T10:00');
    await h.pressAction('anna', `prg.end:${p.id}`);
    await h.press('anna', text('programmes-button-end-yes'));
    // 31 December off; 1–8 January holidays by the Labour Code; 9–10 a weekend; 11, 12, 13 January 2027.
    expect(notices()).toEqual([
      { side: 'curator', ends_on: '2026-01-13', status: 'withdrawn' },
      { side: 'curator', ends_on: '2027-01-13', status: 'running' },
    ]);
    expect(h.lastText('anna')).toContain(text('labour-calendar-provisional', { year: '2027' }));
    // Only the one who gave notice, or a curator, withdraws it.
    const id = (h.db.prepare(`SELECT id FROM programme_notices WHERE status = 'running'`).get() as { id: number }).id;
    await h.pressAction('ivan', `prg.nwd:${id}`);
    expect(whichOf(h.lastText('ivan'), ['labour-notice-withdrawn', 'labour-notice-withdrawn-you', 'labour-notice-already-withdrawn'])).toEqual([]);
    expect(notices()[1]).toMatchObject({ status: 'running' });
  });
});

describe("the mentors' record", () => {
  it('counts questions answered, sessions run, plan items confirmed and ratings per month; a mentor sees only their own line', async () => {
    h = await createHarness();
    const cast = people(h);
    const other = h.addPerson({ name: 'Борис Второй', roles: ['mentor'], userId: 'boris' });
    const p = pair(h, cast, [{ title: 'Первое', dueOn: '2026-11-30' }]);
    const topic = h.topicId('parents');
    const now = h.clock.now();
    const q = h.db.prepare(
      `INSERT INTO questions (organisation_id, asker_id, topic_id, status, mentor_id, created_at, first_answer_at, last_activity_at, closed_at, rating) VALUES (?, ?, ?, 'closed', ?, ?, ?, ?, ?, ?)`,
    );
    q.run(h.org.id, cast.mentee.id, topic, cast.mentor.id, now - 3600_000, now - 3000_000, now, now - 1000, 5);
    q.run(h.org.id, cast.mentee.id, topic, cast.mentor.id, now - 3600_000, now - 3000_000, now, now - 1000, 3);
    q.run(h.org.id, cast.mentee.id, topic, other.id, now - 3600_000, now - 3000_000, now, now - 1000, null);
    // Closed in October: another month.
    q.run(h.org.id, cast.mentee.id, topic, cast.mentor.id, Date.UTC(2026, 9, 5), Date.UTC(2026, 9, 5, 1), Date.UTC(2026, 9, 5, 2), Date.UTC(2026, 9, 5, 2), 4);
    const s = h.db.prepare(
      `INSERT INTO sessions (organisation_id, title, organiser_id, starts_at, duration_min, place_kind, place, seats, created_at) VALUES (?, 'Встреча', ?, ?, 60, 'room', '12', 10, ?)`,
    );
    const past = Number(s.run(h.org.id, cast.mentor.id, now - 2 * 86_400_000, now - 5 * 86_400_000).lastInsertRowid);
    s.run(h.org.id, cast.mentor.id, now + 86_400_000, now); // not yet run
    h.db.prepare(`INSERT INTO session_participants (session_id, person_id, organisation_id, state, seq, joined_at, rating) VALUES (?, ?, ?, 'seat', 1, ?, 4)`).run(past, cast.mentee.id, h.org.id, now);
    await h.pressAction('ivan', 'prg.done:1');
    await h.press('ivan', text('programmes-button-no-comment'));
    await h.pressAction('olga', 'prg.ok:1');
    void p;

    await h.say('anna', '/mentor_record 2026-11');
    const record = h.lastText('anna');
    expect(record).toContain(text('labour-record-title', { period: text('labour-record-month', { month: '11.2026' }) }));
    expect(record).toContain(text('labour-record-line', { name: 'Ольга Наставник', questions: 2, sessions: 1, items: 1, rating: '4', rated: 3 }));
    expect(record).toContain(text('labour-record-line', { name: 'Борис Второй', questions: 1, sessions: 0, items: 0, rating: 'none', rated: 0 }));
    await h.say('anna', '/mentor_record 2026');
    expect(h.lastText('anna')).toContain(text('labour-record-line', { name: 'Ольга Наставник', questions: 3, sessions: 1, items: 1, rating: '4', rated: 4 }));
    await h.say('olga', '/mentor_record');
    expect(h.lastText('olga')).toContain(text('labour-record-line', { name: 'Ольга Наставник', questions: 2, sessions: 1, items: 1, rating: '4', rated: 3 }));
    expect(h.lastText('olga')).not.toContain('Борис');
    await h.say('anna', '/mentor_record 2027-05');
    expect(h.lastText('anna')).toContain(text('labour-record-bad-period'));
    await h.say('ivan', '/mentor_record');
    expect(h.lastText('ivan')).not.toMatch(said('labour-record-title'));
  });
});

describe('the labour record and personal data', () => {
  it('/my_data shows the consent and the notice given; /forget removes the reason written, the consent stays', async () => {
    h = await createHarness();
    const cast = people(h);
    const p = h.db.transaction(() =>
      createProgramme(h.app.deps, {
        orgId: h.org.id, kind: 'traditional', mentorId: cast.mentor.id, menteeIds: [cast.mentee.id],
        startsOn: '2026-11-23', endsOn: '2027-05-31', curatorId: cast.curator.id, now: h.clock.now(),
      }),
    )();
    await h.pressAction('olga', `prg.agree:${p.id}:1`);
    await h.pressAction('ivan', `prg.agree:${p.id}:1`);
    await h.pressAction('olga', `prg.quit:${p.id}`);
    await h.say('olga', 'Личная причина');
    const { programmesFeature } = await import('../../../src/core/programmes/feature.js');
    const data = programmesFeature.privacy!.exportFor!(h.app.deps, cast.mentor.id) as { labour: { consents: unknown[]; notices: { reason: string | null }[] } };
    expect(data.labour.consents).toEqual([{ programme: p.id, agreedAt: new Date(h.clock.now()).toISOString(), term: '2026-11-23/2027-05-31', kind: 'traditional', form: 'individual', payBasis: null }]);
    expect(data.labour.notices.map((n) => n.reason)).toEqual(['Личная причина']);
    h.db.transaction(() => programmesFeature.privacy!.forget!(h.app.deps, cast.mentor.id, h.clock.now()))();
    expect(h.db.prepare('SELECT reason FROM programme_notices').all()).toEqual([{ reason: null }]);
    expect(consentOf(h.db, p.id, cast.mentor.id)).not.toBeNull();
  });
});
