import { plainIsoDate } from '../kernel/dates/spoken.js';
import type { DialogState } from '../kernel/dialogs/dialogs.js';
import { type MemberTurn, defineDialog, type Turn } from '../kernel/feature.js';
import { aboutOne } from '../kernel/dialogs/schemas.js';
import { NotAllowed, StaleButton, UserError } from '../kernel/errors.js';
import { isCurator } from '../kernel/persons/person.js';
import { moveAnswerAction } from './actions.js';
import { getItem, getItemEvent, getProgramme, latestItemEventId, MAX_NOTE, rateProgramme, recordEvent, setItemDeadline } from './programme.js';
import { isMember } from './progress.js';
import { dayStart, parseDeadline } from '../kernel/dates/days.js';
import { scheduleItemReminders, wakeSweep } from './reminders.js';
import { visibleProgramme } from './views.js';
import { deadlineWarning } from './deadline-days.js';
import { giveNotice } from './notice.js';

/**
 * Changes by agreement: one side proposes another deadline for an item and the other accepts
 * or declines (the history is kept as events); a member ends the programme early with a reason;
 * everyone rates the programme when it ends.
 */

export const MOVE_DIALOG = 'plan-move';
export const QUIT_DIALOG = 'programme-quit';


export function onMove(turn: MemberTurn, [itemId]: [number]): void {
  const item = getItem(turn.deps.db, itemId);
  const p = item ? getProgramme(turn.deps.db, item.programmeId) : null;
  if (!item || !p || p.organisationId !== turn.org.id || item.state === 'archived') throw new UserError('programmes-item-not-found');
  if (!isMember(p, turn.person.id) && !isCurator(turn.person)) throw new NotAllowed();
  if (p.status !== 'active') throw new UserError('programmes-not-running');
  if (item.state !== 'open') throw new UserError('programmes-item-not-open');
  turn.setDialog(MOVE_DIALOG, 'date', { itemId });
  turn.reply(turn.t('programmes-move-ask', { title: item.title, date: plainIsoDate(turn.tx.lang, item.dueOn, turn.now, turn.tx.zone), from: plainIsoDate(turn.tx.lang, p.startsOn, turn.now, turn.tx.zone), to: plainIsoDate(turn.tx.lang, p.endsOn, turn.now, turn.tx.zone) }));
}

function moveText(turn: MemberTurn, state: DialogState, text: string): void {
  const { db } = turn.deps;
  const item = getItem(db, Number(state.data.itemId));
  const p = item ? getProgramme(db, item.programmeId) : null;
  if (!item || !p || item.state !== 'open' || p.status !== 'active') throw new UserError('programmes-item-not-open');
  const dueOn = parseDeadline(text, turn.now, turn.org.timezone);
  if (dueOn < p.startsOn || dueOn > p.endsOn) throw new UserError('programmes-date-outside', { from: p.startsOn, to: p.endsOn });
  if (dueOn === item.dueOn) throw new UserError('programmes-move-same');
  turn.clearDialog();
  const actor = turn.person;
  if (!isMember(p, actor.id)) {
    // The curator moves a deadline on their own authority.
    applyMove(turn, item.id, dueOn);
    recordEvent(db, item.id, actor.id, 'move-accepted', dueOn, turn.now);
    turn.reply([deadlineWarning(db, turn.org.id, turn.tx, dueOn), turn.t('programmes-moved', { title: item.title, date: plainIsoDate(turn.tx.lang, dueOn, turn.now, turn.tx.zone) })].filter(Boolean).join('\n\n'));
    return;
  }
  recordEvent(db, item.id, actor.id, 'move-proposed', dueOn, turn.now);
  const eventId = latestItemEventId(db, item.id)!;
  const others = p.mentorId === actor.id ? p.menteeIds : [p.mentorId!];
  for (const id of others) {
    turn.notifier.toPerson(
      id,
      (tx) => ({
        text: tx.t('programmes-move-proposed', { name: actor.fullName, actorGender: actor.gender, title: item.title, old: plainIsoDate(tx.lang, item.dueOn, turn.now, tx.zone), date: plainIsoDate(tx.lang, dueOn, turn.now, tx.zone) }),
        buttons: [
          [
            { label: tx.t('programmes-button-accept'), action: moveAnswerAction.encode(eventId, 1), style: 'positive' },
            { label: tx.t('programmes-button-decline'), action: moveAnswerAction.encode(eventId, 0) },
          ],
        ],
      }),
      { urgency: 'ping', source: `programmes:item:${item.id}` },
    );
  }
  turn.reply([deadlineWarning(db, turn.org.id, turn.tx, dueOn), turn.t('programmes-move-sent')].filter(Boolean).join('\n\n'));
}

function applyMove(turn: Turn, itemId: number, dueOn: string): void {
  const { db } = turn.deps;
  // A new deadline: its reminders start over.
  setItemDeadline(db, itemId, dueOn, dayStart(dueOn, turn.org.timezone));
  const at = scheduleItemReminders(db, turn.org, getItem(db, itemId)!, turn.now);
  if (at !== null) wakeSweep(db, turn.org.id, at, turn.now);
}

export function onMoveAnswer(turn: MemberTurn, [eventId, yes]: [number, number]): void {
  const { db } = turn.deps;
  const event = getItemEvent(db, eventId);
  const item = event ? getItem(db, event.item_id) : null;
  const p = item ? getProgramme(db, item.programmeId) : null;
  if (!event || event.kind !== 'move-proposed' || !item || !p || p.organisationId !== turn.org.id || !event.note) throw new StaleButton();
  const actor = turn.person;
  if (!isMember(p, actor.id) || event.person_id === actor.id) throw new NotAllowed();
  const proposerIsMentor = event.person_id === p.mentorId;
  if (proposerIsMentor === (actor.id === p.mentorId)) throw new NotAllowed();
  if (latestItemEventId(db, item.id, 'move-') !== eventId || item.state !== 'open' || p.status !== 'active') throw new UserError('programmes-move-stale');
  const dueOn = event.note;
  if (yes === 1) {
    if (dueOn < p.startsOn || dueOn > p.endsOn) throw new UserError('programmes-move-stale');
    applyMove(turn, item.id, dueOn);
  }
  recordEvent(db, item.id, actor.id, yes === 1 ? 'move-accepted' : 'move-declined', dueOn, turn.now);
  const key = yes === 1 ? 'programmes-move-accepted' : 'programmes-move-declined';
  if (event.person_id !== null) {
    turn.notifier.toPerson(event.person_id, (tx) => ({ text: tx.t(key, { name: actor.fullName, actorGender: actor.gender, title: item.title, date: plainIsoDate(tx.lang, dueOn, turn.now, tx.zone) }) }), { urgency: 'ping' });
  }
  turn.reply(turn.t(yes === 1 ? 'programmes-moved' : 'programmes-move-you-declined', { title: item.title, date: plainIsoDate(turn.tx.lang, dueOn, turn.now, turn.tx.zone) }));
}

export function onQuit(turn: MemberTurn, [id]: [number]): void {
  const p = visibleProgramme(turn, id);
  if (!isMember(p, turn.person.id)) throw new NotAllowed();
  if (p.status !== 'active') throw new UserError('programmes-not-running');
  turn.setDialog(QUIT_DIALOG, 'reason', { programmeId: id });
  turn.reply(turn.t('programmes-quit-ask', { id }));
}

function quitText(turn: MemberTurn, state: DialogState, text: string): void {
  const id = Number(state.data.programmeId);
  const p = visibleProgramme(turn, id);
  if (!isMember(p, turn.person.id)) throw new NotAllowed();
  const reason = text.trim().slice(0, MAX_NOTE);
  if (!reason) throw new UserError('programmes-quit-ask', { id });
  // Three working days' notice (art. 351.8): the programme ends when it runs out, unless withdrawn.
  giveNotice(turn.deps, turn.notifier, turn.person, id, reason, turn.now);
  turn.clearDialog();
}

export function onRate(turn: MemberTurn, [id, score]: [number, number]): void {
  if (score < 1 || score > 5) throw new StaleButton();
  const { db } = turn.deps;
  const p = getProgramme(db, id);
  if (!p || p.organisationId !== turn.org.id || p.status !== 'ended') throw new StaleButton();
  if (!rateProgramme(db, id, turn.person.id, score)) throw new NotAllowed();
  turn.reply(turn.t('programmes-rated', { score }));
}

export const changeDialogs = {
  [MOVE_DIALOG]: defineDialog({ titleKey: 'dialog-title-plan-move', steps: ['date'], schema: aboutOne('itemId'), onText: moveText }),
  [QUIT_DIALOG]: defineDialog({ titleKey: 'dialog-title-programme-quit', steps: ['reason'], schema: aboutOne('programmeId'), onText: quitText }),
};
