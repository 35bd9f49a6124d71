import { seedDemo } from './demo.js';
import { command } from '../kernel/feature.js';
import type { Feature } from '../kernel/feature.js';
import { onAction } from '../kernel/feature.js';
import {
  addItemAction,
  agreeAction,
  askOtherMentorAction,
  changeMentorAction,
  confirmAction,
  defaultTermAction,
  doneAction,
  endAction,
  endConfirmAction,
  menteesDoneAction,
  menteesPageAction,
  noCommentAction,
  pickKindAction,
  pickMenteeAction,
  pickMentorAction,
  pickTemplateAction,
  responsibleAction,
  returnAction,
  setMentorAction,
  showAction,
  templateAction,
  moveAction,
  moveAnswerAction,
  leaveAction,
  rateAction,
  editPlanAction,
  removeItemAction,
  extendAction,
  extendAnswerAction,
  agreementAction,
  consentDocAction,
  orderDocAction,
  programmeDocAction,
} from './actions.js';
import { onConsentDoc, onOrderDoc, onProgrammeDoc, programmeDocuments } from './document-menu.js';
import { editDialogs, onAgreement, onEditPlan, onExtend, onExtendAnswer, onRemoveItem } from './plan-edit.js';
import { changeDialogs, onMove, onMoveAnswer, onQuit, onRate } from './changes.js';
import {
  dialogs,
  newProgrammeCommand,
  onAddItem,
  onAgree,
  onConfirm,
  onDefaultTerm,
  onDone,
  onEnd,
  onEndConfirm,
  onMenteesDone,
  onMenteesPage,
  onNoComment,
  onPickKind,
  onPickMentee,
  onPickMentor,
  onPickTemplate,
  onResponsible,
  onReturn,
  onTemplate,
} from './flows.js';
import { onAskOtherMentor, onChangeMentor, onPersonDeactivated, onSetMentor } from './mentor-change.js';
import { planCommand, programmesCommand, showPlan } from './views.js';
import { digestJob, DIGEST_JOB, sweepJob, SWEEP_JOB } from './reminders.js';
import { exportProgrammes, forgetProgrammes } from './privacy.js';
import { programmeAudience, programmesReport } from './report.js';
import { consentAction, consentsCommand, labourDialogs, onGiveConsent, onPayBasis, onWithdrawNotice, payBasisAction, withdrawNoticeAction } from './consents-view.js';
import { NOTICE_JOB, noticeJob } from './notice.js';
import { exportLabour, forgetLabour } from './labour-privacy.js';
import { programmesMentorWork } from './mentor-work.js';

/** Personalised programmes: pairs and groups, plans with deadlines, reminders and escalation. */
export const programmesFeature: Feature = {
  name: 'programmes',
  demo: seedDemo,
  documents: programmeDocuments,
  commands: [
    command({ name: 'plan', group: 'programmes', access: 'member', descriptionKey: 'programmes-cmd-plan', menuKey: 'programmes-menu-plan', handle: planCommand }),
    command({ name: 'programmes', group: 'programmes', access: ['curator'], descriptionKey: 'programmes-cmd-programmes', menuKey: 'programmes-menu-programmes', handle: programmesCommand }),
    command({ name: 'new_programme', group: 'programmes', access: ['curator'], descriptionKey: 'programmes-cmd-new', handle: newProgrammeCommand }),
    command({ name: 'consents', group: 'programmes', access: ['curator'], descriptionKey: 'labour-cmd-consents', handle: consentsCommand }),
  ],
  actions: [
    onAction(orderDocAction, ['curator'], onOrderDoc),
    onAction(programmeDocAction, ['curator'], onProgrammeDoc),
    onAction(consentDocAction, ['curator'], onConsentDoc),
    onAction(showAction, 'member', (turn, [id]) => showPlan(turn, id)),
    onAction(doneAction, 'member', onDone),
    onAction(noCommentAction, 'member', onNoComment),
    onAction(confirmAction, 'member', onConfirm),
    onAction(returnAction, 'member', onReturn),
    onAction(addItemAction, 'member', onAddItem),
    onAction(responsibleAction, 'member', onResponsible),
    onAction(templateAction, 'member', onTemplate),
    onAction(agreeAction, 'member', onAgree),
    onAction(endAction, ['curator'], onEnd),
    onAction(endConfirmAction, ['curator'], onEndConfirm),
    onAction(pickMenteeAction, ['curator'], onPickMentee),
    onAction(menteesDoneAction, ['curator'], onMenteesDone),
    onAction(menteesPageAction, ['curator'], onMenteesPage),
    onAction(pickMentorAction, ['curator'], onPickMentor),
    onAction(pickKindAction, ['curator'], onPickKind),
    onAction(pickTemplateAction, ['curator'], onPickTemplate),
    onAction(defaultTermAction, ['curator'], onDefaultTerm),
    onAction(changeMentorAction, ['curator'], onChangeMentor),
    onAction(setMentorAction, ['curator'], onSetMentor),
    onAction(askOtherMentorAction, 'member', onAskOtherMentor),
    onAction(moveAction, 'member', onMove),
    onAction(moveAnswerAction, 'member', onMoveAnswer),
    onAction(leaveAction, 'member', onQuit),
    onAction(rateAction, 'member', onRate),
    onAction(editPlanAction, 'member', onEditPlan),
    onAction(removeItemAction, 'member', onRemoveItem),
    onAction(extendAction, 'member', onExtend),
    onAction(extendAnswerAction, 'member', onExtendAnswer),
    onAction(agreementAction, 'member', onAgreement),
    onAction(withdrawNoticeAction, 'member', onWithdrawNotice),
    onAction(payBasisAction, ['curator'], onPayBasis),
    onAction(consentAction, 'member', onGiveConsent),
  ],
  dialogs: { ...dialogs, ...changeDialogs, ...editDialogs, ...labourDialogs },
  jobs: { [SWEEP_JOB]: sweepJob, [DIGEST_JOB]: digestJob, [NOTICE_JOB]: noticeJob },
  privacy: {
    exportFor: (deps, personId) => ({ ...exportProgrammes(deps, personId), labour: exportLabour(deps, personId) }),
    forget: (deps, personId, now) => {
      forgetLabour(deps, personId);
      forgetProgrammes(deps, personId, now);
    },
  },
  onDeactivated: onPersonDeactivated,
  yearReport: programmesReport,
  mentorWork: programmesMentorWork,
  audiences: [programmeAudience],
};
