import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../support/harness.js';
import { loadDemoOrganisation, seedDemoOrganisation } from '../../src/playground/demo.js';
import { LABEL_MAX } from '../../src/messaging/labels.js';
import { listProgrammes } from '../../src/core/programmes/programme.js';
import { text } from '../support/said.js';

/**
 * A walk through the playground's demo as each role: /help, /menu and every command /help lists,
 * each once. Every command answers, and every button label fits every messenger.
 */

let h: Harness;
afterEach(async () => h?.close());

async function demo() {
  h = await createHarness();
  seedDemoOrganisation(h.app.deps, h.org.id, loadDemoOrganisation());
  await h.flush();
  return h;
}

describe('the demo, walked through as each role', () => {
  it.each(['curator', 'mentor-speech', 'mentor-psych', 'mentee-anna'])('%s: every command in /help answers, every label fits', async (who) => {
    await demo();
    await h.say(who, '/help');
    const help = h.lastText(who);
    const commands = [...new Set([...help.matchAll(/^\/([a-z_]+) — /gm)].map((m) => m[1]!))];
    expect(commands.length).toBeGreaterThan(10);
    // Every description reads the same way: lower case after the dash.
    for (const line of help.split('\n').filter((l) => l.startsWith('/'))) expect({ line, lower: /^\/[a-z_]+ — [^A-ZА-ЯЁ]/u.test(line) }).toEqual({ line, lower: true });
    for (const command of ['menu', ...commands]) {
      // At a person's pace: a member's updates are limited to 30 a minute (inbound limits).
      h.clock.advance(5_000);
      const before = h.messages(who).length;
      await h.say(who, `/${command}`);
      const replies = h.messages(who).slice(before);
      expect({ command, answered: replies.length > 0 }).toEqual({ command, answered: true });
      for (const label of replies.flatMap((m) => m.buttons.flat().map((b) => b.label))) {
        expect({ command, label, fits: Array.from(label).length <= LABEL_MAX }).toEqual({ command, label, fits: true });
      }
      await h.say(who, '/cancel');
    }
  });

  it('the open question is offered to the mentor who offers its topic', async () => {
    await demo();
    expect(h.allText('mentor-digital')).toContain('интерактивную доску');
    expect(h.allText('mentor-speech')).not.toContain('интерактивную доску');
    await h.press('mentor-digital', text('question-take'));
    expect(h.lastText('mentor-digital')).toContain('Вы взяли вопрос');
  });

  it('the session list shows the seats whole and cuts the title at a word', async () => {
    await demo();
    await h.say('mentee-anna', '/sessions');
    const [label] = h.last('mentee-anna').buttons.flat().map((b) => b.label);
    expect(label).toBe('30.11 15:00 · Как провести… (4 места)');
  });

  it('/find with the word from its own example finds the mentors of that topic', async () => {
    await demo();
    await h.say('mentee-anna', '/find');
    expect(h.lastText('mentee-anna')).toContain('родители');
    await h.say('mentee-anna', '/find родители');
    const found = h.lastText('mentee-anna');
    expect(found).toContain('Марина Сергеевна Волкова');
    expect(found).toContain('Emily Carter');
    expect(found).not.toContain('Артём Игоревич Белов');
  });

  it('a topic with the longest title allowed still gets an archive button that fits', async () => {
    await demo();
    await h.say('curator', '/topics add Работа с родителями детей младшей группы');
    await h.say('curator', '/topics');
    const labels = h.last('curator').buttons.flat().map((b) => b.label);
    expect(labels).toContain('🗄 Работа с родителями детей младшей…');
    for (const label of labels) expect(Array.from(label).length).toBeLessThanOrEqual(LABEL_MAX);
  });
});

describe('the demo programmes (issue 17)', () => {
  it('reverse mentoring the right way round: the young specialist leads the experienced colleagues in digital tools; the plan explains its icons', async () => {
    await demo();
    const id = (handle: string) => h.db.prepare('SELECT person_id FROM accounts WHERE user_id = ?').pluck().get(handle) as number;
    const reverse = listProgrammes(h.db, h.org.id, ['active']).find((p) => p.kind === 'reverse')!;
    expect(reverse.mentorId).toBe(id('mentor-digital'));
    const mentees = reverse.menteeIds;
    expect(mentees).toContain(id('mentor-methods'));
    expect(mentees).not.toContain(id('mentee-ivan'));
    await h.say('mentee-anna', '/plan');
    const legend = h.app.deps.i18n.t('ru', 'programmes-legend', { done_on_time: '✅', done_late: '☑️', awaiting: '🕓', overdue: '⚠️', upcoming: '▫️' });
    expect(h.lastText('mentee-anna')).toContain(legend);
  });
});
