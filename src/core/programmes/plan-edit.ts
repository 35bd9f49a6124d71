import { plainIsoDate } from '../kernel/dates/spoken.js';
import type { Button } from '../../messaging/types.js';
import type { DialogState } from '../kernel/dialogs/dialogs.js';
import { type MemberTurn, defineDialog, type Turn } from '../kernel/feature.js';
import { aboutOne } from '../kernel/dialogs/schemas.js';
import { NotAllowed, StaleButton, UserError } from '../kernel/errors.js';
import { isCurator } from '../kernel/persons/person.js';
import { extendAction, extendAnswerAction, removeItemAction } from './actions.js';
import {
  getItem,
  getProgramme,
  getProgrammeEvent,
  itemsOf,
  latestProgrammeEventId,
  MAX_NOTE,
  recordEvent,
  recordProgrammeEvent,
  removeItem,
  setAgreement,
  setEndsOn,
  stopItemReminders,
  type Programme,
} from './programme.js';
import { isMember } from './progress.js';
import { parseDeadline } from '../kernel/dates/days.js';
import { visibleProgramme } from './views.js';

/**
 * Changing a plan: the mentor or the curator removes an item (one with history is archived, not
 * deleted); the programme is extended by the curator, or by its members together (one proposes,
 * the other accepts).
 */

export const EXTEND_DIALOG = 'programme-extend';
export const AGREEMENT_DIALOG = 'programme-agreement';

/** A member (or the curator) writes down the pair's agreement: when and how they keep in touch, meetings, confidentiality. */
export function onAgreement(turn: MemberTurn, [id]: [number]): void {
  const p = visibleProgramme(turn, id);
  if (p.status !== 'active' && p.status !== 'proposed') throw new UserError('programmes-not-running');
  turn.setDialog(AGREEMENT_DIALOG, 'text', { programmeId: id });
  turn.reply(turn.t('programmes-agreement-ask', { id }));
}

function agreementText(turn: MemberTurn, state: DialogState, text: string): void {
  const p = visibleProgramme(turn, Number(state.data.programmeId));
  const note = text.trim().slice(0, MAX_NOTE);
  if (!note) throw new UserError('programmes-remark-empty');
  const agreement = { text: note, by: turn.person.fullName, at: new Date(turn.now).toISOString() };
  setAgreement(turn.deps.db, p.id, agreement);
  recordProgrammeEvent(turn.deps.db, p.id, turn.person.id, 'agreement', null, turn.now);
  turn.clearDialog();
  for (const id of [p.mentorId, ...p.menteeIds]) {
    if (id === null || id === turn.person.id) continue;
    turn.notifier.toPerson(id, (tx) => ({ text: tx.t('programmes-agreement-changed', { id: p.id, name: turn.person.fullName, actorGender: turn.person.gender, text: note }) }), { urgency: 'ping' });
  }
  turn.reply(turn.t('programmes-agreement-saved'));
}

function editor(turn: MemberTurn, p: Programme): void {
  if (p.mentorId !== turn.person.id && !isCurator(turn.person)) throw new NotAllowed();
  if (p.status !== 'active' && p.status !== 'proposed') throw new UserError('programmes-not-running');
}

export function onEditPlan(turn: MemberTurn, [id]: [number]): void {
  const p = visibleProgramme(turn, id);
  editor(turn, p);
  const items = itemsOf(turn.deps.db, id);
  const buttons: Button[][] = [];
  const row: Button[] = [];
  items.forEach((item, i) => {
    if (item.state === 'done') return;
    row.push({ label: turn.t('programmes-button-remove-n', { n: i + 1 }), action: removeItemAction.encode(item.id) });
  });
  for (let i = 0; i < row.length && i < 40; i += 4) buttons.push(row.slice(i, i + 4));
  buttons.push([{ label: turn.t('programmes-button-extend'), action: extendAction.encode(id) }]);
  turn.reply({ text: turn.t('programmes-edit-title', { id }), buttons });
}

export function onRemoveItem(turn: MemberTurn, [itemId]: [number]): void {
  const { db } = turn.deps;
  const item = getItem(db, itemId);
  const p = item ? getProgramme(db, item.programmeId) : null;
  if (!item || !p || p.organisationId !== turn.org.id || item.state === 'archived') throw new UserError('programmes-item-not-found');
  editor(turn, p);
  if (item.state === 'done') throw new UserError('programmes-item-not-open');
  stopItemReminders(db, item.id);
  if (removeItem(db, item.id, item.state === 'open')) {
    recordEvent(db, item.id, turn.person.id, 'archived', null, turn.now);
    turn.reply(turn.t('programmes-item-archived', { title: item.title }));
  } else {
    turn.reply(turn.t('programmes-item-removed', { title: item.title }));
  }
}

export function onExtend(turn: MemberTurn, [id]: [number]): void {
  const p = visibleProgramme(turn, id);
  if (!isMember(p, turn.person.id) && !isCurator(turn.person)) throw new NotAllowed();
  if (p.status !== 'active') throw new UserError('programmes-not-running');
  turn.setDialog(EXTEND_DIALOG, 'date', { programmeId: id });
  turn.reply(turn.t('programmes-extend-ask', { id, to: plainIsoDate(turn.tx.lang, p.endsOn, turn.now, turn.tx.zone) }));
}

function extendText(turn: MemberTurn, state: DialogState, text: string): void {
  const { db } = turn.deps;
  const p = visibleProgramme(turn, Number(state.data.programmeId));
  if (p.status !== 'active') throw new UserError('programmes-not-running');
  const endsOn = parseDeadline(text, turn.now, turn.org.timezone);
  if (endsOn <= p.endsOn) throw new UserError('programmes-extend-not-later', { to: plainIsoDate(turn.tx.lang, p.endsOn, turn.now, turn.tx.zone) });
  turn.clearDialog();
  const actor = turn.person;
  if (!isMember(p, actor.id)) {
    setEndsOn(db, p.id, endsOn);
    recordProgrammeEvent(db, p.id, actor.id, 'extended', endsOn, turn.now);
    for (const id of [p.mentorId, ...p.menteeIds]) {
      if (id !== null) turn.notifier.toPerson(id, (tx) => ({ text: tx.t('programmes-extended', { id: p.id, to: plainIsoDate(tx.lang, endsOn, turn.now, tx.zone) }) }), { urgency: 'ping' });
    }
    turn.reply(turn.t('programmes-extended', { id: p.id, to: plainIsoDate(turn.tx.lang, endsOn, turn.now, turn.tx.zone) }));
    return;
  }
  const eventId = recordProgrammeEvent(db, p.id, actor.id, 'extend-proposed', endsOn, turn.now);
  const others = p.mentorId === actor.id ? p.menteeIds : [p.mentorId!];
  for (const id of others) {
    turn.notifier.toPerson(
      id,
      (tx) => ({
        text: tx.t('programmes-extend-proposed', { name: actor.fullName, actorGender: actor.gender, id: p.id, to: plainIsoDate(tx.lang, endsOn, turn.now, tx.zone) }),
        buttons: [
          [
            { label: tx.t('programmes-button-accept'), action: extendAnswerAction.encode(eventId, 1), style: 'positive' },
            { label: tx.t('programmes-button-decline'), action: extendAnswerAction.encode(eventId, 0) },
          ],
        ],
      }),
      { urgency: 'ping', source: `programmes:${p.id}` },
    );
  }
  turn.reply(turn.t('programmes-extend-sent'));
}

export function onExtendAnswer(turn: MemberTurn, [eventId, yes]: [number, number]): void {
  const { db } = turn.deps;
  const event = getProgrammeEvent(db, eventId);
  const p = event ? getProgramme(db, event.programmeId) : null;
  if (!event || !p || event.kind !== 'extend-proposed' || !event.note || p.organisationId !== turn.org.id) throw new StaleButton();
  const actor = turn.person;
  if (!isMember(p, actor.id) || event.personId === actor.id || (event.personId === p.mentorId) === (actor.id === p.mentorId)) throw new NotAllowed();
  if (latestProgrammeEventId(db, p.id) !== eventId || p.status !== 'active' || event.note <= p.endsOn) throw new UserError('programmes-move-stale');
  if (yes === 1) setEndsOn(db, p.id, event.note);
  recordProgrammeEvent(db, p.id, actor.id, yes === 1 ? 'extend-accepted' : 'extend-declined', event.note, turn.now);
  const to = plainIsoDate(turn.tx.lang, event.note, turn.now, turn.tx.zone);
  if (event.personId !== null) {
    turn.notifier.toPerson(event.personId, (tx) => ({ text: tx.t(yes === 1 ? 'programmes-extended' : 'programmes-extend-declined', { id: p.id, to: plainIsoDate(tx.lang, event.note!, turn.now, tx.zone), name: actor.fullName, actorGender: actor.gender }) }), {
      urgency: 'ping',
    });
  }
  turn.reply(turn.t(yes === 1 ? 'programmes-extended' : 'programmes-extend-you-declined', { id: p.id, to }));
}

export const editDialogs = {
  [EXTEND_DIALOG]: defineDialog({ titleKey: 'dialog-title-programme-extend', steps: ['date'], schema: aboutOne('programmeId'), onText: extendText }),
  [AGREEMENT_DIALOG]: defineDialog({ titleKey: 'dialog-title-programme-agreement', steps: ['text'], schema: aboutOne('programmeId'), onText: agreementText }),
};
