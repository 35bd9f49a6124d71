import type { Button } from '../../messaging/types.js';
import type { DialogState } from '../kernel/dialogs/dialogs.js';
import { defineDialog, type Turn } from '../kernel/feature.js';
import { aboutOne } from '../kernel/dialogs/schemas.js';
import { NotAllowed, UserError } from '../kernel/errors.js';
import { isCurator } from '../kernel/persons/person.js';
import { extendAction, extendAnswerAction, removeItemAction } from './actions.js';
import { getItem, getProgramme, itemsOf, MAX_NOTE, recordEvent, type Programme } from './programme.js';
import { isMember } from './progress.js';
import { parseDeadline, showDate } from '../kernel/dates/days.js';
import { stopItemReminders } from './reminders.js';
import { visibleProgramme } from './views.js';

/**
 * Changing a plan: the mentor or the curator removes an item (one with history is archived, not
 * deleted); the programme is extended by the curator, or by its members together (one proposes,
 * the other accepts).
 */

export const EXTEND_DIALOG = 'programme-extend';
export const AGREEMENT_DIALOG = 'programme-agreement';

/** A member (or the curator) writes down the pair's agreement: when and how they keep in touch, meetings, confidentiality. */
export function onAgreement(turn: Turn, [id]: [number]): void {
  const p = visibleProgramme(turn, id);
  if (p.status !== 'active' && p.status !== 'proposed') throw new UserError('programmes-not-running');
  turn.setDialog(AGREEMENT_DIALOG, 'text', { programmeId: id });
  turn.reply(turn.t('programmes-agreement-ask', { id }));
}

function agreementText(turn: Turn, state: DialogState, text: string): void {
  const p = visibleProgramme(turn, Number(state.data.programmeId));
  const note = text.trim().slice(0, MAX_NOTE);
  if (!note) throw new UserError('programmes-remark-empty');
  const agreement = { text: note, by: turn.person!.fullName, at: new Date(turn.now).toISOString() };
  turn.deps.db.prepare('UPDATE programmes SET agreement = ? WHERE id = ?').run(JSON.stringify(agreement), p.id);
  turn.deps.db.prepare('INSERT INTO programme_events (programme_id, person_id, kind, note, at) VALUES (?, ?, ?, ?, ?)').run(p.id, turn.person!.id, 'agreement', null, turn.now);
  turn.clearDialog();
  for (const id of [p.mentorId, ...p.menteeIds]) {
    if (id === null || id === turn.person!.id) continue;
    turn.notifier.toPerson(id, (tx) => ({ text: tx.t('programmes-agreement-changed', { id: p.id, name: turn.person!.fullName, actorGender: turn.person!.gender, text: note }) }), { urgency: 'ping' });
  }
  turn.reply(turn.t('programmes-agreement-saved'));
}

function editor(turn: Turn, p: Programme): void {
  if (p.mentorId !== turn.person!.id && !isCurator(turn.person)) throw new NotAllowed();
  if (p.status !== 'active' && p.status !== 'proposed') throw new UserError('programmes-not-running');
}

export function onEditPlan(turn: Turn, [id]: [number]): void {
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

export function onRemoveItem(turn: Turn, [itemId]: [number]): void {
  const { db } = turn.deps;
  const item = getItem(db, itemId);
  const p = item ? getProgramme(db, item.programmeId) : null;
  if (!item || !p || p.organisationId !== turn.org.id || item.state === 'archived') throw new UserError('programmes-item-not-found');
  editor(turn, p);
  if (item.state === 'done') throw new UserError('programmes-item-not-open');
  const history = db.prepare('SELECT 1 FROM plan_item_events WHERE item_id = ? LIMIT 1').get(item.id);
  if (history || item.state !== 'open') {
    db.prepare(`UPDATE plan_items SET state = 'archived', remind_at = NULL WHERE id = ?`).run(item.id);
    recordEvent(db, item.id, turn.person!.id, 'archived', null, turn.now);
    turn.reply(turn.t('programmes-item-archived', { title: item.title }));
  } else {
    stopItemReminders(db, item.id);
    db.prepare('DELETE FROM plan_items WHERE id = ?').run(item.id);
    turn.reply(turn.t('programmes-item-removed', { title: item.title }));
  }
}

export function onExtend(turn: Turn, [id]: [number]): void {
  const p = visibleProgramme(turn, id);
  if (!isMember(p, turn.person!.id) && !isCurator(turn.person)) throw new NotAllowed();
  if (p.status !== 'active') throw new UserError('programmes-not-running');
  turn.setDialog(EXTEND_DIALOG, 'date', { programmeId: id });
  turn.reply(turn.t('programmes-extend-ask', { id, to: showDate(p.endsOn) }));
}

function extendText(turn: Turn, state: DialogState, text: string): void {
  const { db } = turn.deps;
  const p = visibleProgramme(turn, Number(state.data.programmeId));
  if (p.status !== 'active') throw new UserError('programmes-not-running');
  const endsOn = parseDeadline(text, turn.now, turn.org.timezone);
  if (endsOn <= p.endsOn) throw new UserError('programmes-extend-not-later', { to: showDate(p.endsOn) });
  turn.clearDialog();
  const actor = turn.person!;
  if (!isMember(p, actor.id)) {
    db.prepare('UPDATE programmes SET ends_on = ? WHERE id = ?').run(endsOn, p.id);
    db.prepare('INSERT INTO programme_events (programme_id, person_id, kind, note, at) VALUES (?, ?, ?, ?, ?)').run(p.id, actor.id, 'extended', endsOn, turn.now);
    for (const id of [p.mentorId, ...p.menteeIds]) {
      if (id !== null) turn.notifier.toPerson(id, (tx) => ({ text: tx.t('programmes-extended', { id: p.id, to: showDate(endsOn) }) }), { urgency: 'ping' });
    }
    turn.reply(turn.t('programmes-extended', { id: p.id, to: showDate(endsOn) }));
    return;
  }
  const info = db.prepare('INSERT INTO programme_events (programme_id, person_id, kind, note, at) VALUES (?, ?, ?, ?, ?)').run(p.id, actor.id, 'extend-proposed', endsOn, turn.now);
  const eventId = Number(info.lastInsertRowid);
  const others = p.mentorId === actor.id ? p.menteeIds : [p.mentorId!];
  for (const id of others) {
    turn.notifier.toPerson(
      id,
      (tx) => ({
        text: tx.t('programmes-extend-proposed', { name: actor.fullName, actorGender: actor.gender, id: p.id, to: showDate(endsOn) }),
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

export function onExtendAnswer(turn: Turn, [eventId, yes]: [number, number]): void {
  const { db } = turn.deps;
  const event = db.prepare('SELECT programme_id, person_id, kind, note FROM programme_events WHERE id = ?').get(eventId) as
    | { programme_id: number; person_id: number | null; kind: string; note: string | null }
    | undefined;
  const p = event ? getProgramme(db, event.programme_id) : null;
  if (!event || !p || event.kind !== 'extend-proposed' || !event.note || p.organisationId !== turn.org.id) throw new UserError('common-stale-button');
  const actor = turn.person!;
  if (!isMember(p, actor.id) || event.person_id === actor.id || (event.person_id === p.mentorId) === (actor.id === p.mentorId)) throw new NotAllowed();
  const latest = db.prepare(`SELECT MAX(id) AS id FROM programme_events WHERE programme_id = ?`).get(p.id) as { id: number };
  if (latest.id !== eventId || p.status !== 'active' || event.note <= p.endsOn) throw new UserError('programmes-move-stale');
  if (yes === 1) db.prepare('UPDATE programmes SET ends_on = ? WHERE id = ?').run(event.note, p.id);
  db.prepare('INSERT INTO programme_events (programme_id, person_id, kind, note, at) VALUES (?, ?, ?, ?, ?)').run(p.id, actor.id, yes === 1 ? 'extend-accepted' : 'extend-declined', event.note, turn.now);
  const to = showDate(event.note);
  if (event.person_id !== null) {
    turn.notifier.toPerson(event.person_id, (tx) => ({ text: tx.t(yes === 1 ? 'programmes-extended' : 'programmes-extend-declined', { id: p.id, to, name: actor.fullName, actorGender: actor.gender }) }), {
      urgency: 'ping',
    });
  }
  turn.reply(turn.t(yes === 1 ? 'programmes-extended' : 'programmes-extend-you-declined', { id: p.id, to }));
}

export const editDialogs = {
  [EXTEND_DIALOG]: defineDialog({ titleKey: 'dialog-title-programme-extend', steps: ['date'], schema: aboutOne('programmeId'), onText: extendText }),
  [AGREEMENT_DIALOG]: defineDialog({ titleKey: 'dialog-title-programme-agreement', steps: ['text'], schema: aboutOne('programmeId'), onText: agreementText }),
};
