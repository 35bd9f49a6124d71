import { seedDemo } from './demo.js';
import { command } from '../kernel/feature.js';
import type { Feature } from '../kernel/feature.js';
import { defineDialog, onAction } from '../kernel/feature.js';
import { z } from 'zod';
import { curatorsOf } from '../kernel/persons/person.js';
import { sessionAudience } from './audience.js';
import {
  attendanceAction,
  calendarAction,
  cancelAskAction,
  cancelConfirmAction,
  joinAction,
  leaveAction,
  peopleAction,
  rateAction,
  showSessionAction,
} from './buttons.js';
import { FEEDBACK_DIALOG, onAttendance, onRate, onTakeawayText } from './feedback.js';
import { organisedUpcoming } from './session.js';
import { releasePerson } from './organising.js';
import { exportSessions, forgetSessions } from './privacy.js';
import { END_JOB, remind, REMIND_JOB, sendSummary, sessionEnded, SUMMARY_JOB } from './reminders.js';
import { sessionsReport } from './report.js';
import {
  comingAction,
  MESSAGE_DIALOG,
  messageAskAction,
  MOVE_DIALOG,
  moveAskAction,
  moveConfirmAction,
  onComing,
  onMessageAsk,
  onMessageText,
  onMoveAsk,
  onMoveConfirm,
  onMoveText,
} from './rescheduling.js';
import {
  DIALOG,
  formAudienceAction,
  formConfirmAction,
  formDurationAction,
  formHostAction,
  formInviteesDoneAction,
  formHostPickAction,
  formEditAction,
  formSkipAction,
  formPlaceAction,
  formText,
  formSchema,
  FORM_STEPS,
  formTopicAction,
  formTopicPageAction,
  formWhenAction,
  onAudience,
  onConfirm,
  onDuration,
  onHost,
  onInviteesDone,
  onHostPick,
  onEdit,
  onSkipDescription,
  onPlaceKind,
  onTopic,
  onTopicPage,
  onWhen,
  startForm,
} from './session-form.js';
import { sessionLabel } from './session-text.js';
import { sessionsMentorWork } from './mentor-work.js';
import {
  listUpcoming,
  mySessions,
  onCalendar,
  onCancelAsk,
  onCancelConfirm,
  onJoin,
  onLeave,
  onPeople,
  showCard,
} from './session-views.js';

/** Speed mentoring (скоростное наставничество): one-off sessions with seats, a waiting list, reminders and feedback. */
export const sessionsFeature: Feature = {
  name: 'sessions',
  demo: seedDemo,
  commands: [
    command({ name: 'session_new', group: 'sessions', access: ['curator', 'mentor'], descriptionKey: 'session-cmd-new', handle: startForm }),
    command({ name: 'sessions', group: 'sessions', access: 'member', descriptionKey: 'session-cmd-list', menuKey: 'session-menu', handle: listUpcoming }),
    command({ name: 'my_sessions', group: 'sessions', access: 'member', descriptionKey: 'session-cmd-mine', handle: mySessions }),
  ],
  actions: [
    onAction(showSessionAction, 'member', showCard),
    onAction(joinAction, 'member', onJoin),
    onAction(leaveAction, 'member', onLeave),
    onAction(peopleAction, 'member', onPeople),
    onAction(cancelAskAction, 'member', onCancelAsk),
    onAction(cancelConfirmAction, 'member', onCancelConfirm),
    onAction(rateAction, 'member', onRate),
    onAction(attendanceAction, 'member', onAttendance),
    onAction(calendarAction, 'member', onCalendar),
    onAction(moveAskAction, 'member', onMoveAsk),
    onAction(moveConfirmAction, 'member', onMoveConfirm),
    onAction(comingAction, 'member', onComing),
    onAction(messageAskAction, 'member', onMessageAsk),
    onAction(formTopicAction, ['curator', 'mentor'], onTopic),
    onAction(formTopicPageAction, ['curator', 'mentor'], onTopicPage),
    onAction(formWhenAction, ['curator', 'mentor'], onWhen),
    onAction(formDurationAction, ['curator', 'mentor'], onDuration),
    onAction(formPlaceAction, ['curator', 'mentor'], onPlaceKind),
    onAction(formAudienceAction, ['curator', 'mentor'], onAudience),
    onAction(formConfirmAction, ['curator', 'mentor'], onConfirm),
    onAction(formSkipAction, ['curator', 'mentor'], onSkipDescription),
    onAction(formHostAction, ['curator', 'mentor'], onHost),
    onAction(formInviteesDoneAction, ['curator', 'mentor'], onInviteesDone),
    onAction(formHostPickAction, ['curator', 'mentor'], onHostPick),
    onAction(formEditAction, ['curator', 'mentor'], onEdit),
  ],
  dialogs: {
    [DIALOG]: defineDialog({
      titleKey: 'dialog-title-session-new',
      steps: FORM_STEPS,
      schema: formSchema,
      onText: (turn, _state, text) => formText(turn, text),
    }),
    [MOVE_DIALOG]: defineDialog({
      titleKey: 'dialog-title-session-move',
      steps: ['when', 'confirm'],
      schema: z.looseObject({ sessionId: z.number().int(), startsAt: z.number().optional() }),
      onText: (turn, state, text) => onMoveText(turn, state.data.sessionId, text),
    }),
    [MESSAGE_DIALOG]: defineDialog({
      titleKey: 'dialog-title-session-message',
      steps: ['text'],
      schema: z.looseObject({ sessionId: z.number().int() }),
      onText: (turn, state, text) => onMessageText(turn, state.data.sessionId, text),
    }),
    [FEEDBACK_DIALOG]: defineDialog({
      titleKey: 'dialog-title-session-feedback',
      steps: ['takeaway'],
      schema: z.looseObject({ sessionId: z.number().int() }),
      onText: (turn, state, text) => onTakeawayText(turn, state.data.sessionId, text),
      onCommand: 'close',
    }),
  },
  jobs: { [REMIND_JOB]: remind, [END_JOB]: sessionEnded, [SUMMARY_JOB]: sendSummary },
  privacy: { exportFor: exportSessions, forget: forgetSessions },
  onDeactivated: (ctx, person) => releasePerson(ctx, person, 'deactivated'),
  onUnreachable: (ctx, person) => {
    releasePerson(ctx, person, 'unreachable');
    // A host nobody can reach: the curators must know before the session.
    const hosting = organisedUpcoming(ctx.deps.db, person.id, ctx.now);
    if (!hosting.length) return;
    for (const curator of curatorsOf(ctx.deps.db, ctx.org.id)) {
      if (curator.id === person.id) continue;
      ctx.notifier.toPerson(
        curator,
        (tx) => ({ text: tx.t('session-host-unreachable', { name: person.fullName, sessions: hosting.map((s) => sessionLabel(s, tx)).join('\n') }) }),
        { urgency: 'escalation', source: `session:${hosting[0]!.id}` },
      );
    }
  },
  yearReport: sessionsReport,
  mentorWork: sessionsMentorWork,
  audiences: [sessionAudience],
};
