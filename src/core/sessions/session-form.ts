import { z } from 'zod';
import { defineAction } from '../../messaging/actions.js';
import type { Button } from '../../messaging/types.js';
import type { Turn } from '../kernel/feature.js';
import { requireRole } from '../kernel/access.js';
import { parseWhen } from '../kernel/dates/parse-when.js';
import { listTopics, topicTitle } from '../kernel/organisation/topics.js';
import { listPersons } from '../kernel/persons/person.js';
import { announceSession, clashes, createSession, DURATIONS, isLink, MAX_DESCRIPTION, MAX_NAME, MAX_PLACE, MAX_SEATS, MAX_TITLE, parseSeats } from './organising.js';
import { placeText, sessionText } from './session-text.js';
import type { PlaceKind, SessionAudience } from './session.js';
import { cardButtons } from './session-views.js';

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

const TOPIC_PAGE = 6;
const AUDIENCES: SessionAudience[] = ['all', 'mentees', 'topic', 'people'];
const MAX_INVITEES = 100;

/** The wizard's steps, in order (a stored dialog at any other step is outdated). */
export const FORM_STEPS = ['topic', 'title', 'description', 'host', 'guest', 'when', 'when-confirm', 'duration', 'place-kind', 'place', 'seats', 'audience', 'invitees', 'confirm'] as const;

/** What the wizard has gathered so far, checked whenever it is read back. */
export const formSchema = z.looseObject({
  topicId: z.number().int().optional(),
  title: z.string().optional(),
  description: z.string().optional(),
  guestName: z.string().nullable().optional(),
  startsAt: z.number().optional(),
  durationMin: z.number().int().optional(),
  placeKind: z.enum(['room', 'online']).optional(),
  place: z.string().optional(),
  seats: z.number().int().optional(),
  audience: z.enum(['all', 'mentees', 'topic', 'people']).optional(),
  invitees: z.array(z.number().int()).optional(),
});
type FormData = z.infer<typeof formSchema> & { placeKind?: PlaceKind; audience?: SessionAudience };

const dataOf = (turn: Turn) => (turn.dialog?.data ?? {}) as FormData;

/** True when the dialog is at this step; otherwise the button is stale and says so. */
function atStep(turn: Turn, ...steps: string[]): boolean {
  if (turn.dialog?.kind === DIALOG && steps.includes(turn.dialog.step)) return true;
  turn.ack(turn.t('common-stale-button'));
  turn.reply(turn.t('common-stale-button'));
  return false;
}

function go(turn: Turn, step: string, patch: FormData = {}): void {
  turn.setDialog(DIALOG, step, { ...dataOf(turn), ...patch });
}

export function startForm(turn: Turn): void {
  requireRole(turn.person, 'curator', 'mentor');
  turn.setDialog(DIALOG, 'topic', {});
  askTopic(turn, 0);
}

function askTopic(turn: Turn, page: number, edit = false): void {
  const topics = listTopics(turn.deps.db, turn.org.id);
  const pages = Math.max(1, Math.ceil(topics.length / TOPIC_PAGE));
  const p = Math.min(Math.max(0, page), pages - 1);
  const shown = topics.slice(p * TOPIC_PAGE, (p + 1) * TOPIC_PAGE);
  const buttons: Button[][] = [];
  for (let i = 0; i < shown.length; i += 2) {
    buttons.push(shown.slice(i, i + 2).map((t) => ({ label: topicTitle(t, turn.tx.lang), action: formTopicAction.encode(t.id) })));
  }
  const nav: Button[] = [];
  if (p > 0) nav.push({ label: turn.t('common-prev'), action: formTopicPageAction.encode(p - 1) });
  if (p < pages - 1) nav.push({ label: turn.t('common-next'), action: formTopicPageAction.encode(p + 1) });
  if (nav.length) buttons.push(nav);
  const message = { text: turn.t('session-form-topic'), buttons };
  if (edit) turn.editHere('session-form-topic', message);
  else turn.reply(message, { key: 'session-form-topic' });
}

export function onTopicPage(turn: Turn, [page]: [number]): void {
  if (!atStep(turn, 'topic')) return;
  askTopic(turn, page, true);
}

export function onTopic(turn: Turn, [topicId]: [number]): void {
  if (!atStep(turn, 'topic')) return;
  const topic = listTopics(turn.deps.db, turn.org.id).find((t) => t.id === topicId);
  if (!topic) {
    turn.ack(turn.t('common-stale-button'));
    return;
  }
  go(turn, 'title', { topicId });
  turn.reply(turn.t('session-form-title', { topic: topicTitle(topic, turn.tx.lang), max: MAX_TITLE }));
}

export function formText(turn: Turn, text: string): void {
  const step = turn.dialog?.step;
  const clean = text.trim();
  switch (step) {
    case 'title':
      if (!clean || clean.length > MAX_TITLE) return turn.reply(turn.t('session-title-bad', { max: MAX_TITLE }));
      go(turn, 'description', { title: clean });
      return turn.reply({
        text: turn.t('session-form-description', { max: MAX_DESCRIPTION }),
        buttons: [[{ label: turn.t('session-skip'), action: formSkipAction.encode(1) }]],
      });
    case 'description':
      if (clean.length > MAX_DESCRIPTION) return turn.reply(turn.t('session-description-bad', { max: MAX_DESCRIPTION }));
      return askHost(turn, clean);
    case 'guest':
      if (!clean || clean.length > MAX_NAME) return turn.reply(turn.t('session-guest-bad', { max: MAX_NAME }));
      go(turn, 'when', { guestName: clean });
      return turn.reply(turn.t('session-form-when'));
    case 'when':
    case 'when-confirm':
      return onWhenText(turn, clean);
    case 'place':
      return onPlaceText(turn, clean);
    case 'seats': {
      const seats = parseSeats(clean);
      if (seats === null) return turn.reply(turn.t('session-seats-bad', { max: MAX_SEATS }));
      go(turn, 'audience', { seats });
      return turn.reply({
        text: turn.t('session-form-audience'),
        buttons: AUDIENCES.map((a) => [{ label: turn.t(`session-audience-${a}`), action: formAudienceAction.encode(a) }]),
      });
    }
    case 'invitees':
      return onInviteesText(turn, clean);
    default:
      turn.reply(turn.t('common-use-buttons'));
  }
}

function askHost(turn: Turn, description: string): void {
  go(turn, 'host', { description });
  turn.reply({
    text: turn.t('session-form-host'),
    buttons: [[
      { label: turn.t('session-host-me'), action: formHostAction.encode(0) },
      { label: turn.t('session-host-other'), action: formHostAction.encode(1) },
    ]],
  });
}

export function onSkipDescription(turn: Turn): void {
  if (!atStep(turn, 'description')) return;
  askHost(turn, '');
}

export function onHost(turn: Turn, [other]: [number]): void {
  if (!atStep(turn, 'host')) return;
  if (other === 1) {
    go(turn, 'guest');
    turn.reply(turn.t('session-form-guest', { max: MAX_NAME }));
    return;
  }
  go(turn, 'when', { guestName: null });
  turn.reply(turn.t('session-form-when'));
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

export function onWhen(turn: Turn, [yes]: [number]): void {
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
  turn.reply({
    text: turn.t('session-form-duration'),
    buttons: [DURATIONS.map((d) => ({ label: turn.t('session-minutes', { count: d }), action: formDurationAction.encode(d) }))],
  });
}

export function onDuration(turn: Turn, [minutes]: [number]): void {
  if (!atStep(turn, 'duration')) return;
  if (!(DURATIONS as readonly number[]).includes(minutes)) {
    turn.ack(turn.t('common-stale-button'));
    return;
  }
  go(turn, 'place-kind', { durationMin: minutes });
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
    turn.ack(turn.t('common-stale-button'));
    return;
  }
  go(turn, 'place', { placeKind: kind });
  turn.reply(turn.t(kind === 'room' ? 'session-form-room' : 'session-form-link'));
}

function onPlaceText(turn: Turn, text: string): void {
  const kind = dataOf(turn).placeKind ?? 'room';
  if (!text || text.length > MAX_PLACE) return turn.reply(turn.t('session-place-bad'));
  if (kind === 'online' && !isLink(text)) return turn.reply(turn.t('session-link-bad'));
  go(turn, 'seats', { place: text });
  turn.reply(turn.t('session-form-seats', { max: MAX_SEATS }));
}

export function onAudience(turn: Turn, [audience]: [string]): void {
  if (!atStep(turn, 'audience')) return;
  if (!(AUDIENCES as string[]).includes(audience)) {
    turn.ack(turn.t('common-stale-button'));
    return;
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
function onInviteesText(turn: Turn, text: string): void {
  const people = listPersons(turn.deps.db, turn.org.id).filter((p) => p.id !== turn.person!.id);
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

export function onInviteesDone(turn: Turn): void {
  if (!atStep(turn, 'invitees')) return;
  if (!(dataOf(turn).invitees ?? []).length) {
    turn.reply(turn.t('session-invitees-none'));
    return;
  }
  go(turn, 'confirm');
  showSummary(turn);
}

function showSummary(turn: Turn): void {
  const d = dataOf(turn);
  const topic = listTopics(turn.deps.db, turn.org.id, true).find((t) => t.id === d.topicId);
  const busy = clashes(turn, turn.person!.id, d.startsAt!, d.durationMin!);
  const lines = [
    turn.t('session-form-summary', {
      title: d.title!,
      topic: topic ? topicTitle(topic, turn.tx.lang) : '—',
      when: turn.tx.dateTime(d.startsAt!),
      duration: d.durationMin!,
      place: placeText({ placeKind: d.placeKind!, place: d.place! }, turn.tx),
      seats: d.seats!,
      audience:
        d.audience === 'people'
          ? listPersons(turn.deps.db, turn.org.id).filter((p) => (d.invitees ?? []).includes(p.id)).map((p) => p.fullName).join(', ')
          : turn.t(`session-audience-${d.audience}`),
      host: d.guestName ?? turn.person!.fullName,
    }),
  ];
  for (const s of busy) lines.push(turn.t('session-clash', { title: s.title, when: turn.tx.dateTime(s.startsAt) }));
  turn.reply({
    text: lines.join('\n\n'),
    buttons: [[
      { label: turn.t('session-create'), action: formConfirmAction.encode(1), style: 'positive' },
      { label: turn.t('session-discard'), action: formConfirmAction.encode(0) },
    ]],
  });
}

export function onConfirm(turn: Turn, [yes]: [number]): void {
  if (!atStep(turn, 'confirm')) return;
  requireRole(turn.person, 'curator', 'mentor');
  const d = dataOf(turn);
  if (yes === 1 && (d.startsAt ?? 0) <= turn.now) {
    // The summary waited too long: the time has passed meanwhile. Ask for a new one, keep the rest.
    go(turn, 'when');
    turn.reply(turn.t('session-when-past'));
    return;
  }
  turn.clearDialog();
  if (yes !== 1) {
    turn.reply(turn.t('session-discarded'));
    return;
  }
  const session = createSession(turn, {
    organiserId: turn.person.id,
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
  turn.reply({
    text: `${turn.t('session-created', { count: told })}\n\n${sessionText(turn.deps, session, turn.tx)}`,
    buttons: cardButtons(turn, session),
  });
}
