import { defineAction } from '../../messaging/actions.js';
import type { MemberTurn, Turn } from '../kernel/feature.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { createPerson, getPerson, setPersonTopics, updatePerson, type Role } from '../kernel/persons/person.js';
import type { Prefill } from './invitations.js';
import { findInvitation, invitationGrant, invitationProblem, rolesFor, useInvitation } from './invitations.js';
import { claimBootstrap } from '../kernel/organisation/organisation.js';
import { askStep, FORM_STEPS, formSchema, genderQuestion, type FormData, type FormStep } from './profile-form.js';
import { mainMenu } from '../kernel/menu.js';
import { profileText } from './profile.js';
import type { Language } from '../../i18n/i18n.js';
import { codeGate, INVITATION_CODE_SHAPE, recordWrongCode, senderLimits } from '../kernel/sender-limits.js';
import { dialogData } from '../kernel/dialogs/open-dialog.js';

/**
 * Bringing a staff member in: /start with an invitation code (or the bootstrap code, once),
 * consent to the processing of personal data as its own step (152-FZ: refusing stores nothing),
 * then the profile form. No person row exists before consent; the dialog is keyed by chat.
 */

export const consentAction = defineAction('ob.consent', ['int']);

interface OnboardingData extends FormData {
  invitationId?: number;
  bootstrap?: boolean;
}


/** /start [code] */
export function start(turn: Turn, args: string): void {
  const code = args.trim();
  const person = turn.person;
  if (person?.status === 'active') {
    turn.reply({ text: turn.t('onboarding-welcome-back', { name: person.fullName }), menu: mainMenu(turn) });
    return;
  }
  if (person?.status === 'deactivated') {
    turn.reply(turn.t('common-deactivated'));
    return;
  }
  if (person?.status === 'onboarding' && turn.dialog?.kind === 'onboarding') {
    // Came back in the middle: ask the current step again.
    askStep(turn, 'onboarding', turn.dialog.step as FormStep);
    return;
  }
  if (!code) {
    turn.reply(turn.t('onboarding-need-code', { org: turn.org.name }));
    return;
  }
  enterCode(turn, code);
}

/** Whether a text is shaped like a code this organisation hands out: an invitation's, or the first-start code. */
function codeShaped(turn: Turn, text: string): boolean {
  const bootstrap = turn.deps.settings.bootstrapCode;
  return INVITATION_CODE_SHAPE.test(text) || (bootstrap !== undefined && text === bootstrap);
}

/** A stranger typing a code instead of /start CODE (VK's "Начать" button leads here); other text is not a code. */
export function strangerText(turn: Turn, text: string): boolean {
  if (turn.person || turn.dialog || !codeShaped(turn, text.trim())) return false;
  enterCode(turn, text.trim());
  return true;
}

/**
 * A code from a stranger. Wrong ones are counted per account (a reply, not a rollback, so the
 * count is kept); after too many, codes from that account are not looked at for a while, and
 * the person is told so once. Text not shaped like a code is refused without a look-up.
 */
function enterCode(turn: Turn, code: string): void {
  const { settings, db } = turn.deps;
  const lang: Language = turn.tx.lang;
  const limits = senderLimits(settings);
  const sender = { organisationId: turn.org.id, platform: turn.incoming.from.platform, userId: turn.incoming.from.userId };
  const gate = codeGate(db, limits, sender, turn.now);
  if (!gate.open) {
    if (gate.tell) turn.reply(turn.t('codes-cooldown', { minutes: gate.minutes }));
    return;
  }
  if (!codeShaped(turn, code)) {
    turn.reply(turn.t('onboarding-invitation-unknown'));
    return;
  }
  if (settings.bootstrapCode && code === settings.bootstrapCode) {
    if (turn.org.bootstrapUsedAt !== null) throw new UserError('onboarding-bootstrap-used');
    turn.setDialog('onboarding', 'consent', { lang, bootstrap: true } satisfies OnboardingData);
    askConsent(turn);
    return;
  }
  const invitation = findInvitation(db, code);
  const problem = invitationProblem(invitation && invitation.organisationId === turn.org.id ? invitation : null, turn.now);
  if (problem) {
    recordWrongCode(db, limits, sender, turn.now);
    turn.reply(turn.t(`onboarding-invitation-${problem}`));
    return;
  }
  turn.setDialog('onboarding', 'consent', { lang, invitationId: invitation!.id } satisfies OnboardingData);
  askConsent(turn);
}

function askConsent(turn: Turn): void {
  turn.reply({
    text: turn.t('onboarding-consent', { org: turn.org.name }),
    buttons: [
      [
        { label: turn.t('onboarding-consent-yes'), action: consentAction.encode(1), style: 'positive' },
        { label: turn.t('onboarding-consent-no'), action: consentAction.encode(0), style: 'negative' },
      ],
    ],
  });
}

/** The consent buttons. */
export function onConsent(turn: Turn, [yes]: [number]): void {
  if (turn.person) throw new StaleButton();
  const d: OnboardingData = dialogData(turn, 'onboarding', formSchema, 'consent');
  if (yes !== 1) {
    turn.clearDialog();
    turn.reply(turn.t('onboarding-consent-declined'));
    return;
  }
  const { db } = turn.deps;
  let roles: Role[];
  let prefill: Prefill | null = null;
  if (d.bootstrap) {
    if (!claimBootstrap(db, turn.org.id, turn.now)) {
      // The refusal rolls the update back; the consent dialog must not come back with it.
      turn.keep(() => turn.clearDialog());
      throw new UserError('onboarding-bootstrap-used');
    }
    roles = ['admin', 'curator'];
  } else {
    const invitation = d.invitationId ? invitationGrant(db, d.invitationId) : null;
    if (!invitation || !useInvitation(db, d.invitationId!, turn.now)) {
      turn.keep(() => turn.clearDialog());
      throw new UserError('onboarding-invitation-used-up');
    }
    prefill = invitation.prefill ? (JSON.parse(invitation.prefill) as Prefill) : null;
    roles = prefill?.roles ?? rolesFor(invitation.role);
  }
  const { person, account } = createPerson(db, {
    organisationId: turn.org.id,
    language: d.lang,
    roles,
    consentAt: turn.now,
    now: turn.now,
    account: { platform: turn.address.platform, userId: turn.incoming.from.userId, chatId: turn.address.chatId },
  });
  turn.person = person;
  turn.account = account;
  turn.ack(turn.t('onboarding-consent-thanks'));
  if (prefill) {
    // The curator imported this person: name, position and topics are known; ask the rest.
    updatePerson(db, person.id, { fullName: prefill.fullName, position: prefill.position }, turn.now);
    setPersonTopics(db, person.id, 'offers', prefill.offers);
    setPersonTopics(db, person.id, 'wants', prefill.wants);
    turn.person = getPerson(db, person.id);
    turn.reply(turn.t('onboarding-prefilled', { name: prefill.fullName }));
    askStep(turn, 'onboarding', 'days', { lang: d.lang });
    return;
  }
  askStep(turn, 'onboarding', 'name', { lang: d.lang });
}

/** After each onboarding step: the next one, or the end. */
export function onboardingStepDone(turn: MemberTurn, step: FormStep): void {
  let next = FORM_STEPS[FORM_STEPS.indexOf(step) + 1];
  // The gender is not a step of its own here: asked once at the end, only when the patronymic did not say it.
  if (next === 'gender') next = FORM_STEPS[FORM_STEPS.indexOf(next) + 1];
  if (next) {
    askStep(turn, 'onboarding', next);
    return;
  }
  updatePerson(turn.deps.db, turn.person.id, { status: 'active' }, turn.now);
  turn.person = getPerson(turn.deps.db, turn.person.id)!;
  turn.clearDialog();
  if (turn.person.gender === 'unknown') turn.reply(genderQuestion(turn));
  turn.reply({ text: `${turn.t('onboarding-done')}\n\n${profileText(turn, turn.person)}`, menu: mainMenu(turn) });
}
