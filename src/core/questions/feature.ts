import type { Feature } from '../kernel/feature.js';
import { defineDialog, onAction } from '../kernel/feature.js';
import { z } from 'zod';
import { aboutOne, fileRefSchema } from '../kernel/dialogs/schemas.js';
import {
  askSendAction,
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
} from './actions.js';
import { ASK_DIALOG, askCommand, askPrompt, askSchema, onAskFile, onAskText, onSend, onTopic, onTopicPage } from './asking.js';
import { onAssign, onDecline, onTake } from './claim.js';
import { closeQuestion, onRate, onSkipThanks, onSolved, onThanksText, onWithdraw } from './closing.js';
import { onConversationMessage, onFocus } from './conversation.js';
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
  commands: [
    { name: 'ask', group: 'questions', access: 'member', descriptionKey: 'question-cmd-ask', menuKey: 'question-menu-ask', handle: askCommand },
    { name: 'my_questions', group: 'questions', access: 'member', descriptionKey: 'question-cmd-mine', menuKey: 'question-menu-mine', handle: myQuestions },
    { name: 'pause', group: 'questions', access: 'member', descriptionKey: 'question-cmd-pause', handle: pauseCommand },
    { name: 'resume', group: 'questions', access: 'member', descriptionKey: 'question-cmd-resume', handle: resumeCommand },
    { name: 'questions', group: 'questions', access: ['curator'], descriptionKey: 'question-cmd-overview', menuKey: 'question-menu-overview', handle: questionsOverview },
    { name: 'question_settings', group: 'questions', access: ['curator'], descriptionKey: 'question-cmd-settings', handle: questionSettingsCommand },
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
  ],
  dialogs: {
    [ASK_DIALOG]: defineDialog({
      titleKey: 'dialog-title-question-ask',
      steps: ['text', 'topic', 'send'],
      schema: askSchema,
      onText: (turn, state, text) => onAskText(turn, state.step, state.data, text),
      onFile: (turn, state, file) => onAskFile(turn, state.step, file),
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
          if (!onConversationMessage(turn)) turn.reply(turn.t('common-dont-understand'));
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
    'question-pick': defineDialog({
      titleKey: 'dialog-title-question-pick',
      steps: ['pick'],
      schema: z.looseObject({ text: z.string(), file: fileRefSchema.nullable() }),
      onCommand: 'close',
    }),
  },
  onMessage: onConversationMessage,
  jobs: {
    [ROUTE_JOB]: (ctx, job) => onRouteJob(ctx, job.payload),
    [IDLE_JOB]: (ctx, job) => onIdleJob(ctx, job.payload, (c, q) => closeQuestion(c, q, 'idle')),
  },
  privacy: { exportFor: exportQuestions, forget: forgetQuestions },
  onDeactivated: onPersonDeactivated,
  onUnreachable: onPersonUnreachable,
  yearReport: questionsYearReport,
  mentorWork: questionsMentorWork,
};
