import { StaleButton } from '../kernel/errors.js';
import { z } from 'zod';
import { defineAction } from '../../messaging/actions.js';
import type { Button } from '../../messaging/types.js';
import type { MemberTurn, Turn } from '../kernel/feature.js';
import { requireRole } from '../kernel/access.js';
import { parseWhen } from '../kernel/dates/parse-when.js';
import { listTopics, topicTitle } from '../kernel/organisation/topics.js';
import { getPersonInOrg, listPersons, personTopicIds, type Person } from '../kernel/persons/person.js';
import { orderTopics, topicPage, typedLine } from '../kernel/organisation/topic-picker.js';
import { isWithin, windowOf, formatMinutes } from '../kernel/contact/hours.js';
import { matchesWords } from '../kernel/word-forms.js';
import { shortLabel } from '../../messaging/labels.js';
import { announceSession, clashes, createSession, DURATIONS, isLink, MAX_DESCRIPTION, MAX_NAME, MAX_PLACE, MAX_SEATS, MAX_TITLE, parseSeats } from './organising.js';
import { organiserName, placeText, sessionText } from './session-text.js';
import type { PlaceKind, Session, SessionAudience } from './session.js';
import { cardButtons, hostButtons } from './session-views.js';

/**
 * `/session_new`: topic → title → date and time (typed the way people type them, shown back in
 * the organisation's zone) → duration → in a room or online → the room or the link → seats →
 * audience → a summary to confirm (with a warning when the host is busy at that time).
 * The dialog is stored, so a restart loses nothing.
 */

export const DIALOG = 'session-new';

export const formTopicAction = defineAction('ses.ftopic', ['int']);
export const formTopicPageAction = defineAction('ses.fpage', ['int']);
export const formWhenAction = defineAction('ses.fwhen', ['int']);
export const formDurationAction = defineAction('ses.fdur', ['int']);
export const formPlaceAction = defineAction('ses.fplace', ['str']);
export const formAudienceAction = defineAction('ses.faud', ['str']);
export const formConfirmAction = defineAction('ses.fok', ['int']);
export const formSkipAction = defineAction('ses.fskip', ['int']);
export const formHostAction = defineAction('ses.fhost', ['int']);
export const formInviteesDoneAction = defineAction('ses.finv', ['int']);
export const formHostPickAction = defineAction('ses.fhostp', ['int']);
export const formEditAction = defineAction('ses.fedit', ['str']);

/** The fields of the summary a person can go back to, each with the step that asks for it. */
const EDITABLE = { title: 'title', description: 'description', host: 'host', when: 'when', duration: 'duration', place: 'place-kind', seats: 'seats', audience: 'audience' } as const;
type EditableField = keyof typeof EDITABLE;
const MAX_HOST_MATCHES = 8;

const AUDIENCES: SessionAudience[] = ['all', 'mentees', 'topic', 'people'];
const MAX_INVITEES = 100;

/** The wizard's steps, in order (a stored dialog at any other step is outdated). */
export const FORM_STEPS = ['topic', 'title', 'description', 'host', 'host-name', 'guest', 'when', 'when-confirm', 'duration', 'place-kind', 'place', 'seats', 'audience', 'invitees', 'confirm'] as const;

/** What the wizard has gathered so far, checked whenever it is read back. */
export const formSchema = z.looseObject({
  topicId: z.number().int().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  guestName: z.string().nullable().optional(),
  /** The host when a colleague from the directory leads it. */
  hostId: z.number().int().nullable().optional(),
  startsAt: z.number().optional(),
  durationMin: z.number().int().optional(),
  placeKind: z.enum(['room', 'online']).optional(),
  place: z.string().optional(),
  seats: z.number().int().optional(),
  audience: z.enum(['all', 'mentees', 'topic', 'people']).optional(),
  invitees: z.array(z.number().int()).optional(),
  /** What was typed at the topic step. */
  typed: z.string().optional(),
});
type FormData = z.infer<typeof formSchema> & { placeKind?: PlaceKind; audience?: SessionAudience };

const dataOf = (turn: Turn) => (turn.dialog?.data ?? {}) as FormData;

/** True when the dialog is at this step; otherwise the button is stale and says so. */
function atStep(turn: Turn, ...steps: string[]): boolean {
  if (turn.dialog?.kind === DIALOG && steps.includes(turn.dialog.step)) return true;
  throw new StaleButton();
}

function go(turn: Turn, step: string, patch: FormData = {}): void {
  turn.setDialog(DIALOG, step, { ...dataOf(turn), ...patch });
}

/** The next step, or straight back to the summary when the person came from it to change one field. */
function nextOr(turn: MemberTurn, step: string, patch: FormData, ask: () => void): void {
  if (dataOf(turn).audience) {
    go(turn, 'confirm', patch);
    showSummary(turn);
    return;
  }
  go(turn, step, patch);
  ask();
}

export function startForm(turn: MemberTurn): void {
  requireRole(turn.person, 'curator', 'mentor');
  turn.setDialog(DIALOG, 'topic', {});
  askTopic(turn, 0);
}

function askTopic(turn: MemberTurn, page: number, edit = false): void {
  const { db } = turn.deps;
  const all = listTopics(db, turn.org.id);
  const typed = dataOf(turn).typed;
  // Her own topics first (what she helps with), the typed ones before them.
  const picker = topicPage(turn.tx, {
    topics: orderTopics(all, { typed, own: personTopicIds(db, turn.person.id, 'offers') }),
    page,
    pick: (id) => formTopicAction.encode(id),
    turnPage: (p) => formTopicPageAction.encode(p),
    perRow: 2,
    fit: turn.keyboard,
  });
  const line = typedLine(turn.tx, all, typed);
  const message = { text: `${turn.t('session-form-topic')}\n${line}`, buttons: picker.buttons };
  if (edit) turn.editHere('session-form-topic', message);
  else turn.reply(message, { key: 'session-form-topic' });
}

export function onTopicPage(turn: MemberTurn, [page]: [number]): void {
  if (!atStep(turn, 'topic')) return;
  askTopic(turn, page, true);
}

export function onTopic(turn: Turn, [topicId]: [number]): void {
  if (!atStep(turn, 'topic')) return;
  const topic = listTopics(turn.deps.db, turn.org.id).find((t) => t.id === topicId);
  if (!topic) {
    throw new StaleButton();
  }
  go(turn, 'title', { topicId });
  turn.reply(turn.t('session-form-title', { topic: topicTitle(topic, turn.tx.lang), max: MAX_TITLE }));
}

export function formText(turn: MemberTurn, text: string): void {
  const step = turn.dialog?.step;
  const clean = text.trim();
  switch (step) {
    case 'topic':
      if (!clean) return turn.reply(turn.t('common-use-buttons'));
      go(turn, 'topic', { typed: clean.slice(0, 100) });
      return askTopic(turn, 0);
    case 'title':
      if (!clean || clean.length > MAX_TITLE) return turn.reply(turn.t('session-title-bad', { max: MAX_TITLE }));
      return nextOr(turn, 'description', { title: clean }, () => askDescription(turn));
    case 'description':
      if (clean.length > MAX_DESCRIPTION) return turn.reply(turn.t('session-description-bad', { max: MAX_DESCRIPTION }));
      return nextOr(turn, 'host', { description: clean }, () => askHost(turn));
    case 'host-name':
      return onHostNameText(turn, clean);
    case 'guest':
      if (!clean || clean.length > MAX_NAME) return turn.reply(turn.t('session-guest-bad', { max: MAX_NAME }));
      return nextOr(turn, 'when', { guestName: clean, hostId: null }, () => turn.reply(turn.t('session-form-when')));
    case 'when':
    case 'when-confirm':
      return onWhenText(turn, clean);
    case 'place':
      return onPlaceText(turn, clean);
    case 'seats': {
      const seats = parseSeats(clean);
      if (seats === null) return turn.reply(turn.t('session-seats-bad', { max: MAX_SEATS }));
      return nextOr(turn, 'audience', { seats }, () => askAudience(turn));
    }
    case 'invitees':
      return onInviteesText(turn, clean);
    default:
      turn.reply(turn.t('common-use-buttons'));
  }
}

function askDescription(turn: Turn): void {
  turn.reply({
    text: turn.t('session-form-description', { max: MAX_DESCRIPTION }),
    buttons: [[{ label: turn.t('session-skip'), action: formSkipAction.encode(1) }]],
  });
}

function askAudience(turn: Turn): void {
  turn.reply({
    text: turn.t('session-form-audience'),
    buttons: AUDIENCES.map((a) => [{ label: turn.t(`session-audience-${a}`), action: formAudienceAction.encode(a) }]),
  });
}

function askDuration(turn: Turn): void {
  turn.reply({
    text: turn.t('session-form-duration'),
    buttons: [DURATIONS.map((d) => ({ label: turn.t('session-minutes', { count: d }), action: formDurationAction.encode(d) }))],
  });
}

function askHost(turn: Turn): void {
  turn.reply({
    text: turn.t('session-form-host'),
    buttons: [
      [{ label: turn.t('session-host-me'), action: formHostAction.encode(0) }],
      [{ label: turn.t('session-host-colleague'), action: formHostAction.encode(2) }],
      [{ label: turn.t('session-host-guest'), action: formHostAction.encode(1) }],
    ],
  });
}

export function onSkipDescription(turn: MemberTurn): void {
  if (!atStep(turn, 'description')) return;
  nextOr(turn, 'host', { description: '' }, () => askHost(turn));
}

/** 0: I lead it; 1: a guest from outside, by name; 2: a colleague, chosen from the directory. */
export function onHost(turn: MemberTurn, [kind]: [number]): void {
  if (!atStep(turn, 'host')) return;
  if (kind === 1) {
    go(turn, 'guest');
    turn.reply(turn.t('session-form-guest', { max: MAX_NAME }));
    return;
  }
  if (kind === 2) {
    go(turn, 'host-name');
    turn.reply(turn.t('session-form-host-name'));
    return;
  }
  nextOr(turn, 'when', { guestName: null, hostId: null }, () => turn.reply(turn.t('session-form-when')));
}

/** Colleagues whose name matches what was typed (word forms too), those who left never among them. */
function onHostNameText(turn: MemberTurn, text: string): void {
  if (!text || text.length > MAX_NAME) return turn.reply(turn.t('session-form-host-name'));
  const matches = listPersons(turn.deps.db, turn.org.id)
    .filter((p) => p.id !== turn.person.id && matchesWords(p.fullName, text))
    .slice(0, MAX_HOST_MATCHES);
  if (!matches.length) {
    turn.reply({
      text: turn.t('session-host-none', { name: text.slice(0, 60) }),
      buttons: [[{ label: turn.t('session-host-guest'), action: formHostAction.encode(1) }]],
    });
    return;
  }
  turn.reply({
    text: turn.t('session-host-matches', { count: matches.length }),
    buttons: matches.map((p) => [{ label: shortLabel(p.position ? `${p.fullName}, ${p.position}` : p.fullName), action: formHostPickAction.encode(p.id) }]),
  });
}

/** The colleague picked from the matches; one who left (or a forged id) is refused. */
export function onHostPick(turn: MemberTurn, [id]: [number]): void {
  if (!atStep(turn, 'host-name')) return;
  const host = getPersonInOrg(turn.deps.db, turn.org.id, id);
  if (!host || host.status !== 'active' || host.id === turn.person.id) {
    turn.reply(turn.t('session-host-left'));
    turn.reply(turn.t('session-form-host-name'));
    return;
  }
  nextOr(turn, 'when', { hostId: host.id, guestName: null }, () => turn.reply(turn.t('session-form-when')));
}

/** A field of the summary to change: its step asks again, then the summary comes back. */
export function onEdit(turn: Turn, [field]: [string]): void {
  if (!atStep(turn, 'confirm')) return;
  if (!Object.hasOwn(EDITABLE, field)) {
    throw new StaleButton();
  }
  const step = EDITABLE[field as EditableField];
  go(turn, step);
  switch (step) {
    case 'title':
      return turn.reply(turn.t('session-form-title', { topic: topicName(turn), max: MAX_TITLE }));
    case 'description':
      return askDescription(turn);
    case 'host':
      return askHost(turn);
    case 'when':
      return turn.reply(turn.t('session-form-when'));
    case 'duration':
      return askDuration(turn);
    case 'place-kind':
      return askPlaceKind(turn);
    case 'seats':
      return turn.reply(turn.t('session-form-seats', { max: MAX_SEATS }));
    case 'audience':
      return askAudience(turn);
  }
}

function topicName(turn: Turn): string {
  const topic = listTopics(turn.deps.db, turn.org.id, true).find((t) => t.id === dataOf(turn).topicId);
  return topic ? topicTitle(topic, turn.tx.lang) : '—';
}

function onWhenText(turn: Turn, text: string): void {
  const parsed = parseWhen(text, { now: turn.now, zone: turn.org.timezone });
  if (!parsed.ok) {
    turn.reply(turn.t(`session-when-${parsed.reason}`));
    return;
  }
  if (!parsed.timeKnown) {
    turn.reply(turn.t('session-when-no-time'));
    return;
  }
  const when = turn.tx.when(parsed.at, turn.now, { zone: turn.org.timezone });
  go(turn, 'when-confirm', { startsAt: parsed.at });
  turn.reply({
    text: turn.t(parsed.assumedDate ? 'session-when-assumed' : 'session-when-confirm', { when }),
    buttons: [[
      { label: turn.t('session-yes'), action: formWhenAction.encode(1), style: 'positive' },
      { label: turn.t('session-when-other'), action: formWhenAction.encode(0) },
    ]],
  });
}

export function onWhen(turn: MemberTurn, [yes]: [number]): void {
  if (!atStep(turn, 'when-confirm')) return;
  const startsAt = dataOf(turn).startsAt;
  if (yes !== 1 || !startsAt) {
    go(turn, 'when');
    turn.reply(turn.t('session-form-when'));
    return;
  }
  if (startsAt <= turn.now) {
    go(turn, 'when');
    turn.reply(turn.t('session-when-past'));
    return;
  }
  if (dataOf(turn).audience) {
    // Back from the summary for a new time: everything else is known.
    go(turn, 'confirm');
    showSummary(turn);
    return;
  }
  go(turn, 'duration');
  askDuration(turn);
}

export function onDuration(turn: MemberTurn, [minutes]: [number]): void {
  if (!atStep(turn, 'duration')) return;
  if (!(DURATIONS as readonly number[]).includes(minutes)) {
    throw new StaleButton();
  }
  nextOr(turn, 'place-kind', { durationMin: minutes }, () => askPlaceKind(turn));
}

function askPlaceKind(turn: Turn): void {
  turn.reply({
    text: turn.t('session-form-place-kind'),
    buttons: [[
      { label: turn.t('session-kind-room'), action: formPlaceAction.encode('room') },
      { label: turn.t('session-kind-online'), action: formPlaceAction.encode('online') },
    ]],
  });
}

export function onPlaceKind(turn: Turn, [kind]: [string]): void {
  if (!atStep(turn, 'place-kind')) return;
  if (kind !== 'room' && kind !== 'online') {
    throw new StaleButton();
  }
  go(turn, 'place', { placeKind: kind });
  turn.reply(turn.t(kind === 'room' ? 'session-form-room' : 'session-form-link'));
}

function onPlaceText(turn: MemberTurn, text: string): void {
  const kind = dataOf(turn).placeKind ?? 'room';
  if (!text || text.length > MAX_PLACE) return turn.reply(turn.t('session-place-bad'));
  if (kind === 'online' && !isLink(text)) return turn.reply(turn.t('session-link-bad'));
  nextOr(turn, 'seats', { place: text }, () => turn.reply(turn.t('session-form-seats', { max: MAX_SEATS })));
}

export function onAudience(turn: MemberTurn, [audience]: [string]): void {
  if (!atStep(turn, 'audience')) return;
  if (!(AUDIENCES as string[]).includes(audience)) {
    throw new StaleButton();
  }
  if (audience === 'people') {
    go(turn, 'invitees', { audience: 'people', invitees: [] });
    turn.reply(turn.t('session-form-invitees'));
    return;
  }
  go(turn, 'confirm', { audience: audience as SessionAudience });
  showSummary(turn);
}

/** Names typed, separated by commas: each must match exactly one active colleague. */
function onInviteesText(turn: MemberTurn, text: string): void {
  const people = listPersons(turn.deps.db, turn.org.id).filter((p) => p.id !== turn.person.id);
  const chosen = new Set(dataOf(turn).invitees ?? []);
  const problems: string[] = [];
  for (const token of text.split(/[,;\n]+/).map((x) => x.trim()).filter(Boolean).slice(0, MAX_INVITEES)) {
    const needle = token.toLowerCase();
    const matches = people.filter((p) => p.fullName.toLowerCase().includes(needle));
    if (matches.length === 1) chosen.add(matches[0]!.id);
    else problems.push(turn.t(matches.length ? 'session-invitee-ambiguous' : 'session-invitee-unknown', { name: token.slice(0, 60), count: matches.length }));
  }
  go(turn, 'invitees', { invitees: [...chosen] });
  const names = people.filter((p) => chosen.has(p.id)).map((p) => p.fullName);
  if (!problems.length && names.length) {
    go(turn, 'confirm');
    showSummary(turn);
    return;
  }
  const lines = [names.length ? turn.t('session-invitees-found', { names: names.join(', ') }) : turn.t('session-invitees-none'), ...problems];
  turn.reply({
    text: lines.join('\n'),
    buttons: names.length ? [[{ label: turn.t('session-invitees-done'), action: formInviteesDoneAction.encode(1) }]] : [],
  });
}

export function onInviteesDone(turn: MemberTurn): void {
  if (!atStep(turn, 'invitees')) return;
  if (!(dataOf(turn).invitees ?? []).length) {
    turn.reply(turn.t('session-invitees-none'));
    return;
  }
  go(turn, 'confirm');
  showSummary(turn);
}

/** The host as chosen: a colleague from the directory, or the one filling in the form. */
function hostOf(turn: Turn, d: FormData): Person | null {
  return d.hostId ? getPersonInOrg(turn.deps.db, turn.org.id, d.hostId) : turn.person;
}

function showSummary(turn: MemberTurn): void {
  const d = dataOf(turn);
  const topic = listTopics(turn.deps.db, turn.org.id, true).find((t) => t.id === d.topicId);
  const host = hostOf(turn, d);
  const busy = host ? clashes(turn, host.id, d.startsAt!, d.durationMin!) : [];
  const lines = [
    turn.t('session-form-summary', {
      title: d.title!,
      topic: topic ? topicTitle(topic, turn.tx.lang) : '—',
      when: turn.tx.when(d.startsAt!, turn.now),
      duration: d.durationMin!,
      place: placeText({ placeKind: d.placeKind!, place: d.place! }, turn.tx),
      seats: d.seats!,
      audience:
        d.audience === 'people'
          ? listPersons(turn.deps.db, turn.org.id).filter((p) => (d.invitees ?? []).includes(p.id)).map((p) => p.fullName).join(', ')
          : turn.t(`session-audience-${d.audience}`),
      host: d.guestName ?? host?.fullName ?? '—',
      description: d.description || '—',
    }),
  ];
  const other = host && host.id !== turn.person.id ? host : null;
  if (host && host.status !== 'active') lines.push(turn.t('session-host-left'));
  for (const s of busy) lines.push(turn.t(other ? 'session-clash-host' : 'session-clash', { title: s.title, when: turn.tx.when(s.startsAt, turn.now), name: other?.fullName ?? '' }));
  // Her own working hours, in her own zone: a warning, she may still agree.
  if (host && !d.guestName && !withinHours(host, turn.org.timezone, d.startsAt!, d.durationMin!)) {
    lines.push(turn.t('session-host-off-hours', { self: other ? 'no' : 'yes', name: host.fullName, from: formatMinutes(host.contactFrom), to: formatMinutes(host.contactTo) }));
  }
  const edit = (field: EditableField) => ({ label: turn.t(`session-edit-${field}`), action: formEditAction.encode(field) });
  turn.reply({
    text: lines.join('\n\n'),
    buttons: [
      [edit('title'), edit('description')],
      [edit('host'), edit('when')],
      [edit('duration'), edit('place')],
      [edit('seats'), edit('audience')],
      [
        { label: turn.t('session-create'), action: formConfirmAction.encode(1), style: 'positive' },
        { label: turn.t('session-discard'), action: formConfirmAction.encode(0) },
      ],
    ],
  });
}

export function onConfirm(turn: MemberTurn, [yes]: [number]): void {
  if (!atStep(turn, 'confirm')) return;
  requireRole(turn.person, 'curator', 'mentor');
  const d = dataOf(turn);
  if (yes === 1 && (d.startsAt ?? 0) <= turn.now) {
    // The summary waited too long: the time has passed meanwhile. Ask for a new one, keep the rest.
    go(turn, 'when');
    turn.reply(turn.t('session-when-past'));
    return;
  }
  const host = hostOf(turn, d);
  if (yes === 1 && (!host || host.status !== 'active')) {
    // The colleague chosen left meanwhile: choose the host again, keep the rest.
    go(turn, 'host', { hostId: null });
    turn.reply(turn.t('session-host-left'));
    askHost(turn);
    return;
  }
  turn.clearDialog();
  if (yes !== 1) {
    turn.reply(turn.t('session-discarded'));
    return;
  }
  const session = createSession(turn, {
    organiserId: host!.id,
    createdBy: host!.id === turn.person.id ? null : turn.person.id,
    topicId: d.topicId ?? null,
    title: d.title ?? '',
    description: d.description ?? '',
    guestName: d.guestName ?? null,
    startsAt: d.startsAt ?? 0,
    durationMin: d.durationMin ?? 0,
    placeKind: d.placeKind ?? 'room',
    place: d.place ?? '',
    seats: d.seats ?? 0,
    audience: d.audience ?? 'all',
    invitees: d.invitees ?? [],
  });
  const told = announceSession(turn, session);
  if (session.organiserId !== turn.person.id) inviteHost(turn, session);
  turn.reply({
    text: `${turn.t('session-created', { count: told })}\n\n${sessionText(turn.deps, session, turn.tx)}`,
    buttons: cardButtons(turn, session),
  });
}

/** Whether the session, start to end, falls inside the person's contact days and hours. */
function withinHours(person: Person, orgZone: string, startsAt: number, durationMin: number): boolean {
  const w = windowOf(person, orgZone);
  return isWithin(w, startsAt) && isWithin(w, startsAt + durationMin * 60_000 - 60_000);
}

/** The colleague chosen as host hears of it, with the host's tools on the card. */
function inviteHost(turn: MemberTurn, session: Session): void {
  const { deps } = turn;
  const queued = turn.notifier.toPerson(
    session.organiserId!,
    (tx) => ({
      text: `${tx.t('session-host-invited', { name: turn.person.fullName })}\n\n${sessionText(deps, session, tx)}`,
      buttons: hostButtons(tx, session, turn.now),
    }),
    { urgency: 'ping', source: `session:${session.id}` },
  );
  if (!queued) turn.reply(turn.t('session-host-unreachable-now', { name: organiserName(deps, session, turn.tx) }));
}
