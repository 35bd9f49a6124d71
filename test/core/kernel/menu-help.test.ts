/**
 * The main menu and /help by job and role: the curator reaches each daily job from her menu,
 * /help is grouped with privacy last, each person sees only what they may use, and no icon repeats.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import type { Language } from '../../../src/i18n/i18n.js';

let h: Harness;
afterEach(async () => h?.close());
const t = (key: string, lang: Language = 'ru') => h.app.deps.i18n.t(lang, key);

async function setUp() {
  h = await createHarness();
  h.addPerson({ name: 'Куратор Анна', userId: 'cur', roles: ['curator', 'mentor'] });
  h.addPerson({ name: 'Наставник Олег', userId: 'men', roles: ['mentor'] });
  h.addPerson({ name: 'Наставляемая Вера', userId: 'vera', roles: ['mentee'] });
}

async function menuOf(userId: string): Promise<string[]> {
  await h.say(userId, '/menu');
  return h.last(userId).menu!.flat();
}

/** The first symbol of a label: its icon. */
const icon = (label: string) => Array.from(label)[0];

describe('the main menu by role', () => {
  it("puts each of the curator's daily jobs on her menu, and only members' jobs on a mentee's", async () => {
    await setUp();
    const curator = await menuOf('cur');
    for (const key of ['broadcast-menu', 'surveys-menu', 'reports-menu', 'question-menu-overview', 'session-menu', 'programmes-menu-programmes', 'menu-people']) {
      expect(curator).toContain(t(key));
    }
    const mentee = await menuOf('vera');
    for (const key of ['question-menu-ask', 'session-menu', 'programmes-menu-plan', 'menu-help']) expect(mentee).toContain(t(key));
    for (const key of ['broadcast-menu', 'reports-menu', 'question-menu-overview', 'programmes-menu-programmes', 'menu-people']) {
      expect(mentee).not.toContain(t(key));
    }
    const mentor = await menuOf('men');
    expect(mentor).not.toContain(t('reports-menu'));
  });

  it('repeats no icon across the entries of one menu, in both languages', async () => {
    await setUp();
    const curator = await menuOf('cur');
    expect(new Set(curator.map(icon)).size).toBe(curator.length);
    const keys = h.app.features.flatMap((f) => f.commands ?? []).flatMap((c) => (c.menuKey ? [c.menuKey] : []));
    for (const lang of ['ru', 'en'] as const) {
      const icons = keys.map((k) => icon(t(k, lang)));
      expect(new Set(icons).size, lang).toBe(icons.length);
    }
  });

  it('runs a job from its menu label: «Опросы» lists the surveys, «Отчёт» makes the report', async () => {
    await setUp();
    await h.say('cur', t('surveys-menu'));
    expect(h.allText('cur')).toContain(t('surveys-manage-none').split(':')[0]!);
    await h.say('cur', t('reports-menu'));
    expect(h.last('cur').buttons.flat().map((b) => b.label)).toContain(t('reports-button-docx'));
  });
});

describe('/help by job', () => {
  function sections(text: string): string[] {
    return text.split('\n\n').slice(1).map((s) => s.split('\n')[0]!);
  }

  it("groups the curator's commands by job, privacy last", async () => {
    await setUp();
    await h.say('cur', '/help');
    const text = h.lastText('cur');
    const heads = sections(text);
    expect(heads).toEqual(['questions', 'sessions', 'programmes', 'broadcasts', 'surveys', 'people', 'general', 'privacy'].map((g) => t(`help-group-${g}`)));
    const privacy = text.split('\n\n').at(-1)!;
    for (const c of ['/my_data', '/forget', '/link']) expect(privacy).toContain(c);
    const surveys = text.split('\n\n').find((s) => s.startsWith(t('help-group-surveys')))!;
    for (const c of ['/survey_new', '/surveys', '/report']) expect(surveys).toContain(c);
  });

  it('shows a mentee only the commands she may use', async () => {
    await setUp();
    await h.say('vera', '/help');
    const text = h.lastText('vera');
    expect(sections(text)).not.toContain(t('help-group-broadcasts'));
    for (const c of ['/survey_new', '/report', '/broadcast', '/people', '/questions ']) expect(text).not.toContain(c);
    expect(text).toContain('/ask');
    expect(sections(text).at(-1)).toBe(t('help-group-privacy'));
  });
});

describe('two taps from the menu', () => {
  it('the lists a curator opens from her menu offer the next step: a new session, pair, invitation, survey', async () => {
    await setUp();
    const dialog = () => (h.app.deps.db.prepare("SELECT kind FROM dialogs WHERE channel = 'local:cur'").get() as { kind: string } | undefined)?.kind;
    await h.say('cur', t('session-menu'));
    await h.press('cur', t('menu-run-session-new'));
    expect(dialog()).toMatch(/session/);
    await h.say('cur', '/cancel');
    await h.say('cur', t('programmes-menu-programmes'));
    await h.press('cur', t('menu-run-programme-new'));
    expect(dialog()).toMatch(/programme/);
    await h.say('cur', '/cancel');
    await h.say('cur', t('menu-people'));
    await h.press('cur', t('menu-run-invite'));
    expect(dialog()).toMatch(/invite/);
    await h.say('cur', '/cancel');
    await h.say('cur', t('surveys-menu'));
    await h.press('cur', t('surveys-builder-new-button'));
    expect(h.last('cur').buttons.flat().map((b) => b.label)).toContain(t('surveys-builder-own'));
  });

  it('offers a mentee no button for what she may not do, and refuses a forged one', async () => {
    await setUp();
    await h.say('vera', t('session-menu'));
    expect(h.last('vera').buttons.flat().map((b) => b.label)).not.toContain(t('menu-run-session-new'));
    await h.pressAction('vera', 'run:new_programme');
    expect(h.lastText('vera')).toBe(t('common-not-allowed'));
  });
});
