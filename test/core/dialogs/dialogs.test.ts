import { afterEach, describe, expect, it } from 'vitest';
import { BOOTSTRAP, createHarness, type Harness } from '../../support/harness.js';
import { channelOf, loadDialog, loadSuspended, saveDialog } from '../../../src/core/kernel/dialogs/dialogs.js';
import { updatePerson } from '../../../src/core/kernel/persons/person.js';
import { zoneAction } from '../../../src/core/people/profile-form.js';
import { text } from '../../support/said.js';

let h: Harness;
afterEach(async () => h?.close());

/** A text as the person reads it (tests assert meaning by key, not wording). */
const t = (key: string, args?: Record<string, string | number>) => h.app.deps.i18n.t('ru', key, args);
const title = (kind: string) => t(`dialog-title-${kind}`);
const dialogOf = (userId: string) => loadDialog(h.db, channelOf('local', userId));

describe('dialogs: /cancel, commands in the middle, going on', () => {
  it('/cancel in the middle of /ask cancels the question and says so; a second /cancel has nothing to cancel', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Мария Иванова', roles: ['mentee'], userId: 'maria' });
    await h.say('maria', '/ask');
    expect(dialogOf('maria')?.kind).toBe('question-ask');
    await h.say('maria', '/cancel');
    expect(h.lastText('maria')).toBe(t('cancel-done', { what: title('question-ask') }));
    expect(dialogOf('maria')).toBeNull();
    await h.say('maria', '/cancel');
    expect(h.lastText('maria')).toBe(t('cancel-nothing'));
  });

  it('/cancel works in the session wizard and in a broadcast being composed', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Ольга Николаевна Кузнецова', roles: ['curator', 'mentor'], userId: 'olga' });
    await h.say('olga', '/session_new');
    expect(dialogOf('olga')?.kind).toBe('session-new');
    await h.say('olga', '/cancel');
    expect(h.lastText('olga')).toBe(t('cancel-done', { what: title('session-new') }));
    await h.say('olga', '/broadcast');
    expect(dialogOf('olga')?.kind).toBe('broadcast');
    await h.say('olga', '/cancel');
    expect(h.lastText('olga')).toBe(t('cancel-done', { what: title('broadcast') }));
    expect(dialogOf('olga')).toBeNull();
  });

  it('a command typed in the middle of the session wizard runs, and the wizard goes on where it was', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Ольга Николаевна Кузнецова', roles: ['curator', 'mentor'], userId: 'olga' });
    await h.say('olga', '/session_new');
    await h.press('olga', h.last('olga').buttons.flat()[0]!.label);
    expect(dialogOf('olga')?.step).toBe('title');
    await h.say('olga', 'Как говорить с родителями');
    expect(dialogOf('olga')?.step).toBe('description');

    await h.say('olga', '/help');
    const [help, offer] = h.messages('olga').slice(-2);
    expect(help!.text).toContain(t('help-title'));
    expect(offer!.text).toBe(t('dialog-resume-offer', { what: title('session-new') }));
    expect(dialogOf('olga')).toBeNull();
    expect(loadSuspended(h.db, channelOf('local', 'olga'))?.step).toBe('description');

    await h.press('olga', t('dialog-resume'));
    expect(h.lastText('olga')).toBe(t('dialog-resumed', { what: title('session-new') }));
    const back = dialogOf('olga')!;
    expect(back.step).toBe('description');
    expect(back.data.title).toBe('Как говорить с родителями');
    expect(loadSuspended(h.db, channelOf('local', 'olga'))).toBeNull();
  });

  it('a dialog set aside while another opens is offered once the other one is done; «Не нужно» closes it', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Мария Иванова', roles: ['mentee'], userId: 'maria' });
    await h.say('maria', '/ask');
    await h.say('maria', '/find');
    expect(dialogOf('maria')?.kind).toBe('find');
    // No offer while the search is open.
    expect(h.allText('maria')).not.toContain(t('dialog-resume-offer', { what: title('question-ask') }));
    await h.say('maria', 'родители');
    expect(h.lastText('maria')).toBe(t('dialog-resume-offer', { what: title('question-ask') }));
    await h.press('maria', t('dialog-drop'));
    expect(h.lastText('maria')).toBe(t('cancel-done', { what: title('question-ask') }));
    expect(loadSuspended(h.db, channelOf('local', 'maria'))).toBeNull();
    // The old offer's button is stale now and changes nothing.
    const ack = await h.press('maria', t('dialog-resume'));
    expect(ack.ackText).toBe(t('common-stale-button'));
    expect(dialogOf('maria')).toBeNull();
  });

  it('/cancel with nothing open cancels what was set aside', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Мария Иванова', roles: ['mentee'], userId: 'maria' });
    await h.say('maria', '/ask');
    await h.say('maria', '/profile');
    await h.say('maria', '/cancel');
    expect(h.lastText('maria')).toBe(t('cancel-done', { what: title('question-ask') }));
    expect(loadSuspended(h.db, channelOf('local', 'maria'))).toBeNull();
  });

  it('starting the same dialog again takes up the one set aside instead of offering it twice', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Мария Иванова', roles: ['mentee'], userId: 'maria' });
    await h.say('maria', '/ask');
    await h.say('maria', '/ask');
    expect(dialogOf('maria')?.kind).toBe('question-ask');
    expect(loadSuspended(h.db, channelOf('local', 'maria'))).toBeNull();
  });

  it('a stored dialog that no longer fits its kind is closed with a word, and the text is read afresh', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Мария Иванова', roles: ['mentee'], userId: 'maria' });
    // As an older release might have left it: the wrong shape for the question being written.
    saveDialog(h.db, h.org.id, channelOf('local', 'maria'), 'question-ask', 'topic', { text: 42 }, h.clock.now());
    await h.say('maria', 'Здравствуйте');
    const texts = h.messages('maria').map((m) => m.text);
    expect(texts[0]).toBe(t('dialog-outdated', { what: title('question-ask') }));
    expect(dialogOf('maria')).toBeNull();
    // A kind this release does not know at all.
    saveDialog(h.db, h.org.id, channelOf('local', 'maria'), 'no-such-dialog', 'x', {}, h.clock.now());
    await h.say('maria', '/cancel');
    expect(h.messages('maria').map((m) => m.text)).toContain(t('dialog-outdated', { what: t('dialog-title-unknown') }));
  });

  it('a person refused at consent (the bootstrap code sent twice) is not left in a dialog they cannot finish', async () => {
    h = await createHarness();
    await h.say('anna', `/start ${BOOTSTRAP}`);
    await h.say('boris', `/start ${BOOTSTRAP}`);
    await h.press('anna', text('onboarding-consent-yes'));
    await h.press('boris', text('onboarding-consent-yes'));
    expect(h.lastText('boris')).toBe(t('onboarding-bootstrap-used'));
    expect(dialogOf('boris')).toBeNull();
    // Texting afterwards is not «выберите вариант кнопкой» forever: the stranger is told how to join.
    await h.say('boris', 'Здравствуйте');
    expect(h.lastText('boris')).toBe(t('common-not-member'));
    // And the refused update changed nothing else: Anna is the only person.
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM persons').get()).toEqual({ n: 1 });
  });

  it('two people opening one personal invitation: the second is refused and free to go on', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Ольга Николаевна Кузнецова', roles: ['curator', 'admin'], userId: 'olga' });
    await h.say('olga', '/invite mentor 1 7');
    const code = /\/start (\w+)/.exec(h.lastText('olga'))![1]!;
    await h.say('vera', `/start ${code}`);
    await h.say('gleb', `/start ${code}`);
    await h.press('vera', text('onboarding-consent-yes'));
    await h.press('gleb', text('onboarding-consent-yes'));
    expect(h.lastText('gleb')).toBe(t('onboarding-invitation-used-up'));
    expect(dialogOf('gleb')).toBeNull();
    await h.say('gleb', 'привет');
    expect(h.lastText('gleb')).not.toBe(t('common-use-buttons'));
  });

  it('/cancel before consent leaves registration; after consent it says the profile can be finished later', async () => {
    h = await createHarness();
    await h.say('anna', `/start ${BOOTSTRAP}`);
    await h.say('anna', '/cancel');
    expect(h.lastText('anna')).toBe(t('cancel-done', { what: title('onboarding') }));
    expect(dialogOf('anna')).toBeNull();
    await h.say('anna', `/start ${BOOTSTRAP}`);
    await h.press('anna', text('onboarding-consent-yes'));
    await h.say('anna', '/cancel');
    expect(h.lastText('anna')).toBe(t('cancel-onboarding'));
    expect(dialogOf('anna')?.kind).toBe('onboarding');
  });

  it("a member's dialog closes once the person is deactivated: the next text is told why, nothing of the dialog runs", async () => {
    h = await createHarness();
    const maria = h.addPerson({ name: 'Мария Иванова', roles: ['mentee'], userId: 'maria' });
    await h.say('maria', '/ask');
    expect(dialogOf('maria')?.kind).toBe('question-ask');
    updatePerson(h.db, maria.id, { status: 'deactivated' }, Date.now());
    await h.say('maria', 'Как вести родительское собрание?');
    expect(h.lastText('maria')).toBe(t('common-deactivated'));
    expect(dialogOf('maria')).toBeNull();
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM questions').get()).toEqual({ n: 0 });
  });

  it("the profile form's buttons are a person's: a stranger pressing one is told to join, nothing breaks", async () => {
    h = await createHarness();
    const outcome = await h.pressAction('stranger', zoneAction.encode(0));
    expect(outcome.ackText).toBe(t('common-not-member'));
    expect(h.db.prepare('SELECT COUNT(*) AS n FROM persons').get()).toEqual({ n: 0 });
  });

  it('a stale button is answered one way everywhere: the toast and a line in the chat, nothing changed', async () => {
    h = await createHarness();
    h.addPerson({ name: 'Ольга Николаевна Кузнецова', roles: ['curator', 'mentor'], userId: 'olga' });
    await h.say('olga', '/session_new');
    const wizard = dialogOf('olga');
    const before = h.messages('olga').length;
    // An unknown action, a forged argument, and a step the wizard has left behind.
    for (const data of ['zz.unknown:1', 'q.take:abc', 'ses.fdur:45']) {
      const outcome = await h.pressAction('olga', data);
      expect(outcome.ackText, data).toBe(t('common-stale-button'));
      expect(h.lastText('olga'), data).toBe(t('common-stale-button'));
    }
    expect(h.messages('olga').length).toBe(before + 3);
    expect(dialogOf('olga')).toEqual(wizard);
  });
});

