import { defineAction } from '../../messaging/actions.js';

/** Every button of situational mentoring; payloads name a question, the core checks the rest. */
export const takeAction = defineAction('q.take', ['int']);
export const declineAction = defineAction('q.decline', ['int']);
export const solvedAction = defineAction('q.solved', ['int']);
export const rateAction = defineAction('q.rate', ['int', 'int']);
export const skipThanksAction = defineAction('q.nothanks', ['int']);
export const handOverAction = defineAction('q.hand', ['int']);
export const handToAction = defineAction('q.handto', ['int', 'int']);
export const handToQueueAction = defineAction('q.handq', ['int']);
export const assignAction = defineAction('q.assign', ['int', 'int']);
export const focusAction = defineAction('q.focus', ['int']);
export const askTopicAction = defineAction('q.topic', ['int']);
export const askTopicPageAction = defineAction('q.tpage', ['int']);
export const askSendAction = defineAction('q.send', ['int']);
export const withdrawAction = defineAction('q.withdraw', ['int']);
export const reopenAction = defineAction('q.reopen', ['int']);
export const undoCloseAction = defineAction('q.undo', ['int']);
export const askAgainAction = defineAction('q.again', ['int']);
export const selfTakeAction = defineAction('q.self', ['int']);
export const assignPickAction = defineAction('q.assignp', ['int']);
export const remindAction = defineAction('q.remind', ['int']);
export const askPersonAction = defineAction('q.askto', ['int']);
