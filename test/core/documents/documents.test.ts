import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { fileWorker } from '../../../src/core/kernel/files/files.js';
import { addItem, createProgramme } from '../../../src/core/programmes/planning.js';
import { reportItem, confirmItem } from '../../../src/core/programmes/progress.js';
import { Notifier } from '../../../src/core/kernel/contact/notifier.js';
import { getPerson } from '../../../src/core/kernel/persons/person.js';
import { seedDemo } from '../../../src/core/surveys/demo.js';
import { readDocx } from './docx-reader.js';
import { text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

const MENTOR = `Ольга Д'Артаньян «Первая»`;
const MENTEE = `Иван "Ваня" О'Коннор`;
const SECOND = 'Пётр <Петров> & сын';

async function setUp() {
  h = await createHarness();
  const curator = h.addPerson({ name: 'Анна Куратор', roles: ['curator'], userId: 'anna' });
  const mentor = h.addPerson({ name: MENTOR, roles: ['mentor'], userId: 'olga', position: 'Учитель-логопед' });
  const mentee = h.addPerson({ name: MENTEE, roles: ['mentee'], userId: 'ivan', position: 'Воспитатель' });
  const second = h.addPerson({ name: SECOND, roles: ['mentee'], userId: 'petr' });
  const deps = h.app.deps;
  const notifier = new Notifier(deps, h.org);
  const ids = h.db.transaction(() => {
    const p = createProgramme(deps, {
      orgId: h.org.id, kind: 'traditional', mentorId: mentor.id, menteeIds: [mentee.id], startsOn: '2026-11-23', endsOn: '2027-05-31',
      curatorId: curator.id, confirmed: true, title: `Первый год "в профессии"`, goals: 'Освоить документацию', now: h.clock.now(),
    });
    const a = addItem(deps, { programmeId: p.id, title: 'Изучить ООП', dueOn: '2026-11-30', responsible: 'mentee', now: h.clock.now() });
    addItem(deps, { programmeId: p.id, title: `Открытое занятие «Осень»`, dueOn: '2027-02-10', responsible: 'both', now: h.clock.now() });
    reportItem(deps, notifier, getPerson(h.db, mentee.id)!, a.id, { comment: 'прочитал', now: h.clock.now() });
    confirmItem(deps, notifier, getPerson(h.db, mentor.id)!, a.id, h.clock.now());
    const empty = createProgramme(deps, {
      orgId: h.org.id, kind: 'group', mentorId: mentor.id, menteeIds: [second.id, mentee.id], startsOn: '2026-11-23', endsOn: '2027-03-31',
      curatorId: curator.id, now: h.clock.now(),
    });
    return { programme: p.id, empty: empty.id };
  })();
  await h.flush();
  return { curator, mentor, mentee, second, ...ids };
}

async function fileNamed(name: string) {
  await fileWorker(h.app.deps).run();
  await h.flush();
  const m = h.messages('anna').find((x) => x.file?.name === name);
  if (!m?.file) throw new Error(`no file ${name}: ${JSON.stringify(h.db.prepare('SELECT status, error FROM report_files').all())} ${h.messages('anna').map((x) => x.file?.name ?? x.text.slice(0, 40)).join(' | ')}`);
  expect(m.file.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  return readDocx(m.file.bytes);
}

describe('documents for signing', () => {
  it('the order lists every pair with names as typed (quotes, apostrophes, angle brackets), kind, form, term and consent', async () => {
    const s = await setUp();
    await h.say('anna', '/documents');
    expect(h.lastText('anna')).toContain('Документы для подписи');
    await h.press('anna', text('documents-button-order'));
    expect(h.lastText('anna')).toContain('Готовлю документ «Приказ о закреплении наставников на 2026/2027 учебный год»');
    const doc = await fileNamed('order-2026-2027.docx');
    expect(doc.paragraphs).toContain('Детский сад №7');
    expect(doc.paragraphs).toContain('ПРОЕКТ');
    expect(doc.paragraphs).toContain('ПРИКАЗ');
    expect(doc.paragraphs).toContain('О закреплении наставников');
    expect(doc.text).toContain('статьёй 351.8 Трудового кодекса');
    // The first pair's row: one cell a paragraph.
    const row = doc.paragraphs.slice(doc.paragraphs.indexOf('Согласие наставника') + 1, doc.paragraphs.indexOf('Согласие наставника') + 8);
    expect(row).toEqual(['1', `${MENTOR}, Учитель-логопед`, `${MENTEE}, Воспитатель`, 'традиционное (один на один)', 'индивидуальная', '23.11.2026 – 31.05.2027', '23.11.2026']);
    // The group still waits for the mentees' consent, the mentor's is not given yet.
    expect(doc.text).toContain(`${MENTEE}, Воспитатель; ${SECOND}, Воспитатель`);
    expect(doc.text).toContain('коллективная (групповая)');
    expect(doc.text).toContain('не получено');
    expect(doc.text).toContain('назначить: Анна Куратор.');
    // The XML itself carries the names escaped, never raw.
    expect(doc.xml).toContain('Пётр &lt;Петров&gt; &amp; сын');
    expect(doc.core).toContain('Приказ о закреплении наставников');
    void s;
  });

  it('a programme: participants, kind and form, term, the plan with deadlines and what was done; one with no plan says so', async () => {
    const s = await setUp();
    await h.say('anna', '/documents');
    await h.pressAction('anna', `doc.prog:${s.programme}`);
    const doc = await fileNamed(`programme-${s.programme}.docx`);
    expect(doc.paragraphs).toContain(`Персонализированная программа наставничества №${s.programme}`);
    expect(doc.paragraphs).toContain(`Первый год "в профессии"`);
    const after = (label: string) => doc.paragraphs[doc.paragraphs.indexOf(label) + 1];
    expect(after('Наставник')).toBe(`${MENTOR}, Учитель-логопед`);
    expect(after('Наставляемые')).toBe(`${MENTEE}, Воспитатель`);
    expect(after('Вид наставничества')).toBe('традиционное (один на один)');
    expect(after('Форма наставничества')).toBe('индивидуальная');
    expect(after('Срок')).toBe('23.11.2026 – 31.05.2027');
    expect(after('Цели и задачи')).toBe('Освоить документацию');
    const plan = doc.paragraphs.slice(doc.paragraphs.indexOf('Комментарий') + 1);
    expect(plan.slice(0, 6)).toEqual(['1', 'Изучить ООП', '30.11.2026', 'наставляемый', 'выполнено в срок (23.11.2026)', 'прочитал']);
    expect(plan.slice(6, 11)).toEqual(['2', 'Открытое занятие «Осень»', '10.02.2027', 'оба', 'запланировано']);
    expect(doc.text).toContain(`Наставник ${MENTOR}`);
    expect(doc.text).toContain(`Наставляемый ${MENTEE}`);

    await h.pressAction('anna', `doc.prog:${s.empty}`);
    expect(h.lastText('anna')).toContain(`В программе №${s.empty} ещё нет плана мероприятий`);
    const empty = await fileNamed(`programme-${s.empty}.docx`);
    expect(empty.paragraphs).toContain('План мероприятий ещё не составлен.');
    expect(empty.text).not.toContain('Отметка о выполнении');
    expect(empty.text).toContain(`Наставляемый ${SECOND}`);
  });

  it("the mentor's consent and the addendum draft carry the programme's term, form and content", async () => {
    const s = await setUp();
    await h.pressAction('anna', `doc.cons:${s.programme}`);
    const doc = await fileNamed(`consent-${s.programme}.docx`);
    expect(doc.paragraphs).toContain('Согласие на выполнение работы по наставничеству');
    expect(doc.text).toContain(`Я, ${MENTOR} (Учитель-логопед), даю согласие Детский сад №7`);
    expect(doc.text).toContain(`персонализированная программа наставничества №${s.programme} «Первый год "в профессии"»`);
    expect(doc.text).toContain('3. Срок выполнения работы: с 23.11.2026 по 31.05.2027.');
    expect(doc.text).toContain('4. Форма наставничества: индивидуальная.');
    expect(doc.text).toContain('не позднее чем за три рабочих дня');
    expect(doc.text).toContain(`Работник ${MENTOR}`);
  });

  it('only a curator gets documents', async () => {
    const s = await setUp();
    await h.say('olga', '/documents');
    expect(h.lastText('olga')).not.toContain('Документы для подписи');
    await h.pressAction('olga', `doc.prog:${s.programme}`);
    await fileWorker(h.app.deps).run();
    await h.flush();
    expect(h.messages('olga').some((m) => m.file)).toBe(false);
  });

  it('the analytical report: participants, every section of the year, survey charts as pictures, conclusions left blank; offered by /report too', async () => {
    h = await createHarness();
    const cur = h.addPerson({ name: 'Куратор', userId: 'cur', roles: ['curator'] });
    const mentors = [1, 2, 3].map((i) => h.addPerson({ name: `Наставник ${i}`, userId: `o${i}`, roles: ['mentor'] }).id);
    const mentees = [1, 2, 3, 4, 5, 6].map((i) => h.addPerson({ name: `Наставляемый ${i}`, userId: `e${i}`, roles: ['mentee'] }).id);
    h.db.transaction(() => seedDemo(h.app.deps, h.org.id, { curatorId: cur.id, mentorIds: mentors, menteeIds: mentees }, h.clock.now()))();
    await h.flush();
    await h.say('cur', '/report');
    await h.press('cur', text('reports-button-docx'));
    await fileWorker(h.app.deps).run();
    await h.flush();
    const file = h.messages('cur').find((m) => m.file?.name === 'report-2026-2027.docx')!.file!;
    const doc = await readDocx(file.bytes);
    expect(doc.paragraphs).toContain('Аналитическая справка о реализации системы наставничества за 2026/2027 учебный год');
    expect(doc.paragraphs).toContain('1. Участники');
    expect(doc.text).toContain('Наставников: 3, наставляемых: 6');
    const headings = doc.paragraphs.filter((p) => /^\d+\. /.test(p) && p.length < 60).map((p) => p.replace(/^\d+\. /, ''));
    expect(headings).toEqual(['Участники', 'Вопросы', 'Скоростное наставничество', 'Программы наставничества', 'Опросы', 'Работа наставников', 'Выводы', 'Предложения на следующий учебный год']);
    expect(doc.text).toMatch(/ответили 5 из 6/);
    expect(doc.images.length).toBeGreaterThan(0);
    expect(doc.images.every((f) => f.endsWith('.png'))).toBe(true);
    const conclusions = doc.paragraphs.findIndex((p) => p.endsWith('. Выводы'));
    expect(conclusions).toBeGreaterThan(0);
    expect(doc.paragraphs[conclusions + 1]).toMatch(/^\s*_{10,}$/);
    expect(doc.paragraphs.some((p) => p.endsWith('. Предложения на следующий учебный год'))).toBe(true);
  });
});

describe('the documents menu of a large school', () => {
  it('pages through every programme of the year: none is cut off, and the last one\'s consent is a page turn away', async () => {
    const s = await setUp();
    const deps = h.app.deps;
    const more = h.db.transaction(() =>
      Array.from({ length: 19 }, () =>
        createProgramme(deps, {
          orgId: h.org.id, kind: 'traditional', mentorId: s.mentor.id, menteeIds: [s.second.id], startsOn: '2026-11-23', endsOn: '2027-05-31',
          curatorId: s.curator.id, confirmed: true, now: h.clock.now(),
        }).id,
      ),
    )();
    const all = [s.programme, s.empty, ...more];
    await h.say('anna', '/documents');
    const menu = h.last('anna');
    const programmesOn = () => h.messages('anna').find((m) => m.id === menu.id)!.buttons.flat().map((b) => b.action).filter((a) => a?.startsWith('doc.prog:'));
    const seen = new Set<string>();
    for (let page = 0; page < 3; page++) {
      const shown = programmesOn();
      expect(shown.length).toBe(page < 2 ? 8 : 5);
      for (const a of shown) seen.add(a!);
      // The year's own documents stay on every page.
      expect(h.messages('anna').find((m) => m.id === menu.id)!.buttons.flat().map((b) => b.action)).toEqual(expect.arrayContaining(['doc.order', 'doc.report:2026']));
      if (page < 2) await h.press('anna', text('common-next'), menu.id);
    }
    expect([...seen].sort()).toEqual(all.map((id) => `doc.prog:${id}`).sort());
    // Back to the first page, and the oldest programme's consent from the last page works.
    await h.press('anna', text('common-prev'), menu.id);
    expect(programmesOn()).toHaveLength(8);
    await h.pressAction('anna', `doc.cons:${s.programme}`);
    expect((await fileNamed(`consent-${s.programme}.docx`)).text).toContain(MENTOR);
  });
});
