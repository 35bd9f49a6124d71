import { afterEach, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { BOOTSTRAP, createHarness, type Harness } from '../../support/harness.js';
import { findAccount, getPerson } from '../../../src/core/kernel/persons/person.js';
import { said, text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

async function withCurator() {
  h = await createHarness();
  await h.onboard('anna', BOOTSTRAP, { name: 'Анна Иванова' });
}

describe('the curator', () => {
  it('imports staff from a cp1251 CSV with ";" (as Excel saves it), with a report of rejected rows', async () => {
    await withCurator();
    h.addPerson({ name: 'Петрова Мария Ивановна' });
    const csv = [
      'ФИО;Должность;Роли;Помогает;Нужна помощь',
      'Сидорова Ольга Петровна;Воспитатель;наставник;Работа с родителями, Дети с ОВЗ;',
      'Кузнецов Иван;Учитель;наставляемый;;Электронные таблицы',
      'Кузнецов Иван;Учитель;наставляемый;;',
      'Петрова Мария Ивановна;Логопед;наставник;;',
      ';Учитель;;;',
      'Орлова Нина;Учитель;волшебник;;',
      'Лебедева Анна;Учитель;наставник;Астрология;',
    ].join('\r\n');
    await h.local.sendFile('anna', { kind: 'document', name: 'staff.csv', bytes: iconv.encode(csv, 'win1251') });
    await h.flush();
    const report = h.messages('anna').at(-2)!.text;
    expect(report).toMatch(said('import-report'));
    expect(report).toContain(text('import-report', { accepted: 2, rejected: 5, days: 30 }));
    expect(report).toContain(text('import-rejected-line', { line: 4, problem: text('import-row-duplicate-file') }));
    expect(report).toContain(text('import-rejected-line', { line: 5, problem: text('import-row-duplicate-existing') }));
    expect(report).toContain(text('import-rejected-line', { line: 6, problem: text('import-row-bad-name') }));
    expect(report).toContain(text('import-rejected-line', { line: 7, problem: text('import-row-bad-role', { role: 'волшебник' }) }));
    expect(report).toContain(text('import-rejected-line', { line: 8, problem: text('import-row-bad-topic', { topic: 'астрология' }) }));
    const file = h.last('anna').file!;
    const links = file.bytes.toString('utf8');
    expect(links).toContain('Сидорова Ольга Петровна');
    const code = /Сидорова Ольга Петровна;[^;]*;\/start (\w+)/.exec(links)![1]!;

    // The imported person joins with the profile prefilled and consents first.
    await h.say('olga', `/start ${code}`);
    await h.press('olga', text('onboarding-consent-yes'));
    expect(h.allText('olga')).toMatch(said('onboarding-prefilled'));
    await h.press('olga', text('profile-days-mon-fri'));
    await h.press('olga', '09:00–18:00');
    await h.press('olga', text('tz-moscow'));
    const olga = getPerson(h.db, findAccount(h.db, 'local', 'olga')!.personId)!;
    expect(olga).toMatchObject({ fullName: 'Сидорова Ольга Петровна', status: 'active', roles: ['mentor'] });
  });

  it('refuses a CSV with wrong columns or too many rows, and a file that is not CSV', async () => {
    await withCurator();
    await h.local.sendFile('anna', { kind: 'document', name: 'x.csv', bytes: Buffer.from('a,b\n1,2\n') });
    await h.flush();
    expect(h.lastText('anna')).toContain(text('import-bad-columns'));
    const big = ['ФИО', ...Array.from({ length: 10_000 }, (_, i) => `Сотрудник ${i}`)].join('\n');
    await h.local.sendFile('anna', { kind: 'document', name: 'big.csv', bytes: Buffer.from(big) });
    await h.flush();
    expect(h.lastText('anna')).toContain(text('import-too-many', { count: 10000, max: 2000 }));
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM invitations').get()).toEqual({ n: 0 });
    await h.say('anna', '/import');
    await h.local.sendFile('anna', { kind: 'document', name: 'photo.jpg', bytes: Buffer.from([1, 2, 3]) });
    await h.flush();
    expect(h.lastText('anna')).toContain(text('import-not-csv'));
  });

  it('changes roles and deactivates a person, whose history stays', async () => {
    await withCurator();
    const boris = h.addPerson({ name: 'Борис Смирнов', userId: 'boris', roles: ['mentee'] });
    await h.say('anna', '/people');
    await h.press('anna', 'Борис Смирнов');
    await h.press('anna', text('role-mentor'));
    // Asked first: nothing changes until «Да».
    expect(getPerson(h.db, boris.id)!.roles).toEqual(['mentee']);
    expect(h.last('anna').buttons.flat().map((b) => b.action)).toEqual([`ppl.roleok:${boris.id}:mentor:1`, `ppl.roleno:${boris.id}`]);
    await h.pressAction('anna', `ppl.roleok:${boris.id}:mentor:1`);
    expect(getPerson(h.db, boris.id)!.roles.sort()).toEqual(['mentee', 'mentor']);
    // Boris is told what he can now do.
    expect(h.lastText('boris')).toBe(h.app.deps.i18n.t('ru', 'people-role-given-mentor', { by: 'Анна Иванова' }));
    // The same confirmation again (a stale button): nothing changes, he is not told twice.
    const told = h.messages('boris').length;
    await h.pressAction('anna', `ppl.roleok:${boris.id}:mentor:1`);
    expect(getPerson(h.db, boris.id)!.roles.sort()).toEqual(['mentee', 'mentor']);
    expect(h.messages('boris').length).toBe(told);
    // Taking a role off: «Нет» keeps it.
    await h.press('anna', text('role-mentee'));
    await h.press('anna', text('people-role-no'));
    expect(getPerson(h.db, boris.id)!.roles.sort()).toEqual(['mentee', 'mentor']);
    await h.press('anna', text('people-deactivate'));
    expect(getPerson(h.db, boris.id)!.status).toBe('deactivated');
    await h.say('boris', '/profile');
    expect(h.lastText('boris')).toContain(text('common-deactivated'));
    await h.say('anna', '/people');
    await h.press('anna', 'Борис Смирнов');
    await h.press('anna', text('people-reactivate'));
    expect(getPerson(h.db, boris.id)!.status).toBe('active');
  });

  it('edits the topic list', async () => {
    await withCurator();
    await h.say('anna', '/topics add Нейросети в работе педагога');
    expect(h.lastText('anna')).toContain(text('topics-added', { title: 'Нейросети в работе педагога' }));
    await h.say('anna', '/topics add Нейросети в работе педагога');
    expect(h.lastText('anna')).toContain(text('topics-exists', { title: 'Нейросети в работе педагога' }));
    await h.say('anna', '/topics');
    await h.press('anna', 'Нейросети');
    expect(h.lastText('anna')).toContain(text('topics-archived', { title: 'Нейросети в работе педагога' }));
  });
});

describe('privacy', () => {
  it('/my_data sends everything stored, /forget deletes identity after confirmation', async () => {
    await withCurator();
    const boris = h.addPerson({ name: 'Борис Смирнов', userId: 'boris', offers: ['parents'] });
    await h.say('boris', '/my_data');
    const data = JSON.parse(h.last('boris').file!.bytes.toString('utf8'));
    expect(data.profile.fullName).toBe('Борис Смирнов');
    expect(data.accounts[0].platform).toBe('local');

    await h.say('boris', '/forget');
    await h.press('boris', text('people-role-no'));
    expect(getPerson(h.db, boris.id)!.fullName).toBe('Борис Смирнов');
    await h.say('boris', '/forget');
    await h.press('boris', text('privacy-forget-yes'));
    expect(h.lastText('boris')).toContain(text('privacy-forgotten'));
    const after = getPerson(h.db, boris.id)!;
    expect(after).toMatchObject({ fullName: '', position: '', status: 'forgotten', roles: [] });
    expect(findAccount(h.db, 'local', 'boris')).toBeNull();
    await h.say('boris', '/profile');
    expect(h.lastText('boris')).toContain(text('common-not-member'));
  });

  it('the only administrator cannot erase themselves and leave nobody in charge', async () => {
    await withCurator();
    await h.say('anna', '/forget');
    await h.press('anna', text('privacy-forget-yes'));
    expect(h.lastText('anna')).toContain(text('privacy-forget-last-admin'));
  });
});
