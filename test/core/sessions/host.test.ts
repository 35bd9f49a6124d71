/**
 * Issue 17: a session's host chosen from the directory. A host who left before «Создать» sends the
 * form back to the host step (nothing else is lost); the mentor who set it up keeps managing it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../support/harness.js';
import { canManage } from '../../../src/core/sessions/organising.js';
import { getSession } from '../../../src/core/sessions/session.js';
import { getPerson } from '../../../src/core/kernel/persons/person.js';
import { text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

async function fillUpToSummary(host: string) {
  await h.say('marina', '/session_new');
  await h.press('marina', 'Интерактивные и цифровые технологии');
  await h.say('marina', 'Трудный разговор');
  await h.press('marina', text('session-skip'));
  await h.press('marina', text('session-host-colleague'));
  await h.say('marina', host);
  await h.press('marina', 'Соколова');
  await h.say('marina', '27.11.2026 11:00');
  await h.press('marina', text('session-yes'));
  await h.press('marina', '45');
  await h.press('marina', text('session-kind-room'));
  await h.say('marina', 'Кабинет 5');
  await h.say('marina', '5');
  await h.press('marina', text('session-audience-all'));
}

describe('the host from the directory', () => {
  it('a host who left before «Создать»: back to choosing the host, the rest kept', async () => {
    h = await createHarness();
    const marina = h.addPerson({ name: 'Марина Наставник', roles: ['mentor'], userId: 'marina' });
    const sokolova = h.addPerson({ name: 'Соколова Ирина', roles: ['mentor'], userId: 'sokolova' });
    const other = h.addPerson({ name: 'Орлова Вера', roles: ['mentor'], userId: 'orlova' });
    await fillUpToSummary('соколову');
    h.db.prepare("UPDATE persons SET status = 'deactivated' WHERE id = ?").run(sokolova.id);
    await h.press('marina', text('session-create'));
    expect(h.db.prepare('SELECT COUNT(*) FROM sessions').pluck().get()).toBe(0);
    expect(h.db.prepare("SELECT step FROM dialogs WHERE kind = 'session-new'").pluck().get()).toBe('host');
    await h.press('marina', text('session-host-colleague'));
    await h.say('marina', 'Орловой');
    await h.press('marina', 'Орлова Вера');
    // Straight back to the summary: the time, place and seats were kept.
    expect(h.lastText('marina')).toContain('Кабинет 5');
    await h.press('marina', text('session-create'));
    const row = h.db.prepare('SELECT id, organiser_id AS host, created_by AS createdBy FROM sessions').get() as { id: number; host: number; createdBy: number };
    expect(row).toMatchObject({ host: other.id, createdBy: marina.id });
    const session = getSession(h.db, h.org.id, row.id)!;
    expect(canManage(getPerson(h.db, marina.id), session)).toBe(true);
    expect(canManage(getPerson(h.db, other.id), session)).toBe(true);
    expect(h.allText('orlova')).toContain('Трудный разговор');
  });
});
