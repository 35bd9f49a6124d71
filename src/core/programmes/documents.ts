import type { DB } from '../../db/database.js';
import type { Texts } from '../kernel/contact/texts.js';
import type { Organisation } from '../kernel/organisation/organisation.js';
import { curatorsOf, getPerson } from '../kernel/persons/person.js';
import { getProgramme, itemsOf, membersOf, progressOf, type PlanItem, type Programme } from './programme.js';
import { mentoringForm } from './mentoring-form.js';
import { showDate } from '../kernel/dates/days.js';
import { blank, heading, pageBreak, para, table, type Block, type DocModel } from '../kernel/documents/model.js';

/**
 * The documents of programmes: the order assigning mentors (a draft for the head to sign), one
 * personalised programme with its plan and what was done, and the mentor's consent with a draft
 * addendum to the employment contract. Built from a snapshot inside the update's transaction.
 */

/** What the labour-law record adds to a consent (filled in when the mentor agreed in the chat). */
export interface ConsentFacts {
  agreedAt: number | null;
  payBasis: string | null;
}

export type ConsentLookup = (db: DB, programmeId: number, mentorId: number) => ConsentFacts | null;

function who(db: DB, id: number | null): { name: string; position: string } {
  const p = id === null ? null : getPerson(db, id);
  return { name: p?.fullName || '—', position: p?.position || '' };
}

const withPosition = (x: { name: string; position: string }) => (x.position ? `${x.name}, ${x.position}` : x.name);

function consentDate(db: DB, tx: Texts, p: Programme, lookup?: ConsentLookup): string {
  if (p.mentorId === null) return '—';
  const recorded = lookup?.(db, p.id, p.mentorId);
  const at = recorded?.agreedAt ?? membersOf(db, p.id).find((m) => m.personId === p.mentorId)?.confirmedAt ?? null;
  return at === null ? tx.t('documents-not-yet') : tx.date(at);
}

export function orderDocument(db: DB, tx: Texts, org: Organisation, programmes: Programme[], schoolYear: number, lookup?: ConsentLookup): DocModel {
  const curators = [...new Set(programmes.map((p) => p.curatorId).filter((id): id is number => id !== null))].map((id) => who(db, id).name);
  const curatorText = curators.length ? curators.join(', ') : curatorsOf(db, org.id).map((c) => c.fullName).join(', ') || '__________';
  const years = { from: String(schoolYear), to: String(schoolYear + 1) };
  const rows = programmes.map((p, i) => [
    i + 1,
    withPosition(who(db, p.mentorId)),
    p.menteeIds.map((m) => withPosition(who(db, m))).join('; '),
    tx.t(`programmes-kind-${p.kind}`),
    tx.t(`documents-form-${mentoringForm(p)}`),
    `${showDate(p.startsOn)} – ${showDate(p.endsOn)}`,
    consentDate(db, tx, p, lookup),
  ]);
  const blocks: Block[] = [
    para(tx.t('documents-draft'), { align: 'right', italic: true }),
    heading(tx.t('documents-order-heading'), 1),
    para(tx.t('documents-order-number'), { align: 'center' }),
    para(tx.t('documents-order-subject'), { bold: true }),
    para(tx.t('documents-order-preamble', { org: org.name }), { align: 'justify' }),
    para(tx.t('documents-order-command'), { bold: true }),
    para(tx.t('documents-order-point-assign', years), { align: 'justify' }),
    table(tx.t('documents-order-columns').split('|'), rows),
    para(tx.t('documents-order-point-curator', { curator: curatorText }), { align: 'justify' }),
    para(tx.t('documents-order-point-programmes'), { align: 'justify' }),
    para(tx.t('documents-order-point-control'), { align: 'justify' }),
    blank(tx.t('documents-sign-head')),
    para(tx.t('documents-order-acquainted'), { bold: true }),
    table(
      tx.t('documents-acquainted-columns').split('|'),
      [...new Set(programmes.flatMap((p) => [p.mentorId, ...p.menteeIds]).filter((id): id is number => id !== null))].map((id) => [who(db, id).name, '', '']),
    ),
  ];
  return { title: tx.t('documents-order-title', years), organisation: org.name, blocks };
}

function itemMark(tx: Texts, item: PlanItem, now: number, zone: string): string {
  const state = progressOf(item, now, zone);
  const at = item.confirmedAt ?? item.reportedAt;
  switch (state) {
    case 'done_on_time':
    case 'done_late':
      return tx.t(`documents-item-${state}`, { date: at === null ? '' : tx.date(at) });
    default:
      return tx.t(`documents-item-${state}`);
  }
}

export function programmeDocument(db: DB, tx: Texts, org: Organisation, programmeId: number, now: number): { model: DocModel; planEmpty: boolean } {
  const p = getProgramme(db, programmeId)!;
  const items = itemsOf(db, p.id);
  const mentor = who(db, p.mentorId);
  const facts: (string | number | null)[][] = [
    [tx.t('documents-field-mentor'), withPosition(mentor)],
    [tx.t('documents-field-mentees'), p.menteeIds.map((m) => withPosition(who(db, m))).join('; ')],
    [tx.t('documents-field-kind'), tx.t(`programmes-kind-${p.kind}`)],
    [tx.t('documents-field-form'), tx.t(`documents-form-${mentoringForm(p)}`)],
    [tx.t('documents-field-term'), `${showDate(p.startsOn)} – ${showDate(p.endsOn)}`],
    [tx.t('documents-field-status'), tx.t(`programmes-status-${p.status}`)],
    [tx.t('documents-field-goals'), p.goals || '—'],
    [tx.t('documents-field-agreement'), p.agreement.text || '—'],
  ];
  const blocks: Block[] = [
    heading(tx.t('documents-programme-heading', { id: p.id }), 1),
    ...(p.title ? [para(p.title, { align: 'center', bold: true })] : []),
    table([tx.t('documents-field'), tx.t('documents-value')], facts),
    heading(tx.t('documents-plan-heading'), 2),
  ];
  if (!items.length) blocks.push(para(tx.t('documents-plan-empty'), { italic: true }));
  else {
    blocks.push(
      table(
        tx.t('documents-plan-columns').split('|'),
        items.map((item, i) => [
          i + 1,
          item.description ? `${item.title}. ${item.description}` : item.title,
          showDate(item.dueOn),
          tx.t(`programmes-resp-${item.responsible}`),
          itemMark(tx, item, now, org.timezone),
          [item.comment, item.remark].filter(Boolean).join(' / ') || '',
        ]),
      ),
    );
  }
  blocks.push(blank(tx.t('documents-sign-mentor', { name: mentor.name })));
  for (const m of p.menteeIds) blocks.push(blank(tx.t('documents-sign-mentee', { name: who(db, m).name })));
  blocks.push(blank(tx.t('documents-sign-curator')));
  return { model: { title: tx.t('documents-programme-title', { id: p.id }), organisation: org.name, blocks }, planEmpty: !items.length };
}

export function consentDocument(db: DB, tx: Texts, org: Organisation, programmeId: number, lookup?: ConsentLookup): DocModel {
  const p = getProgramme(db, programmeId)!;
  const mentor = who(db, p.mentorId);
  const recorded = p.mentorId === null ? null : (lookup?.(db, p.id, p.mentorId) ?? null);
  const pay = recorded?.payBasis || '____________________';
  const mentees = p.menteeIds.map((m) => withPosition(who(db, m))).join('; ');
  const term = { from: showDate(p.startsOn), to: showDate(p.endsOn) };
  const content = tx.t('documents-consent-content', { id: p.id, kind: tx.t(`programmes-kind-${p.kind}`), title: p.title || '—' });
  const form = tx.t(`documents-form-${mentoringForm(p)}`);
  const blocks: Block[] = [
    heading(tx.t('documents-consent-heading'), 1),
    para(tx.t('documents-consent-text', { name: mentor.name, position: mentor.position || '—', org: org.name }), { align: 'justify' }),
    table(
      [tx.t('documents-field'), tx.t('documents-value')],
      [
        [tx.t('documents-field-mentees'), mentees],
        [tx.t('documents-field-content'), content],
        [tx.t('documents-field-form'), form],
        [tx.t('documents-field-term'), `${term.from} – ${term.to}`],
        [tx.t('documents-field-pay'), pay],
        [tx.t('documents-field-agreed-in-chat'), consentDate(db, tx, p, lookup)],
      ],
    ),
    para(tx.t('documents-consent-early-end'), { align: 'justify' }),
    blank(tx.t('documents-sign-signature')),
    blank(tx.t('documents-sign-date')),
    pageBreak,
    para(tx.t('documents-draft'), { align: 'right', italic: true }),
    heading(tx.t('documents-addendum-heading'), 1),
    para(tx.t('documents-addendum-parties', { org: org.name, name: mentor.name, position: mentor.position || '—' }), { align: 'justify' }),
    para(tx.t('documents-addendum-1', { mentees }), { align: 'justify' }),
    para(tx.t('documents-addendum-2', { content }), { align: 'justify' }),
    para(tx.t('documents-addendum-3', term), { align: 'justify' }),
    para(tx.t('documents-addendum-4', { form }), { align: 'justify' }),
    para(tx.t('documents-addendum-5', { pay }), { align: 'justify' }),
    para(tx.t('documents-addendum-6'), { align: 'justify' }),
    para(tx.t('documents-addendum-7'), { align: 'justify' }),
    blank(tx.t('documents-sign-employer')),
    blank(tx.t('documents-sign-employee', { name: mentor.name })),
  ];
  return { title: tx.t('documents-consent-title', { id: p.id, name: mentor.name }), organisation: org.name, blocks };
}
