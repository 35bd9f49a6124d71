import { command, hasPerson } from '../kernel/feature.js';
import type { MemberTurn, Feature, Turn } from '../kernel/feature.js';
import { defineDialog, onAction } from '../kernel/feature.js';
import { z } from 'zod';
import type { FormStep } from './profile-form.js';
import {
  formText,
  formSchema,
  FORM_STEPS,
  onDays,
  onHours,
  onPosition,
  onTopicDone,
  onTopicPage,
  onTopicToggle,
  onZone,
  onGender,
  positionAction,
  topicToggleAction,
  topicPageAction,
  topicDoneAction,
  daysAction,
  hoursAction,
  zoneAction,
  genderAction,
} from './profile-form.js';
import { consentAction, onboardingStepDone, onConsent, start, strangerText } from './onboarding.js';
import { askLanguage, editAction, languageAction, onEdit, onLanguage, profileStepDone, showProfile } from './profile.js';
import { find, onWrite, onWriteText, WRITE_DIALOG, writeAction, writeSchema } from './directory.js';
import {
  inviteCommand,
  inviteDaysAction,
  inviteRoleAction,
  inviteText,
  inviteUsesAction,
  listInvitations,
  onInviteDays,
  onInviteRole,
  onInviteUses,
  onRevoke,
  revokeAction,
  INVITE_DIALOG,
  inviteSchema,
} from './invite-flow.js';
import { helpText, mainMenu } from '../kernel/menu.js';
import { deactivateAction, onCard, onDeactivate, onReactivate, onRoleCancel, onRoleConfirm, onToggleRole, personCardAction, roleCancelAction, roleConfirmAction, reactivateAction, rosterPageAction, showRoster, toggleRoleAction } from './roster.js';
import { askForget, forgetAction, myData, onForget } from './privacy.js';
import { importStaff } from './staff-import.js';
import { archiveTopicAction, onArchiveTopic, topicsCommand } from './topics-admin.js';
import { allows } from '../kernel/access.js';
import type { ReceivedFile } from '../kernel/feature.js';

/** People: onboarding, the profile, the directory, invitations, help and the menu. */

const stepDone = (turn: MemberTurn, step: FormStep) =>
  turn.dialog?.kind === 'onboarding' ? onboardingStepDone(turn, step) : profileStepDone(turn);

export const peopleFeature: Feature = {
  name: 'people',
  commands: [
    command({ name: 'start', group: 'general', access: 'anyone', descriptionKey: 'cmd-start', hidden: true, handle: start }),
    command({ name: 'help', group: 'general', access: 'anyone', descriptionKey: 'cmd-help', menuKey: 'menu-help', handle: (turn) => turn.reply(helpText(turn)) }),
    command({
      name: 'menu',
      group: 'general',
      access: 'member',
      descriptionKey: 'cmd-menu',
      handle: (turn) => turn.reply({ text: turn.t('menu-shown'), menu: mainMenu(turn) }),
    }),
    command({ name: 'profile', group: 'people', access: 'member', descriptionKey: 'cmd-profile', menuKey: 'menu-profile', handle: showProfile }),
    command({ name: 'language', group: 'general', access: 'anyone', descriptionKey: 'cmd-language', handle: askLanguage }),
    command({ name: 'find', group: 'people', access: 'member', descriptionKey: 'cmd-find', menuKey: 'menu-find', handle: (turn, args) => (args.trim() ? find(turn, args) : askFind(turn)) }),
    command({ name: 'invite', group: 'people', access: ['curator'], descriptionKey: 'cmd-invite', handle: inviteCommand }),
    command({ name: 'invites', group: 'people', access: ['curator'], descriptionKey: 'cmd-invites', handle: listInvitations }),
    command({ name: 'people', group: 'people', access: ['curator'], descriptionKey: 'cmd-people', menuKey: 'menu-people', handle: (turn) => showRoster(turn) }),
    command({
      name: 'import',
      group: 'people',
      access: ['curator'],
      descriptionKey: 'cmd-import',
      handle: (turn) => {
        turn.setDialog('import', 'file', {});
        turn.reply(turn.t('import-how'));
      },
    }),
    command({ name: 'topics', group: 'people', access: ['curator'], descriptionKey: 'cmd-topics', handle: topicsCommand }),
    command({ name: 'my_data', group: 'privacy', access: 'member', descriptionKey: 'cmd-my-data', handle: myData }),
    command({ name: 'forget', group: 'privacy', access: 'member', descriptionKey: 'cmd-forget', handle: askForget }),
  ],
  actions: [
    onAction(writeAction, 'member', onWrite),
    onAction(consentAction, 'anyone', onConsent),
    onAction(positionAction, 'person', (turn, [i]) => onPosition(turn, i, stepDone)),
    onAction(topicToggleAction, 'person', (turn, [id]) => onTopicToggle(turn, id)),
    onAction(topicPageAction, 'person', (turn, [page]) => onTopicPage(turn, page)),
    onAction(topicDoneAction, 'person', (turn) => onTopicDone(turn, stepDone)),
    onAction(daysAction, 'person', (turn, [mask]) => onDays(turn, mask, stepDone)),
    onAction(hoursAction, 'person', (turn, [from, to]) => onHours(turn, from, to, stepDone)),
    onAction(zoneAction, 'person', (turn, [i]) => onZone(turn, i, stepDone)),
    onAction(genderAction, 'person', (turn, [i]) => onGender(turn, i, stepDone)),
    onAction(editAction, 'member', onEdit),
    onAction(languageAction, 'anyone', onLanguage),
    onAction(inviteRoleAction, ['curator'], onInviteRole),
    onAction(inviteUsesAction, ['curator'], onInviteUses),
    onAction(inviteDaysAction, ['curator'], onInviteDays),
    onAction(revokeAction, ['curator'], onRevoke),
    onAction(rosterPageAction, ['curator'], (turn, [page]) => showRoster(turn, page, true)),
    onAction(personCardAction, ['curator'], onCard),
    onAction(toggleRoleAction, ['curator'], onToggleRole),
    onAction(roleConfirmAction, ['curator'], onRoleConfirm),
    onAction(roleCancelAction, ['curator'], onRoleCancel),
    onAction(deactivateAction, ['curator'], onDeactivate),
    onAction(reactivateAction, ['curator'], onReactivate),
    onAction(forgetAction, 'member', onForget),
    onAction(archiveTopicAction, ['curator'], onArchiveTopic),
  ],
  dialogs: {
    [WRITE_DIALOG]: defineDialog({
      titleKey: 'dialog-title-people-write',
      steps: ['text'],
      schema: writeSchema,
      onText: (turn, state, text) => onWriteText(turn, state.data, text),
    }),
    onboarding: defineDialog({
      titleKey: 'dialog-title-onboarding',
      access: 'anyone',
      steps: ['consent', ...FORM_STEPS],
      schema: formSchema,
      onCommand: 'stay',
      onText: (turn, state, text) => {
        if (state.step === 'consent' || !hasPerson(turn)) turn.reply(turn.t('common-use-buttons'));
        else formText(turn, text, stepDone);
      },
      // Before consent nothing is stored yet and the person may leave; after it, the profile is finished first.
      cancel: (turn, state) => {
        if (state.step === 'consent' && !turn.person) return true;
        turn.reply(turn.t('cancel-onboarding'));
        return false;
      },
    }),
    profile: defineDialog({
      titleKey: 'dialog-title-profile',
      steps: FORM_STEPS,
      schema: formSchema,
      onText: (turn, _state, text) => formText(turn, text, stepDone),
    }),
    [INVITE_DIALOG]: defineDialog({
      titleKey: 'dialog-title-invite',
      access: ['curator'],
      steps: ['role', 'uses', 'days'],
      schema: inviteSchema,
      onText: (turn, _state, text) => inviteText(turn, text),
    }),
    import: defineDialog({
      titleKey: 'dialog-title-import',
      access: ['curator'],
      steps: ['file'],
      schema: z.looseObject({}),
      onText: (turn) => turn.reply(turn.t('import-how')),
      onFile: (turn, _state, file) => importFile(turn, file),
    }),
    find: defineDialog({
      titleKey: 'dialog-title-find',
      steps: ['query'],
      schema: z.looseObject({}),
      onCommand: 'close',
      onText: (turn, _state, text) => {
        turn.clearDialog();
        find(turn, text);
      },
    }),
  },
  onMessage: (turn) => {
    if (turn.incoming.kind === 'text') return strangerText(turn, turn.incoming.text);
    // A curator may simply send the staff list without /import first.
    if (turn.file && /\.csv$/i.test(turn.file.name ?? '') && allows(['curator'], turn.person)) {
      importFile(turn, turn.file);
      return true;
    }
    return false;
  },
};

function importFile(turn: Turn, file: ReceivedFile): void {
  if (!/\.csv$/i.test(file.name ?? '')) {
    turn.reply(turn.t('import-not-csv'));
    return;
  }
  if (!file.content) {
    turn.reply(turn.t('import-too-big'));
    return;
  }
  turn.clearDialog();
  importStaff(turn, file.content);
}

function askFind(turn: Turn): void {
  turn.setDialog('find', 'query', {});
  turn.reply(turn.t('find-ask'));
}
