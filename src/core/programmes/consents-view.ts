import { plainDate, plainIsoDate } from '../kernel/dates/spoken.js';
import type { DB } from '../../db/database.js';
import type { Button } from '../../messaging/types.js';
import type { Texts } from '../kernel/contact/texts.js';
import type { DialogState } from '../kernel/dialogs/dialogs.js';
import { type MemberTurn, defineDialog, type Turn } from '../kernel/feature.js';
import { aboutOne } from '../kernel/dialogs/schemas.js';
import { requireRole } from '../kernel/access.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { schoolYearOfDay } from '../kernel/calendar/school-holidays.js';
import { shortLabel } from '../../messaging/labels.js';
import { consentOf, recordConsent, setPayBasis } from './labour-record.js';
import { mentoringForm } from './mentoring-form.js';
import { consentAction, payBasisAction, withdrawNoticeAction } from './notice-actions.js';
import { runningNotice, withdrawNotice } from './notice.js';
import { getProgrammeInOrg, listProgrammes, type Programme } from './programme.js';
import { todayIn } from '../kernel/dates/days.js';
import { nameOf } from './views.js';

/**
 * The labour-law record as people see it: the mentor's confirmation of what they consented to,
 * `/consents` for the curator (each programme of the school year: the mentor's consent, its
 * terms, the pay basis, a running notice) with the pay basis entered in a short dialog, and
 * withdrawing a notice.
 */

export const PAY_DIALOG = 'labour-pay';
const MAX_LISTED = 30;

export function consentMessage(db: DB, tx: Texts, p: Programme): string {
  const c = p.mentorId === null ? null : consentOf(db, p.id, p.mentorId);
  return tx.t('labour-consent-recorded', {
    id: p.id,
    from: plainIsoDate(tx.lang, c?.startsOn ?? p.startsOn, Date.parse(p.startsOn), tx.zone),
    to: plainIsoDate(tx.lang, c?.endsOn ?? p.endsOn, Date.parse(p.startsOn), tx.zone),
    kind: tx.t(`programmes-kind-${p.kind}`),
    form: tx.t(`documents-form-${c?.form ?? mentoringForm(p)}`),
  });
}

function consentLine(turn: Turn, p: Programme): string {
  const { db } = turn.deps;
  const c = p.mentorId === null ? null : consentOf(db, p.id, p.mentorId);
  const head = turn.t('labour-consents-programme', { id: p.id, mentor: nameOf(db, p.mentorId), mentees: p.menteeIds.map((m) => nameOf(db, m)).join(', ') });
  const lines = [head];
  if (!c) lines.push(`   ${turn.t('labour-consents-none')}`);
  else {
    lines.push(
      `   ${turn.t('labour-consents-given', { date: plainDate(turn.tx.lang, c.agreedAt, turn.now, turn.tx.zone), from: plainIsoDate(turn.tx.lang, c.startsOn, turn.now, turn.tx.zone), to: plainIsoDate(turn.tx.lang, c.endsOn, turn.now, turn.tx.zone), form: turn.t(`documents-form-${c.form}`) })}`,
      `   ${c.payBasis ? turn.t('labour-consents-pay', { pay: c.payBasis }) : turn.t('labour-consents-no-pay')}`,
    );
  }
  const notice = runningNotice(db, p.id);
  if (notice) lines.push(`   ${turn.t('labour-consents-notice', { date: plainIsoDate(turn.tx.lang, notice.endsOn, turn.now, turn.tx.zone), side: turn.t(`labour-side-${notice.side}`) })}`);
  return lines.join('\n');
}

export function consentsCommand(turn: Turn): void {
  requireRole(turn.person, 'curator');
  const year = schoolYearOfDay(todayIn(turn.org.timezone, turn.now));
  const from = `${year}-09-01`;
  const to = `${year + 1}-08-31`;
  const programmes = listProgrammes(turn.deps.db, turn.org.id, ['proposed', 'active', 'ended'])
    .filter((p) => p.startsOn <= to && p.endsOn >= from)
    .reverse()
    .slice(0, MAX_LISTED);
  if (!programmes.length) {
    turn.reply(turn.t('labour-consents-empty'));
    return;
  }
  const buttons: Button[][] = [];
  for (const p of programmes) {
    if (p.mentorId !== null && consentOf(turn.deps.db, p.id, p.mentorId)) {
      buttons.push([{ label: shortLabel(turn.t('labour-button-pay', { id: p.id, mentor: nameOf(turn.deps.db, p.mentorId) })), action: payBasisAction.encode(p.id) }]);
    }
  }
  turn.reply({ text: [turn.t('labour-consents-title', { from: String(year), to: String(year + 1) }), ...programmes.map((p) => consentLine(turn, p))].join('\n\n'), buttons: buttons.slice(0, 20) });
}

export function onPayBasis(turn: Turn, [id]: [number]): void {
  requireRole(turn.person, 'curator');
  const p = getProgrammeInOrg(turn.deps.db, turn.org.id, id);
  if (!p || p.mentorId === null) throw new UserError('programmes-not-found');
  if (!consentOf(turn.deps.db, p.id, p.mentorId)) throw new UserError('labour-no-consent');
  turn.setDialog(PAY_DIALOG, 'text', { programmeId: id });
  turn.reply(turn.t('labour-pay-ask', { id, mentor: nameOf(turn.deps.db, p.mentorId) }));
}

function payText(turn: Turn, state: DialogState, text: string): void {
  requireRole(turn.person, 'curator');
  const p = getProgrammeInOrg(turn.deps.db, turn.org.id, Number(state.data.programmeId));
  if (!p || p.mentorId === null) throw new UserError('programmes-not-found');
  const c = setPayBasis(turn.deps.db, p.id, p.mentorId, text, turn.person.id, turn.now);
  turn.clearDialog();
  turn.reply(turn.t('labour-pay-saved', { id: p.id, pay: c.payBasis ?? '' }));
}

export function onWithdrawNotice(turn: MemberTurn, [id]: [number]): void {
  withdrawNotice(turn.deps, turn.notifier, turn.person, id, turn.now);
}

/** A mentor the curator put into a running programme consents in the chat (art. 351.8). */
export function onGiveConsent(turn: MemberTurn, [id]: [number]): void {
  const p = getProgrammeInOrg(turn.deps.db, turn.org.id, id);
  if (!p || p.mentorId !== turn.person.id || (p.status !== 'active' && p.status !== 'proposed')) throw new StaleButton();
  recordConsent(turn.deps.db, p, turn.person.id, turn.now);
  turn.reply(consentMessage(turn.deps.db, turn.tx, p));
}

export { withdrawNoticeAction, payBasisAction, consentAction };
export const labourDialogs = {
  [PAY_DIALOG]: defineDialog({ titleKey: 'dialog-title-labour-pay', steps: ['text'], schema: aboutOne('programmeId'), onText: payText }),
};
