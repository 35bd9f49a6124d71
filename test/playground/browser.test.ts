import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { Resvg } from '@resvg/resvg-js';
import { getOrganisation } from '../../src/core/kernel/organisation/organisation.js';
import { listPersons } from '../../src/core/kernel/persons/person.js';
import { Notifier } from '../../src/core/kernel/contact/notifier.js';
import { demoSeeders } from '../../src/playground/demo.js';
import { startTestPlayground } from './support.js';
import { botMessage, chooseTopic, openChat, pane, pressButton, say } from './page-driver.js';

/** How long a page may take to show what it should on a loaded machine (a bound to wait, not a figure). */
const WAIT = { timeout: 20_000 };

/**
 * The playground page in headless Chromium (Debian's package, driven by playwright-core), on the
 * whole demo as a visitor sees it after `npm start` (every capability's demo data seeded): panes
 * side by side, typing, buttons, the menu, a file export, the clock, the phone layout; the
 * issue's scenario (a mentee asks a question, the mentor's pane shows the offer, the mentor
 * presses «Взять», both exchange a message, the mentee closes and rates); a session sign-up.
 * Screenshots are kept in test-artifacts/ for a person to look at.
 */

const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
if (!CHROMIUM) {
  console.warn('browser test skipped: no Chromium binary (apt-get install -y chromium; .ci/run installs it)');
}
const ARTIFACTS = 'test-artifacts';

describe.skipIf(!CHROMIUM)('the playground page in Chromium', () => {
  let pg: Awaited<ReturnType<typeof startTestPlayground>>;
  let browser: Browser;

  beforeAll(async () => {
    pg = await startTestPlayground({ seeders: demoSeeders });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await pg?.stop();
  });


  it('several people use the bot side by side: text, buttons, menu, an export, the clock', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    // Nothing outside the playground is asked for (the machine may be offline).
    const foreign: string[] = [];
    page.on('request', (r) => !r.url().startsWith(pg.base) && foreign.push(r.url()));

    await page.goto(pg.base);
    await expect.poll(() => page.locator('section.pane').count(), WAIT).toBe(3);
    await expect.poll(() => page.locator('h1').textContent(), WAIT).toBe('Песочница «Наставника»');
    expect(await page.locator('#organisation').textContent()).toBe('Детский сад №12 «Солнышко»');
    const handles = await page.locator('section.pane').evaluateAll((els) => els.map((e) => e.getAttribute('data-handle')));
    expect(handles).toEqual(['curator', 'mentor-speech', 'mentee-anna']);

    // The mentee looks for help with children with special needs: the speech therapist shows.
    await say(page, 'mentee-anna', '/find ОВЗ');
    await botMessage(page, 'mentee-anna', 'Марина Сергеевна Волкова').waitFor();
    expect(await pane(page, 'mentee-anna').locator('li.msg.person').last().textContent()).toContain('/find ОВЗ');
    expect(await pane(page, 'mentee-anna').getByRole('button', { name: 'Отправить' }).count()).toBe(1);

    // The curator opens the roster and a card with buttons.
    await say(page, 'curator', '/people');
    await pane(page, 'curator').getByRole('button', { name: 'Emily Carter' }).click();
    await pane(page, 'curator').locator('li.msg.bot', { hasText: 'Emily Carter' }).getByRole('button', { name: /наставник/ }).first().waitFor();
    await pane(page, 'curator').locator('li.msg.pressed', { hasText: 'Emily Carter' }).waitFor();

    // The mentor switches to English with a button; the bot answers in English from then on.
    await say(page, 'mentor-speech', '/language');
    await pressButton(page, 'mentor-speech', 'English');
    await botMessage(page, 'mentor-speech', 'Language: English.').waitFor();

    // The main menu shows as chips; one sends its command.
    await say(page, 'mentee-anna', '/menu');
    const profileChip = pane(page, 'mentee-anna').locator('.menu button', { hasText: 'Профиль' });
    await profileChip.first().waitFor();
    await profileChip.first().click();
    await pane(page, 'mentee-anna').locator('li.msg.bot', { hasText: 'Анна Дмитриевна Кузнецова' }).waitFor();

    // An export arrives as a file and downloads.
    await say(page, 'curator', '/my_data');
    const link = pane(page, 'curator').locator('a.file', { hasText: 'my-data.json' });
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('my-data.json');
    expect(JSON.parse(readFileSync((await download.path())!, 'utf8')).profile.fullName).toBe('Ольга Николаевна Петрова');

    // Another person is opened from the list.
    await page.locator('#people').selectOption('mentee-timur');
    await page.getByRole('button', { name: 'Открыть чат' }).click();
    // What the bot sent there before shows: the demo's announcement, with its button.
    await botMessage(page, 'mentee-timur', 'Объявление').getByRole('button', { name: /Ознакомлен|Прочитано/ }).waitFor();

    // The clock moves forward a day.
    const before = await page.getByTestId('clock-now').getAttribute('datetime');
    await page.getByRole('button', { name: '+1 день' }).click();
    await page.locator('#clock-ahead', { hasText: '24' }).waitFor();
    const after = await page.getByTestId('clock-now').getAttribute('datetime');
    // The page's time jumps by a day (give or take the second it ticks on its own).
    expect(Date.parse(after!) - Date.parse(before!)).toBeGreaterThan(24 * 3600_000 - 5_000);
    expect((await pg.get('/api/clock')).body.offsetMs).toBe(24 * 3600_000);

    // A picture from the bot (a survey's chart) shows as an image.
    const chart = new Resvg(
      '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="120"><rect width="240" height="120" fill="#fff"/>' +
        '<rect x="20" y="60" width="40" height="50" fill="#2f6fdb"/><rect x="80" y="30" width="40" height="80" fill="#2f6fdb"/>' +
        '<rect x="140" y="10" width="40" height="100" fill="#2e8b57"/></svg>',
    )
      .render()
      .asPng();
    const { db } = pg.app.deps;
    const org = getOrganisation(db, pg.app.org.id);
    const anna = listPersons(db, org.id).find((p) => p.fullName.startsWith('Анна'))!;
    db.transaction(() =>
      new Notifier(pg.app.deps, org).toPerson(
        anna,
        () => ({ text: 'chart', file: { kind: 'photo', name: 'chart.png', mime: 'image/png', source: { type: 'bytes', base64: Buffer.from(chart).toString('base64') } } }),
        { urgency: 'reply' },
      ),
    )();
    pg.app.dispatcher.wake();
    const img = pane(page, 'mentee-anna').locator('li.msg.bot img[alt="chart.png"]');
    await img.waitFor();
    await expect.poll(() => img.evaluate((el) => (el as unknown as { naturalWidth: number }).naturalWidth), WAIT).toBe(240);

    await page.screenshot({ path: `${ARTIFACTS}/playground.png`, fullPage: true });

    // A reload shows the same conversations (the history is on the server).
    await page.reload();
    await botMessage(page, 'mentee-anna', 'Марина Сергеевна Волкова').waitFor();
    expect(await page.locator('section.pane').count()).toBe(4);

    // The page chrome in English.
    await page.getByTestId('language').click();
    await page.getByRole('button', { name: '+1 day' }).waitFor();

    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a mentee asks a question, a mentor takes it, they talk, the mentee closes and rates', async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(pg.base);
    await expect.poll(() => page.locator('section.pane').count(), WAIT).toBe(3);
    // Ivan (PE instructor) asks about games; Galina, the only mentor for that topic, is at work.
    await openChat(page, 'mentee-ivan');
    await openChat(page, 'mentor-methods');

    // The mentee asks from the main menu's button.
    await say(page, 'mentee-ivan', '/menu');
    const askChip = pane(page, 'mentee-ivan').locator('.menu button', { hasText: 'Задать вопрос' });
    await askChip.waitFor();
    await askChip.click();
    await botMessage(page, 'mentee-ivan', 'Напишите ваш вопрос').waitFor();
    const question = 'Какие подвижные игры с правилами подойдут для средней группы на прогулке?';
    await say(page, 'mentee-ivan', question);
    await chooseTopic(page, 'mentee-ivan', 'К какой теме', 'Игры и дидактический материал');
    await pressButton(page, 'mentee-ivan', 'Отправить');
    await botMessage(page, 'mentee-ivan', /Вопрос №\d+ отправлен 1 наставнику/).waitFor();

    // The mentor's pane shows the offer: who asks, the topic, the text; she takes it.
    await botMessage(page, 'mentor-methods', question).waitFor();
    const offerId = await botMessage(page, 'mentor-methods', question).getAttribute('data-id');
    const offer = pane(page, 'mentor-methods').locator(`li.msg.bot[data-id="${offerId}"]`);
    expect(await offer.textContent()).toContain('Игры и дидактический материал');
    expect(await offer.textContent()).toContain('Иван Алексеевич Морозов');
    await offer.getByRole('button', { name: 'Взять' }).click();
    await botMessage(page, 'mentor-methods', 'Вы взяли вопрос').waitFor();
    // The offer was edited: it says the question is hers and has no buttons left.
    await expect.poll(() => offer.getByRole('button').count(), WAIT).toBe(0);
    await botMessage(page, 'mentee-ivan', 'ваш вопрос взяла Галина Петровна Соколова').waitFor();

    // A message each way, relayed with the question's header.
    await say(page, 'mentee-ivan', 'Дети быстро теряют интерес, если правила длинные.');
    const relayed = botMessage(page, 'mentor-methods', 'Дети быстро теряют интерес');
    await relayed.waitFor();
    expect(await relayed.textContent()).toContain('Иван Алексеевич Морозов');
    await say(page, 'mentor-methods', 'Начните с «Совушки» и «Ловишек»: одно правило, потом добавляйте второе.');
    await botMessage(page, 'mentee-ivan', 'Начните с «Совушки»').waitFor();

    // The mentee closes the question and rates the help; the mentor is told.
    await pressButton(page, 'mentee-ivan', 'Вопрос решён');
    await botMessage(page, 'mentee-ivan', 'Оцените').waitFor();
    await pressButton(page, 'mentee-ivan', '5 ⭐');
    await botMessage(page, 'mentee-ivan', 'Спасибо за оценку 5 из 5').waitFor();
    await botMessage(page, 'mentor-methods', 'закрыт').waitFor();
    await botMessage(page, 'mentor-methods', 'на 5 из 5').waitFor();
    await pressButton(page, 'mentee-ivan', 'Без слов');
    await botMessage(page, 'mentee-ivan', 'Спасибо, что пользуетесь наставничеством').waitFor();

    await page.screenshot({ path: `${ARTIFACTS}/playground-question.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a mentee signs up for the demo session from its card and gets a calendar file', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(pg.base);
    await expect.poll(() => page.locator('section.pane').count(), WAIT).toBe(3);
    await openChat(page, 'mentee-daria');
    await say(page, 'mentee-daria', '/sessions');
    // The list of upcoming sessions; one opens as a card with its sign-up button.
    await pressButton(page, 'mentee-daria', /Как провести/);
    await botMessage(page, 'mentee-daria', 'Ведущий: Марина Сергеевна Волкова').waitFor();
    await pressButton(page, 'mentee-daria', 'Записаться');
    await botMessage(page, 'mentee-daria', 'Вы записаны на встречу').waitFor();
    // The card now counts her seat, and the calendar file is a link that downloads an event.
    await botMessage(page, 'mentee-daria', 'занято 3 из 6').waitFor();
    const ics = pane(page, 'mentee-daria').locator('li.msg.bot a.file', { hasText: '.ics' }).last();
    await ics.waitFor();
    const calendar = await (await page.request.get(new URL((await ics.getAttribute('href'))!, pg.base).href)).text();
    expect(calendar).toContain('BEGIN:VEVENT');
    expect(calendar).toContain('DTSTART:20261130T120000Z');
    await context.close();
  });

  it('on a phone, chats are tabs', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(pg.base);
    await expect.poll(() => page.locator('nav.tabs button').count(), WAIT).toBeGreaterThanOrEqual(3);
    const visible = async () => (await Promise.all((await page.locator('section.pane').all()).map((p) => p.isVisible()))).filter(Boolean).length;
    expect(await visible()).toBe(1);
    await page.locator('nav.tabs button').first().click();
    expect(await pane(page, (await page.locator('section.pane').first().getAttribute('data-handle'))!).isVisible()).toBe(true);
    expect(await visible()).toBe(1);
    await page.screenshot({ path: `${ARTIFACTS}/playground-phone.png` });
    await context.close();
  });
});
