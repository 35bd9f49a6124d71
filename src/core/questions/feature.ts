import { seedDemo } from './demo.js';
import { command } from '../kernel/feature.js';
import type { Feature } from '../kernel/feature.js';
import { defineDialog, onAction } from '../kernel/feature.js';
import { z } from 'zod';
import { aboutOne } from '../kernel/dialogs/schemas.js';
import {
  askAgainAction,
  askSendAction,
  assignPickAction,
  remindAction,
  reopenAction,
  selfTakeAction,
  undoCloseAction,
  askTopicAction,
  askTopicPageAction,
  assignAction,
  declineAction,
  focusAction,
  handOverAction,
  handToAction,
  handToQueueAction,
  rateAction,
  skipThanksAction,
  solvedAction,
  takeAction,
  withdrawAction,
  askPersonAction,
} from './actions.js';
import { ASK_DIALOG, askCommand, askPrompt, askSchema, askPersonButtons, onAskFile, onAskPerson, onAskText, onSend, onTopic, onTopicPage } from './asking.js';
import { onAssign, onDecline, onTake } from './claim.js';
import { closeQuestion, onRate, onReopen, onSkipThanks, onSolved, onThanksText, onUndoClose, onWithdraw } from './closing.js';
import { AFTER_CLOSE_DIALOG, afterCloseSchema, offerAfterClose, onAskAgain } from './after-close.js';
import { onAssignPick, onRemind, onSelfTake } from './curator-hand.js';
import { onSilentJob, SILENT_JOB } from './silence.js';
import { onConversationMessage, onFocus, PICK_DIALOG, pickSchema } from './conversation.js';
import { questionSettingsCommand, questionsOverview } from './curator-view.js';
import { onPersonDeactivated, onPersonUnreachable } from './departures.js';
import { onHandOver, onHandOverReason, onHandTo, onHandToQueue } from './handover.js';
import { IDLE_JOB, onIdleJob } from './idle.js';
import { myQuestions } from './my-questions.js';
import { pauseCommand, resumeCommand } from './pause.js';
import { exportQuestions, forgetQuestions } from './privacy.js';
import { onRouteJob, ROUTE_JOB } from './routing.js';
import { conversationsOf } from './question.js';
import { HOUR } from '../../clock.js';
import { questionsMentorWork } from './mentor-work.js';
import { questionsYearReport } from './year-report.js';

/** Situational mentoring: ask, route, claim, talk, close, rate, escalate. */
export const questionsFeature: Feature = {
  name: 'questions',
  demo: seedDemo,
  commands: [
    command({ name: 'ask', group: 'questions', access: 'member', descriptionKey: 'question-cmd-ask', menuKey: 'question-menu-ask', handle: askCommand }),
    command({ name: 'my_questions', group: 'questions', access: 'member', descriptionKey: 'question-cmd-mine', menuKey: 'question-menu-mine', handle: myQuestions }),
    command({ name: 'pause', group: 'questions', access: 'member', descriptionKey: 'question-cmd-pause', handle: pauseCommand }),
    command({ name: 'resume', group: 'questions', access: 'member', descriptionKey: 'question-cmd-resume', handle: resumeCommand }),
    command({ name: 'questions', group: 'questions', access: ['curator'], descriptionKey: 'question-cmd-overview', menuKey: 'question-menu-overview', handle: questionsOverview }),
    command({ name: 'question_settings', group: 'questions', access: ['curator'], descriptionKey: 'question-cmd-settings', handle: questionSettingsCommand }),
  ],
  actions: [
    onAction(askTopicAction, 'member', onTopic),
    onAction(askTopicPageAction, 'member', onTopicPage),
    onAction(askSendAction, 'member', onSend),
    onAction(takeAction, 'member', onTake),
    onAction(declineAction, 'member', onDecline),
    onAction(solvedAction, 'member', onSolved),
    onAction(rateAction, 'member', onRate),
    onAction(skipThanksAction, 'member', onSkipThanks),
    onAction(handOverAction, 'member', onHandOver),
    onAction(handToAction, 'member', onHandTo),
    onAction(handToQueueAction, 'member', onHandToQueue),
    onAction(assignAction, ['curator'], onAssign),
    onAction(focusAction, 'member', onFocus),
    onAction(withdrawAction, 'member', onWithdraw),
    onAction(undoCloseAction, 'member', onUndoClose),
    onAction(reopenAction, 'member', onReopen),
    onAction(askAgainAction, 'member', onAskAgain),
    onAction(askPersonAction, 'member', onAskPerson),
    onAction(selfTakeAction, ['curator'], onSelfTake),
    onAction(assignPickAction, ['curator'], onAssignPick),
    onAction(remindAction, ['curator'], onRemind),
  ],
  dialogs: {
    [ASK_DIALOG]: defineDialog({
      titleKey: 'dialog-title-question-ask',
      steps: ['text', 'topic', 'send'],
      schema: askSchema,
      onText: (turn, state, text) => onAskText(turn, state.step, state.data, text),
      onFile: (turn, state, file) => onAskFile(turn, state.step, file, state.data),
      prompt: (turn, state) => askPrompt(turn, state.step, state.data),
    }),
    'question-thanks': defineDialog({
      titleKey: 'dialog-title-question-thanks',
      steps: ['text'],
      schema: aboutOne('questionId'),
      onCommand: 'close',
      onText: (turn, state, text) => {
        // Thanks are taken right after the rating, and never from someone still in a conversation.
        if (turn.now - state.updatedAt > HOUR || (turn.person && conversationsOf(turn.deps.db, turn.person.id).length)) {
          turn.clearDialog();
          if (!onConversationMessage(turn) && !offerAfterClose(turn)) turn.reply(turn.t('common-dont-understand'));
          return;
        }
        onThanksText(turn, state.data, text);
      },
    }),
    'question-handover': defineDialog({
      titleKey: 'dialog-title-question-handover',
      steps: ['reason'],
      schema: z.looseObject({ questionId: z.number().int(), to: z.number().int().nullable().optional() }),
      onText: (turn, state, text) => onHandOverReason(turn, state.data, text),
    }),
    [AFTER_CLOSE_DIALOG]: defineDialog({
      titleKey: 'dialog-title-question-after-close',
      steps: ['choose'],
      schema: afterCloseSchema,
      onCommand: 'close',
      // More text while the offer is open: the offer is made again with the newest text.
      onText: (turn) => {
        turn.clearDialog();
        if (!onConversationMessage(turn) && !offerAfterClose(turn)) turn.reply(turn.t('common-dont-understand'));
      },
    }),
    [PICK_DIALOG]: defineDialog({
      titleKey: 'dialog-title-question-pick',
      steps: ['pick'],
      schema: pickSchema,
      onCommand: 'close',
    }),
  },
  onMessage: (turn) => onConversationMessage(turn) || offerAfterClose(turn),
  jobs: {
    [ROUTE_JOB]: (ctx, job) => onRouteJob(ctx, job.payload),
    [SILENT_JOB]: (ctx, job) => onSilentJob(ctx, job.payload),
    [IDLE_JOB]: (ctx, job) => onIdleJob(ctx, job.payload, (c, q) => closeQuestion(c, q, 'idle')),
  },
  privacy: { exportFor: exportQuestions, forget: forgetQuestions },
  personButtons: askPersonButtons,
  onDeactivated: onPersonDeactivated,
  onUnreachable: onPersonUnreachable,
  yearReport: questionsYearReport,
  mentorWork: questionsMentorWork,
};
