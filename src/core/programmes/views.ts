import { plainIsoDate } from '../kernel/dates/spoken.js';
import { commandButton } from '../kernel/menu.js';
import type { Button, OutgoingMessage } from '../../messaging/types.js';
import type { MemberTurn, Turn } from '../kernel/feature.js';
import type { Texts } from '../kernel/contact/texts.js';
import type { DB } from '../../db/database.js';
import { NotAllowed, UserError } from '../kernel/errors.js';
import { getPerson, isCurator, type Person } from '../kernel/persons/person.js';
import { addItemAction, agreeAction, agreementAction, askOtherMentorAction, editPlanAction, extendAction, leaveAction, moveAction, confirmAction, doneAction, endAction, returnAction, showAction, templateAction } from './actions.js';
import { countProgress, getProgrammeInOrg, itemsOf, listProgrammes, membersOf, progressOf, programmesOfPerson, type PlanItem, type Programme } from './programme.js';
import { canSee, mayReport } from './progress.js';
import { planTemplates } from './templates.js';
import { shortLabel, shortLabelIn } from '../../messaging/labels.js';

/** /plan for a member, /programmes for the curator: a plan with the state of each item, and progress. */

const ICONS = { done_on_time: '✅', done_late: '☑️', awaiting: '🕓', overdue: '⚠️', upcoming: '▫️' } as const;
const MAX_ITEM_LINES = 40;

export function nameOf(db: DB, id: number | null): string {
  return (id !== null && getPerson(db, id)?.fullName) || '—';
}

export function programmeSummary(db: DB, tx: Texts, p: Programme): string {
  return tx.t('programmes-plan-header', {
    id: p.id,
    kind: tx.t(`programmes-kind-${p.kind}`),
    mentor: nameOf(db, p.mentorId),
    mentees: p.menteeIds.map((id) => nameOf(db, id)).join(', '),
    // The year is said where it differs from the start's: «23 ноября — 31 мая 2027».
    from: plainIsoDate(tx.lang, p.startsOn, Date.parse(p.startsOn), tx.zone),
    to: plainIsoDate(tx.lang, p.endsOn, Date.parse(p.startsOn), tx.zone),
    status: tx.t(`programmes-status-${p.status}`),
  });
}

export function progressLine(tx: Texts, items: PlanItem[], now: number, zone: string): string {
  const c = countProgress(items, now, zone);
  return tx.t('programmes-progress', { onTime: c.done_on_time, late: c.done_late, awaiting: c.awaiting, overdue: c.overdue, upcoming: c.upcoming });
}

export function planMessage(db: DB, tx: Texts, p: Programme, viewer: Person, now: number, zone: string): OutgoingMessage {
  const items = itemsOf(db, p.id);
  const lines = [programmeSummary(db, tx, p)];
  if (p.agreement.text) lines.push(tx.t('programmes-agreement-line', { text: p.agreement.text }));
  lines.push(progressLine(tx, items, now, zone), '');
  if (!items.length) lines.push(tx.t('programmes-plan-empty'));
  items.slice(0, MAX_ITEM_LINES).forEach((item, i) => {
    const state = progressOf(item, now, zone);
    lines.push(
      tx.t('programmes-item-line', {
        icon: ICONS[state],
        n: i + 1,
        title: item.title,
        // The plan may be read later (sent with an invitation, scrolled back to): no «сегодня/завтра».
        date: tx.deadline(item.dueOn, now, { absolute: true }),
        responsible: tx.t(`programmes-resp-${item.responsible}`),
      }),
    );
    if (item.state === 'open' && item.remark) lines.push(`   ${tx.t('programmes-item-remark', { remark: item.remark })}`);
  });
  if (items.length > MAX_ITEM_LINES) lines.push(tx.t('programmes-remind-more', { count: items.length - MAX_ITEM_LINES }));
  // What each state icon means, right under the items that show them.
  if (items.length) lines.push('', tx.t('programmes-legend', ICONS));

  const buttons: Button[][] = [];
  const number = new Map(items.map((item, i) => [item.id, i + 1]));
  if (p.status === 'proposed') {
    const me = membersOf(db, p.id).find((m) => m.personId === viewer.id);
    if (me && me.confirmedAt === null) {
      buttons.push([
        { label: tx.t('programmes-button-agree'), action: agreeAction.encode(p.id, 1), style: 'positive' },
        { label: tx.t('programmes-button-decline'), action: agreeAction.encode(p.id, 0), style: 'negative' },
      ]);
    }
  }
  if (p.status === 'active') {
    const mine = items.filter((item) => item.state === 'open' && mayReport(item, p, viewer.id)).slice(0, 5);
    for (const item of mine) {
      buttons.push([
        { label: shortLabelIn((title) => tx.t('programmes-button-done', { title: `${number.get(item.id)}. ${title}` }), item.title), action: doneAction.encode(item.id) },
        { label: tx.t('programmes-button-move-item', { n: number.get(item.id)! }), action: moveAction.encode(item.id) },
      ]);
    }
    if (p.mentorId === viewer.id || isCurator(viewer)) {
      for (const item of items.filter((x) => x.state === 'reported').slice(0, 4)) {
        buttons.push([
          { label: tx.t('programmes-button-confirm-n', { n: number.get(item.id)! }), action: confirmAction.encode(item.id), style: 'positive' },
          { label: tx.t('programmes-button-return-n', { n: number.get(item.id)! }), action: returnAction.encode(item.id) },
        ]);
      }
    }
  }
  const running = p.status === 'active' || p.status === 'proposed';
  if (running && (p.mentorId === viewer.id || isCurator(viewer))) {
    buttons.push([
      { label: tx.t('programmes-button-add'), action: addItemAction.encode(p.id) },
      ...(items.length ? [{ label: tx.t('programmes-button-edit'), action: editPlanAction.encode(p.id) }] : []),
    ]);
    if (!items.length) {
      for (const t of planTemplates()) buttons.push([{ label: shortLabel(`📋 ${t.title[tx.lang]}`), action: templateAction.encode(p.id, t.code) }]);
    }
  }
  if (running) buttons.push([{ label: tx.t('programmes-button-agreement'), action: agreementAction.encode(p.id) }]);
  if (p.status === 'active' && (p.menteeIds.includes(viewer.id) || p.mentorId === viewer.id)) {
    buttons.push([
      { label: tx.t('programmes-button-extend'), action: extendAction.encode(p.id) },
      { label: tx.t('programmes-button-quit'), action: leaveAction.encode(p.id) },
    ]);
  }
  if (running && p.menteeIds.includes(viewer.id)) buttons.push([{ label: tx.t('programmes-button-other-mentor'), action: askOtherMentorAction.encode(p.id) }]);
  if (running && isCurator(viewer)) buttons.push([{ label: tx.t('programmes-button-end'), action: endAction.encode(p.id), style: 'negative' }]);
  return { text: lines.join('\n'), buttons };
}

/** The programme, if this person may see it. */
export function visibleProgramme(turn: MemberTurn, id: number): Programme {
  const p = getProgrammeInOrg(turn.deps.db, turn.org.id, id);
  if (!p) throw new UserError('programmes-not-found');
  if (!canSee(p, turn.person)) throw new NotAllowed();
  return p;
}

export function showPlan(turn: MemberTurn, id: number): void {
  const p = visibleProgramme(turn, id);
  turn.reply(planMessage(turn.deps.db, turn.tx, p, turn.person, turn.now, turn.org.timezone));
}

/** /plan: the person's programme (or a choice among several). */
export function planCommand(turn: MemberTurn): void {
  const mine = programmesOfPerson(turn.deps.db, turn.person.id);
  if (mine.length === 1) return showPlan(turn, mine[0]!.id);
  if (!mine.length) {
    turn.reply(turn.t(isCurator(turn.person) ? 'programmes-none-curator' : 'programmes-none'));
    return;
  }
  turn.reply({
    text: turn.t('programmes-choose'),
    buttons: mine.map((p) => [{ label: shortLabel(`№${p.id} ${turn.t(`programmes-kind-${p.kind}`)}: ${nameOf(turn.deps.db, p.mentorId)}`), action: showAction.encode(p.id) }]),
  });
}

/** /programmes for the curator: every running programme with its progress. */
export function programmesCommand(turn: Turn): void {
  const { db } = turn.deps;
  const list = listProgrammes(db, turn.org.id, ['proposed', 'active']);
  const create = commandButton(turn, 'menu-run-programme-new', 'new_programme');
  if (!list.length) {
    turn.reply({ text: turn.t('programmes-list-empty'), buttons: create.length ? [create] : [] });
    return;
  }
  const lines = [turn.t('programmes-list-title', { count: list.length })];
  for (const p of list) {
    lines.push('', programmeSummary(db, turn.tx, p), progressLine(turn.tx, itemsOf(db, p.id), turn.now, turn.org.timezone));
  }
  turn.reply({
    text: lines.join('\n'),
    buttons: [...list.slice(0, 30).map((p) => [{ label: turn.t('programmes-button-open', { id: p.id, mentor: nameOf(db, p.mentorId) }).slice(0, 60), action: showAction.encode(p.id) }]), ...(create.length ? [create] : [])],
  });
}
