import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { at, pair, people, reminders } from './support.js';
import { getProgramme, itemsOf, listProgrammes } from '../../../src/core/programmes/programme.js';
import { programmeAudience, programmesReport } from '../../../src/core/programmes/report.js';
import { exportProgrammes } from '../../../src/core/programmes/privacy.js';
import { seedDemo } from '../../../src/core/programmes/demo.js';
import { planTemplates } from '../../../src/core/programmes/templates.js';
import { getPerson } from '../../../src/core/kernel/persons/person.js';
import { said, text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

function outboxCount(): number {
  return (h.db.prepare('SELECT COUNT(*) AS n FROM outbox').get() as { n: number }).n;
}

describe('forming a programme', () => {
  it('the curator forms a pair from suggestions, both agree, the plan comes from a template, and reminders start', async () => {
    h = await createHarness();
    const cast = people(h);
    h.addPerson({ name: 'Борис Занятой', roles: ['mentor'], offers: ['spreadsheets'], userId: 'boris' });

    await h.say('anna', '/new_programme');
    await h.press('anna', 'Иван Новичок');
    await h.press('anna', text('common-next'));
    const suggestion = h.lastText('anna');
    // The mentor sharing the mentee's topic comes first, with the reason.
    expect(suggestion.indexOf('Ольга Наставник')).toBeLessThan(suggestion.indexOf('Борис Занятой'));
    expect(suggestion).toMatch(said('programmes-candidate'));
    // said() cannot pin one line of a message to its values: the common topics stay as written.
    expect(suggestion).toContain('общие темы: Работа с родителями');
    await h.press('anna', 'Ольга Наставник');
    await h.press('anna', text('programmes-kind-traditional'));
    await h.press('anna', 'Адаптация молодого специалиста');
    await h.say('anna', '31.02.2027');
    expect(h.lastText('anna')).toBe(text('programmes-date-impossible'));
    expect(listProgrammes(h.db, h.org.id)).toEqual([]);
    await h.press('anna', 'До ');
    expect(h.lastText('anna')).toContain(text('programmes-created', { id: 1 }));

    const p = getProgramme(h.db, 1)!;
    expect(p.status).toBe('proposed');
    expect(p.mentorId).toBe(cast.mentor.id);
    expect(itemsOf(h.db, 1).length).toBe(planTemplates().find((t) => t.code === 'ys-kindergarten')!.items.length);
    expect(h.lastText('ivan')).toMatch(said('programmes-invitation'));

    await h.press('ivan', text('programmes-button-agree'));
    expect(h.lastText('ivan')).toContain(text('programmes-you-agreed-waiting'));
    await h.press('olga', text('programmes-button-agree'));
    expect(getProgramme(h.db, 1)!.status).toBe('active');
    expect(h.lastText('anna')).toContain(text('programmes-started', { id: 1, mentor: 'Ольга Наставник', mentees: 'Иван Новичок' }));

    await h.say('ivan', '/plan');
    expect(h.lastText('ivan')).toMatch(said('programmes-plan-header'));
    expect(h.lastText('ivan')).toContain(text('programmes-kind-traditional'));
    expect(h.lastText('ivan')).toContain('1. Знакомство: традиции детского сада');
    // The first event is a week after the start: 3 days before it, at 09:00.
    await at(h, '2026-11-27T09:00');
    expect(reminders(h, 'ivan')[0]).toContain('Знакомство: традиции детского сада');
    expect(reminders(h, 'olga')[0]).toContain('Знакомство: традиции детского сада');

    await h.say('anna', '/programmes');
    expect(h.lastText('anna')).toContain(text('programmes-list-title', { count: 1 }));
    expect(h.lastText('anna')).toContain(text('programmes-progress', { onTime: 0, late: 0, awaiting: 0, overdue: 0, upcoming: 13 }));
  });

  it('a declined invitation ends it before it starts; the curator is told', async () => {
    h = await createHarness();
    people(h);
    await h.say('anna', '/new_programme');
    await h.press('anna', 'Иван Новичок');
    await h.press('anna', text('common-next'));
    await h.press('anna', 'Ольга Наставник');
    await h.press('anna', text('programmes-kind-group'));
    await h.press('anna', text('programmes-new-empty-plan'));
    await h.say('anna', '31.05.2027');
    await h.press('olga', text('programmes-button-decline'));
    expect(getProgramme(h.db, 1)!.status).toBe('declined');
    expect(h.lastText('anna')).toContain(text('programmes-declined', { id: 1, name: 'Ольга Наставник' }));
    const stale = await h.press('ivan', text('programmes-button-agree'));
    expect(stale.ackText).toBe(text('programmes-already-answered'));
  });

  it('warns about a mentor with no topic the mentee needs, and a mentee already in a programme of that kind', async () => {
    h = await createHarness();
    const cast = people(h);
    h.addPerson({ name: 'Борис Занятой', roles: ['mentor'], offers: ['spreadsheets'], userId: 'boris' });
    pair(h, cast, []);
    await h.say('anna', '/new_programme');
    await h.press('anna', 'Иван Новичок');
    await h.press('anna', text('common-next'));
    await h.press('anna', 'Борис Занятой');
    expect(h.lastText('anna')).toContain(text('programmes-warn-no-topic', { name: 'Борис Занятой' }));
    await h.press('anna', text('programmes-kind-traditional'));
    expect(h.lastText('anna')).toContain(text('programmes-warn-busy', { names: 'Иван Новичок' }));
  });

  it('only a curator may form programmes; a mentee cannot press the curator’s buttons', async () => {
    h = await createHarness();
    people(h);
    await h.say('ivan', '/new_programme');
    expect(h.lastText('ivan')).toBe(text('common-not-allowed'));
    const forged = await h.pressAction('ivan', 'prg.nme:1');
    expect(forged.ackText).toBe(text('common-not-allowed'));
  });
});

describe('the plan', () => {
  it('a mentor adds an item; bad dates get clear answers and add nothing', async () => {
    h = await createHarness();
    const cast = people(h);
    pair(h, cast, [], { endsOn: '2027-05-31' });
    await h.say('olga', '/plan');
    await h.press('olga', text('programmes-button-add'));
    await h.say('olga', 'Посетить занятие коллеги');
    const cases: [string, RegExp][] = [
      ['31.02.2027', said('programmes-date-impossible')],
      ['когда-нибудь', said('programmes-date-unparsed')],
      ['01.01.2026', said('programmes-date-past')],
      ['01.09.2027', said('programmes-date-outside')],
    ];
    for (const [text, answer] of cases) {
      await h.say('olga', text);
      expect(h.lastText('olga')).toMatch(answer);
    }
    expect(itemsOf(h.db, 1)).toEqual([]);
    await h.say('olga', '15.12.2026');
    await h.press('olga', text('programmes-resp-mentee'));
    expect(h.lastText('olga')).toBe(text('programmes-item-added', { title: 'Посетить занятие коллеги', date: '15 декабря' }));
    expect(itemsOf(h.db, 1).map((i) => [i.title, i.dueOn, i.responsible])).toEqual([['Посетить занятие коллеги', '2026-12-15', 'mentee']]);
    // A mentee cannot add items to the plan.
    const forged = await h.pressAction('ivan', 'prg.add:1');
    expect(forged.ackText).toBe(text('common-not-allowed'));
  });

  it('a mentee reports with a file as evidence; the mentor gets the file with the buttons', async () => {
    h = await createHarness();
    const cast = people(h);
    pair(h, cast, [{ title: 'Конспект занятия', dueOn: '2026-12-01' }]);
    await h.say('ivan', '/plan');
    await h.press('ivan', 'Конспект занятия');
    await h.local.sendFile('ivan', { kind: 'document', name: 'konspekt.pdf', mime: 'application/pdf', bytes: Buffer.from('%PDF-1.4') }, 'Конспект');
    await h.flush();
    expect(h.lastText('ivan')).toContain(text('programmes-report-sent', { title: 'Конспект занятия' }));
    const toMentor = h.last('olga');
    expect(toMentor.text).toBe(text('programmes-reported-to-mentor', { name: 'Иван Новичок', title: 'Конспект занятия', date: '1 декабря', comment: 'Конспект' }));
    expect(toMentor.file?.name).toBe('konspekt.pdf');
    expect(itemsOf(h.db, 1)[0]!.state).toBe('reported');
  });

  it('stale and forged buttons get a clear answer and change nothing', async () => {
    h = await createHarness();
    const cast = people(h);
    const stranger = h.addPerson({ name: 'Пётр Посторонний', roles: ['mentee'], userId: 'petr' });
    pair(h, cast, [
      { title: 'Первое', dueOn: '2026-12-01' },
      { title: 'Наставника дело', dueOn: '2026-12-01', responsible: 'mentor' },
    ]);
    const before = JSON.stringify(itemsOf(h.db, 1));
    expect((await h.pressAction('petr', 'prg.done:1')).ackText).toBe(text('common-not-allowed'));
    expect((await h.pressAction('ivan', 'prg.done:999')).ackText).toBe(text('programmes-item-not-found'));
    expect((await h.pressAction('ivan', 'prg.done:2')).ackText).toBe(text('common-not-allowed'));
    expect((await h.pressAction('ivan', 'prg.ok:1')).ackText).toBe(text('common-not-allowed'));
    expect((await h.pressAction('olga', 'prg.ok:1')).ackText).toBe(text('programmes-item-not-reported'));
    expect((await h.pressAction('petr', 'prg.show:1')).ackText).toBe(text('common-not-allowed'));
    expect((await h.pressAction('ivan', 'prg.done:abc')).ackText).toBe(text('common-stale-button'));
    expect(JSON.stringify(itemsOf(h.db, 1))).toBe(before);
    void stranger;

    // Reported once; the same button again is stale.
    await h.pressAction('ivan', 'prg.done:1');
    await h.press('ivan', text('programmes-button-no-comment'));
    expect((await h.pressAction('ivan', 'prg.done:1')).ackText).toBe(text('programmes-item-not-open'));
    // The mentor's own item is done at once.
    await h.pressAction('olga', 'prg.done:2');
    await h.say('olga', 'Провела');
    expect(itemsOf(h.db, 1).map((i) => i.state)).toEqual(['reported', 'done']);
  });

  it('the curator ends a programme with three working days\' notice: then reminders stop, members are told', async () => {
    h = await createHarness();
    const cast = people(h);
    pair(h, cast, [{ title: 'Первое', dueOn: '2026-12-01' }]);
    await h.pressAction('anna', 'prg.show:1');
    await h.press('anna', text('programmes-button-end'));
    await h.press('anna', text('programmes-button-end-yes'));
    // Monday 23 November: notice runs 24, 25, 26 November.
    expect(getProgramme(h.db, 1)!.status).toBe('active');
    expect(h.lastText('anna')).toContain(text('labour-notice-given-you', { id: 1, date: '26 ноября' }));
    expect(h.lastText('ivan')).toContain(text('labour-notice-given', { name: 'Анна Куратор', side: text('labour-side-curator'), id: 1, date: '26 ноября' }));
    await at(h, '2026-11-26T23:59');
    expect(getProgramme(h.db, 1)!.status).toBe('active');
    await at(h, '2026-11-27T00:00');
    expect(getProgramme(h.db, 1)!.status).toBe('ended');
    // Told at the start of contact hours, not at midnight.
    expect(h.lastText('anna')).not.toBe(text('programmes-you-ended', { id: 1 }));
    await at(h, '2026-11-27T09:00');
    expect(h.lastText('anna')).toBe(text('programmes-you-ended', { id: 1 }));
    await at(h, '2026-11-30T09:00');
    expect(h.allText('ivan')).toContain(text('programmes-ended', { id: 1, reason: text('programmes-end-curator') }));
    expect(reminders(h, 'ivan')).toEqual([]);
  });
});

describe('people leaving, privacy, reports', () => {
  it('a deactivated mentor: the curator is asked to reassign, picks a new mentor, reminders go on', async () => {
    h = await createHarness();
    const cast = people(h);
    h.addPerson({ name: 'Вера Запасная', roles: ['mentor'], offers: ['parents'], userId: 'vera' });
    pair(h, cast, [{ title: 'Первое', dueOn: '2026-12-01', responsible: 'both' }]);
    await h.pressAction('anna', `ppl.off:${cast.mentor.id}`);
    await h.flush();
    expect(h.allText('anna')).toContain(text('programmes-mentor-deactivated', { id: 1, name: 'Ольга Наставник', mentees: 'Иван Новичок' }));
    await h.press('anna', text('programmes-button-change-mentor'));
    await h.press('anna', 'Вера Запасная');
    expect(h.lastText('anna')).toBe(text('programmes-mentor-changed', { id: 1, name: 'Вера Запасная' }));
    expect(getProgramme(h.db, 1)!.mentorId).toBe(getPerson(h.db, 4)!.id);
    await at(h, '2026-11-30T09:00');
    expect(reminders(h, 'vera')).toHaveLength(1);
    expect(reminders(h, 'olga')).toEqual([]);
  });

  it('a mentee may ask the curator for another mentor', async () => {
    h = await createHarness();
    const cast = people(h);
    pair(h, cast, []);
    await h.say('ivan', '/plan');
    await h.press('ivan', text('programmes-button-other-mentor'));
    expect(h.lastText('anna')).toContain(text('programmes-other-mentor-asked', { name: 'Иван Новичок', id: 1, mentor: 'Ольга Наставник' }));
  });

  it('/my_data carries the person’s programmes and reports; /forget removes comments and ends a lone mentee’s programme', async () => {
    h = await createHarness();
    const cast = people(h);
    pair(h, cast, [{ title: 'Первое', dueOn: '2026-12-01' }]);
    await h.pressAction('ivan', 'prg.done:1');
    await h.say('ivan', 'Личный комментарий');
    const data = exportProgrammes(h.app.deps, cast.mentee.id) as { programmes: unknown[]; reports: { comment: string }[] };
    expect(data.programmes).toHaveLength(1);
    expect(data.reports[0]!.comment).toBe('Личный комментарий');
    await h.say('ivan', '/forget');
    await h.press('ivan', text('privacy-forget-yes'));
    expect(itemsOf(h.db, 1)[0]!.comment).toBeNull();
    expect(getProgramme(h.db, 1)!.status).toBe('ended');
  });

  it('a forgotten mentor’s remarks go; the curator is asked for a new mentor', async () => {
    h = await createHarness();
    const cast = people(h);
    pair(h, cast, [{ title: 'Первое', dueOn: '2026-12-01' }]);
    await h.pressAction('ivan', 'prg.done:1');
    await h.press('ivan', text('programmes-button-no-comment'));
    await h.pressAction('olga', 'prg.ret:1');
    await h.say('olga', 'Замечание о работе');
    expect(itemsOf(h.db, 1)[0]!.remark).toBe('Замечание о работе');
    await h.say('olga', '/forget');
    await h.press('olga', text('privacy-forget-yes'));
    expect(itemsOf(h.db, 1)[0]!.remark).toBeNull();
    expect(h.db.prepare(`SELECT COUNT(*) AS n FROM plan_item_events WHERE note = 'Замечание о работе'`).get()).toEqual({ n: 0 });
    expect(getProgramme(h.db, 1)!.mentorId).toBeNull();
    expect(h.allText('anna')).toMatch(said('programmes-mentor-deactivated'));
  });

  it('the year report counts programmes and items; a programme’s group is an audience', async () => {
    h = await createHarness();
    const cast = people(h);
    pair(h, cast, [
      { title: 'Первое', dueOn: '2026-11-24' },
      { title: 'Второе', dueOn: '2026-12-20' },
    ]);
    await h.pressAction('ivan', 'prg.done:1');
    await h.say('ivan', 'Готово');
    await h.pressAction('olga', 'prg.ok:1');
    const [section] = programmesReport(h.app.deps, h.org.id, { from: Date.UTC(2026, 8, 1), to: Date.UTC(2027, 4, 31) }, 'ru');
    expect(section!.rows).toHaveLength(1);
    expect(section!.rows[0]!.slice(7)).toEqual([2, 1, 0, 0, 0, 1]); // on time 1, late 0, awaiting 0, overdue 0, ahead 1 (the second is due in December)
    expect(section!.summary[0]).toBe(text('programmes-report-summary', { programmes: 1, mentors: 1, mentees: 1, onTime: 1, total: 2 }));
    expect(section!.columns).toHaveLength(section!.rows[0]!.length);
    expect(programmeAudience.choices(h.app.deps, h.org.id, 'ru')).toEqual([{ id: 1, label: '№1 Ольга Наставник + 1' }]);
    expect(programmeAudience.members(h.app.deps, h.org.id, 1).sort()).toEqual([cast.mentor.id, cast.mentee.id].sort());
    expect(programmeAudience.members(h.app.deps, h.org.id + 1, 1)).toEqual([]);
  });

  it('seedDemo fills a fresh database with a pair and a group, and their history', async () => {
    h = await createHarness();
    const c = h.addPerson({ name: 'Куратор', roles: ['curator'] });
    const m1 = h.addPerson({ name: 'Наставник Один', roles: ['mentor'] });
    const m2 = h.addPerson({ name: 'Наставник Два', roles: ['mentor'] });
    const e1 = h.addPerson({ name: 'Наставляемый Один', roles: ['mentee'] });
    const e2 = h.addPerson({ name: 'Наставляемый Два', roles: ['mentee'] });
    const e3 = h.addPerson({ name: 'Наставляемый Три', roles: ['mentee'] });
    const before = outboxCount();
    seedDemo(h.app.deps, h.org.id, { curatorId: c.id, mentorIds: [m1.id, m2.id], menteeIds: [e1.id, e2.id, e3.id] }, h.clock.now());
    expect(outboxCount()).toBe(before);
    const list = listProgrammes(h.db, h.org.id, ['active']);
    expect(list.map((p) => p.kind)).toEqual(['traditional', 'reverse']);
    const states = itemsOf(h.db, list[0]!.id).map((i) => i.state);
    expect(states.filter((s) => s === 'done')).toHaveLength(3);
    expect(states.filter((s) => s === 'reported')).toHaveLength(1);
    await h.say('наставник-один', '/plan');
    expect(h.lastText('наставник-один')).toContain(text('programmes-progress', { onTime: 2, late: 1, awaiting: 1, overdue: 2, upcoming: 7 }));
  });
});

describe('changes by agreement', () => {
  it('the mentee proposes another deadline, the mentor accepts; reminders follow the new date; the history is kept', async () => {
    h = await createHarness();
    const cast = people(h);
    pair(h, cast, [{ title: 'Открытое занятие', dueOn: '2026-11-27' }]);
    await h.say('ivan', '/plan');
    await h.press('ivan', text('programmes-button-move-item', { n: 1 }));
    await h.say('ivan', '30.02.2027');
    expect(h.lastText('ivan')).toContain(text('programmes-date-impossible'));
    await h.say('ivan', '27.11.2026');
    expect(h.lastText('ivan')).toContain(text('programmes-move-same'));
    await h.say('ivan', '11.12.2026');
    expect(h.lastText('ivan')).toContain(text('programmes-move-sent'));
    expect(itemsOf(h.db, 1)[0]!.dueOn).toBe('2026-11-27');
    // The proposer cannot accept their own proposal.
    const own = h.messages('olga').length;
    expect(own).toBe(1);
    const data = h.last('olga').buttons.flat().find((b) => b.label === text('programmes-button-accept'))!.action!;
    expect((await h.pressAction('ivan', data)).ackText).toBe(text('common-not-allowed'));
    await h.press('olga', text('programmes-button-accept'));
    expect(itemsOf(h.db, 1)[0]!.dueOn).toBe('2026-12-11');
    expect(h.lastText('ivan')).toContain(text('programmes-move-accepted', { name: 'Ольга Наставник', title: 'Открытое занятие', date: '11 декабря' }));
    // Pressed again: stale.
    expect((await h.pressAction('olga', data)).ackText).toBe(text('programmes-move-stale'));
    // No reminder for the old date; 3 days before the new one.
    await at(h, '2026-11-30T09:00');
    expect(reminders(h, 'ivan')).toEqual([]);
    await at(h, '2026-12-08T09:00');
    expect(reminders(h, 'ivan')[0]).toContain(text('programmes-remind-before', { title: 'Открытое занятие', date: 'в пятницу, 11 декабря', days: 3 }));
    const kinds = (h.db.prepare('SELECT kind, note FROM plan_item_events ORDER BY id').all() as { kind: string; note: string }[]).map((e) => `${e.kind} ${e.note}`);
    expect(kinds).toEqual(['move-proposed 2026-12-11', 'move-accepted 2026-12-11']);
  });

  it('a member ends the programme early with a reason; everyone is told and asked for a rating', async () => {
    h = await createHarness();
    const cast = people(h);
    pair(h, cast, [{ title: 'Первое', dueOn: '2026-12-01' }]);
    await h.say('ivan', '/plan');
    await h.press('ivan', text('programmes-button-quit'));
    await h.say('ivan', 'Перевожусь в другую школу');
    expect(getProgramme(h.db, 1)!.status).toBe('active');
    await at(h, '2026-11-23T11:00');
    expect(h.lastText('olga')).toContain(text('labour-notice-given', { name: 'Иван Новичок', side: text('labour-side-mentee'), id: 1, date: '26 ноября' }));
    expect(h.lastText('olga')).toContain(text('programmes-end-note', { note: 'Перевожусь в другую школу' }));
    expect(h.lastText('anna')).toContain(text('labour-notice-given', { name: 'Иван Новичок', side: text('labour-side-mentee'), id: 1, date: '26 ноября' }));
    await at(h, '2026-11-27T09:00');
    const p = getProgramme(h.db, 1)!;
    expect([p.status, p.endReason]).toEqual(['ended', 'member']);
    expect(h.db.prepare('SELECT end_note FROM programmes WHERE id = 1').get()).toEqual({ end_note: 'Перевожусь в другую школу' });
    expect(h.lastText('olga')).toContain(text('programmes-end-note', { note: 'Перевожусь в другую школу' }));
    expect(h.lastText('anna')).toContain(text('programmes-ended', { id: 1, reason: text('programmes-end-member') }));
    await h.press('olga', '5');
    expect(h.lastText('olga')).toBe(text('programmes-rated', { score: 5 }));
    expect((await h.pressAction('anna', 'prg.rate:1:4')).ackText).toBe(text('common-not-allowed'));
    expect((await h.pressAction('olga', 'prg.rate:1:9')).ackText).toBe(text('common-stale-button'));
    expect(h.db.prepare('SELECT person_id, rating FROM programme_members WHERE rating IS NOT NULL').all()).toEqual([{ person_id: cast.mentor.id, rating: 5 }]);
  });
});

describe('changing the plan', () => {
  it('an item with history is archived, one without is deleted; a mentee may not remove items', async () => {
    h = await createHarness();
    const cast = people(h);
    pair(h, cast, [
      { title: 'С историей', dueOn: '2026-12-01' },
      { title: 'Без истории', dueOn: '2026-12-02' },
    ]);
    await h.pressAction('ivan', 'prg.done:1');
    await h.press('ivan', text('programmes-button-no-comment'));
    expect((await h.pressAction('ivan', 'prg.rm:2')).ackText).toBe(text('common-not-allowed'));
    await h.say('olga', '/plan');
    await h.press('olga', text('programmes-button-edit'));
    await h.press('olga', '🗑 1');
    expect(h.lastText('olga')).toBe(text('programmes-item-archived', { title: 'С историей' }));
    await h.pressAction('olga', 'prg.rm:2');
    expect(h.lastText('olga')).toBe(text('programmes-item-removed', { title: 'Без истории' }));
    expect(h.db.prepare('SELECT id, state FROM plan_items ORDER BY id').all()).toEqual([{ id: 1, state: 'archived' }]);
    expect((await h.pressAction('olga', 'prg.rm:1')).ackText).toBe(text('programmes-item-not-found'));
  });

  it('the pair records its agreement; the other member is told; the plan shows it', async () => {
    h = await createHarness();
    const cast = people(h);
    pair(h, cast, []);
    await h.say('ivan', '/plan');
    await h.press('ivan', text('programmes-button-agreement'));
    await h.say('ivan', 'Пишем в будни 9–17, встречаемся по средам очно, всё обсуждаемое — конфиденциально');
    expect(h.lastText('ivan')).toContain(text('programmes-agreement-saved'));
    expect(h.lastText('olga')).toContain(text('programmes-agreement-changed', { name: 'Иван Новичок', id: 1, text: 'Пишем в будни 9–17, встречаемся по средам очно, всё обсуждаемое — конфиденциально' }));
    await h.say('anna', '/programmes');
    await h.press('anna', '№1');
    expect(h.lastText('anna')).toContain(text('programmes-agreement-line', { text: 'Пишем в будни 9–17, встречаемся по средам очно, всё обсуждаемое — конфиденциально' }));
    expect((await h.pressAction('stranger', 'prg.agr:1')).ackText).toBe(text('common-not-member'));
  });

  it('the mentor proposes an extension, the mentee agrees; a later deadline is then allowed', async () => {
    h = await createHarness();
    const cast = people(h);
    pair(h, cast, [], { endsOn: '2026-12-31' });
    await h.pressAction('olga', 'prg.ext:1');
    await h.say('olga', '01.12.2026');
    expect(h.lastText('olga')).toBe(text('programmes-extend-not-later', { to: '31 декабря' }));
    await h.say('olga', '31.05.2027');
    expect(h.lastText('olga')).toContain(text('programmes-extend-sent'));
    await h.press('ivan', text('programmes-button-accept'));
    expect(getProgramme(h.db, 1)!.endsOn).toBe('2027-05-31');
    expect(h.lastText('olga')).toBe(text('programmes-extended', { id: 1, to: '31 мая 2027' }));
    expect((await h.pressAction('ivan', 'prg.exta:1:1')).ackText).toBe(text('programmes-move-stale'));
    await h.pressAction('olga', 'prg.add:1');
    await h.say('olga', 'Итоговый педсовет');
    await h.say('olga', '28.05.2027');
    await h.press('olga', text('programmes-resp-both'));
    expect(itemsOf(h.db, 1).map((i) => i.dueOn)).toEqual(['2027-05-28']);
  });
});
