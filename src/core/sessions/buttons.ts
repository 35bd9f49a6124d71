import { defineAction } from '../../messaging/actions.js';
import type { Button } from '../../messaging/types.js';
import type { Texts } from '../kernel/contact/texts.js';

/** The buttons of speed-mentoring sessions: every payload names a session; the core re-checks it. */

export const showSessionAction = defineAction('ses.show', ['int']);
export const joinAction = defineAction('ses.join', ['int']);
export const leaveAction = defineAction('ses.leave', ['int']);
export const peopleAction = defineAction('ses.people', ['int']);
export const cancelAskAction = defineAction('ses.cancel', ['int']);
export const cancelConfirmAction = defineAction('ses.cancelok', ['int']);
export const rateAction = defineAction('ses.rate', ['int', 'int']);
export const attendanceAction = defineAction('ses.att', ['int', 'int']);
export const calendarAction = defineAction('ses.ics', ['int']);

export const joinButton = (tx: Texts, sessionId: number): Button => ({ label: tx.t('session-join'), action: joinAction.encode(sessionId), style: 'positive' });
export const leaveButton = (tx: Texts, sessionId: number): Button => ({ label: tx.t('session-leave'), action: leaveAction.encode(sessionId), style: 'negative' });
