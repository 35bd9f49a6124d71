import { defineAction } from '../../messaging/actions.js';
import { topicsByPeople } from './store.js';
import { topicPage } from '../kernel/organisation/topic-picker.js';
import type { Button } from '../../messaging/types.js';
import type { MemberTurn, ReceivedFile, Turn } from '../kernel/feature.js';
import { requireRole } from '../kernel/access.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { cancelJob, scheduleJob } from '../kernel/jobs/jobs.js';
import { parseWhen } from '../kernel/dates/parse-when.js';
import { listTopics, topicTitle } from '../kernel/organisation/topics.js';
import {
  MAX_CHOSEN,
  SEGMENT_ROLES,
  audienceLabel,
  matchNames,
  audienceSources,
  countByPlatform,
  membersOf,
  positionsOf,
  type Audience,
  type SegmentRole,
} from './audience.js';
import { BroadcastStore, type Broadcast } from './store.js';
import { shortLabel } from '../../messaging/labels.js';
import {
  JOB_START,
  MAX_BROADCAST_TEXT,
  announcementText,
  cancelAction,
  formatOf,
  ownLine,
  progressKey,
  progressMessage,
  startBroadcast,
  startJobKey,
} from './delivery.js';

/**
 * Composing a broadcast, a persisted dialog over a draft row: the text (and a photo or a
 * document) → the audience → a preview with the count per platform → send now or at a time.
 * A second /broadcast finds the draft and asks whether to go on with it or start afresh.
 */

export const DIALOG = 'broadcast';

export const audienceAction = defineAction('bc.aud', ['int', 'str', 'str']);
export const topicsAction = defineAction('bc.topics', ['int']);
export const topicsPageAction = defineAction('bc.tpage', ['int', 'int']);
export const positionsAction = defineAction('bc.positions', ['int']);
export const sourceAction = defineAction('bc.src', ['int', 'str']);
export const askAckAction = defineAction('bc.askack', ['int', 'int']);
export const sendNowAction = defineAction('bc.send', ['int']);
export const laterAction = defineAction('bc.later', ['int']);
export const retextAction = defineAction('bc.retext', ['int']);
export const reaudienceAction = defineAction('bc.reaud', ['int']);
export const dropAction = defineAction('bc.drop', ['int']);
export const resumeAction = defineAction('bc.resume', ['int']);
export const freshAction = defineAction('bc.fresh', ['int']);
export const editAction = defineAction('bc.edit', ['int']);
export const peopleAction = defineAction('bc.people', ['int']);

/** Files a broadcast may carry, and how big (Telegram lets a bot fetch up to 20 MB). */
const FILE_KINDS = ['photo', 'document'];
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

interface DraftData {
  id: number;
  positions?: string[];
}

const store = (turn: Turn) => BroadcastStore.of(turn.deps.db);

/** /broadcast: start composing, or offer to go on with the draft in progress. */
export function broadcastCommand(turn: Turn): void {
  requireRole(turn.person, 'curator');
  const draft = store(turn).draftOf(turn.person.id);
  if (draft && (draft.text || draft.file)) {
    turn.reply({
      text: turn.t('broadcast-draft-exists'),
      buttons: [[
        { label: turn.t('broadcast-draft-continue'), action: resumeAction.encode(draft.id), style: 'primary' },
        { label: turn.t('broadcast-draft-fresh'), action: freshAction.encode(draft.id) },
      ]],
    });
    return;
  }
  const b = draft ?? store(turn).create(turn.org.id, turn.person.id, turn.now);
  askText(turn, b);
}

function askText(turn: Turn, b: Broadcast): void {
  turn.setDialog(DIALOG, 'text', { id: b.id } satisfies DraftData);
  turn.reply(turn.t('broadcast-ask-text', { max: MAX_BROADCAST_TEXT }));
}

/** The author's own draft named by a button, or a clear refusal (stale, forged, someone else's). */
function ownDraft(turn: Turn, id: number): Broadcast {
  requireRole(turn.person, 'curator');
  const b = store(turn).get(turn.org.id, id);
  if (!b || b.status !== 'draft' || b.authorId !== turn.person.id) throw new StaleButton();
  return b;
}

/** The draft a dialog is about; null (and the dialog closed, with a word) when it is gone. */
function dialogDraft(turn: Turn, state: { data: Record<string, unknown> }): Broadcast | null {
  requireRole(turn.person, 'curator');
  const b = store(turn).get(turn.org.id, Number(state.data.id));
  if (b && b.status === 'draft' && b.authorId === turn.person.id) return b;
  turn.clearDialog();
  turn.reply(turn.t('broadcast-draft-gone'));
  return null;
}

export function onText(turn: Turn, state: { step: string; data: Record<string, unknown> }, text: string): void {
  const b = dialogDraft(turn, state);
  if (!b) return;
  if (state.step === 'text') {
    takeText(turn, b, text, b.file, turn.incoming.kind === 'text' ? turn.incoming.html : undefined);
    return;
  }
  if (state.step === 'when') {
    schedule(turn, b, text);
    return;
  }
  if (state.step === 'people') {
    choosePeople(turn, b, text);
    return;
  }
  turn.reply(turn.t('common-use-buttons'));
}

export function onFile(turn: Turn, state: { step: string; data: Record<string, unknown> }, file: ReceivedFile): void {
  const b = dialogDraft(turn, state);
  if (!b) return;
  if (state.step !== 'text') {
    turn.reply(turn.t('common-use-buttons'));
    return;
  }
  if (!FILE_KINDS.includes(file.kind)) throw new UserError('broadcast-file-kind');
  if ((file.size ?? 0) > MAX_FILE_BYTES) throw new UserError('broadcast-file-too-big', { max: MAX_FILE_BYTES / 1024 / 1024 });
  const ref = { platform: file.platform, fileId: file.fileId, kind: file.kind, name: file.name, mime: file.mime, size: file.size };
  const caption = turn.incoming.kind === 'file' ? (turn.incoming.caption ?? '') : '';
  if (caption.trim()) {
    takeText(turn, b, caption, ref, turn.incoming.kind === 'file' ? turn.incoming.captionHtml : undefined);
    return;
  }
  store(turn).setContent(b.id, b.text, ref, b.html);
  turn.reply(turn.t(b.text ? 'broadcast-file-taken-has-text' : 'broadcast-file-taken'));
  if (b.text) showAudienceMenu(turn, { ...b, file: ref });
}

/**
 * Takes the announcement's text; `rawHtml` is the same text with the curator's formatting, when
 * the platform gave it (Telegram). The limit counts what a reader sees, not the tags.
 */
function takeText(turn: Turn, b: Broadcast, raw: string, file: Broadcast['file'], rawHtml?: string): void {
  const text = raw.trim();
  if (!text) throw new UserError('broadcast-empty');
  if (text.length > MAX_BROADCAST_TEXT) throw new UserError('broadcast-too-long', { length: text.length, max: MAX_BROADCAST_TEXT });
  const html = rawHtml?.trim() || null;
  store(turn).setContent(b.id, text, file, html);
  const updated = { ...b, text, html, file };
  if (b.audience) showPreview(turn, updated);
  else showAudienceMenu(turn, updated);
}

function showAudienceMenu(turn: Turn, b: Broadcast): void {
  turn.setDialog(DIALOG, 'audience', { id: b.id } satisfies DraftData);
  const a = (kind: string, arg = '-') => audienceAction.encode(b.id, kind, arg);
  const buttons: Button[][] = [
    [{ label: turn.t('broadcast-aud-all'), action: a('all') }],
    SEGMENT_ROLES.map((r) => ({ label: turn.t(`broadcast-aud-${r}`), action: a('role', r) })),
    [
      { label: turn.t('broadcast-aud-topic'), action: topicsAction.encode(b.id) },
      { label: turn.t('broadcast-aud-position'), action: positionsAction.encode(b.id) },
    ],
    [{ label: turn.t('broadcast-aud-people'), action: peopleAction.encode(b.id) }],
  ];
  for (const s of audienceSources(turn.features)) {
    buttons.push([{ label: turn.t(s.labelKey), action: sourceAction.encode(b.id, s.id) }]);
  }
  buttons.push([{ label: turn.t('broadcast-drop-button'), action: dropAction.encode(b.id), style: 'negative' }]);
  turn.reply({ text: turn.t('broadcast-ask-audience'), buttons });
}

export function onTopics(turn: Turn, [id]: [number]): void {
  showTopicPage(turn, ownDraft(turn, id), 0, false);
}

export function onTopicsPage(turn: Turn, [id, page]: [number, number]): void {
  showTopicPage(turn, ownDraft(turn, id), page, true);
}

function byPeople<T extends { id: number }>(topics: T[], order: number[]): T[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  return [...topics].sort((a, b) => (rank.get(a.id) ?? order.length) - (rank.get(b.id) ?? order.length));
}

/** The topic audience: the shared topic picker, a page at a time. */
function showTopicPage(turn: Turn, b: { id: number }, page: number, edit: boolean): void {
  const picker = topicPage(turn.tx, {
    // Topics people have first (the most people first); a topic of nobody comes last.
    topics: byPeople(listTopics(turn.deps.db, turn.org.id), topicsByPeople(turn.deps.db, turn.org.id)),
    page,
    pick: (topicId) => audienceAction.encode(b.id, 'topic', String(topicId)),
    turnPage: (p) => topicsPageAction.encode(b.id, p),
    fit: turn.keyboard,
  });
  const message = { text: turn.t('broadcast-ask-topic'), buttons: picker.buttons };
  const key = `bc-topics-${b.id}`;
  if (edit) turn.editHere(key, message);
  else turn.reply(message, { key });
}

export function onPositions(turn: Turn, [id]: [number]): void {
  const b = ownDraft(turn, id);
  const positions = positionsOf(turn.deps.db, turn.org.id);
  if (!positions.length) throw new UserError('broadcast-no-positions');
  turn.setDialog(DIALOG, 'audience', { id: b.id, positions: positions.map((p) => p.position) } satisfies DraftData);
  turn.reply({
    text: turn.t('broadcast-ask-position'),
    buttons: positions.map((p, i) => [{ label: shortLabel(p.position, undefined, ` (${p.count})`), action: audienceAction.encode(b.id, 'pos', String(i)) }]),
  });
}

export function onPeople(turn: Turn, [id]: [number]): void {
  const b = ownDraft(turn, id);
  if (!b.text && !b.file) throw new StaleButton();
  turn.setDialog(DIALOG, 'people', { id: b.id } satisfies DraftData);
  turn.reply(turn.t('broadcast-ask-people', { max: MAX_CHOSEN }));
}

function choosePeople(turn: Turn, b: Broadcast, text: string): void {
  const { ids, unknown, ambiguous } = matchNames(turn.deps.db, turn.org.id, text);
  if (ids.length + unknown.length + ambiguous.length > MAX_CHOSEN) throw new UserError('broadcast-too-many-people', { max: MAX_CHOSEN });
  const problems = [
    unknown.length ? turn.t('broadcast-people-unknown', { names: unknown.join(', ') }) : null,
    ambiguous.length ? turn.t('broadcast-people-ambiguous', { names: ambiguous.join(', ') }) : null,
  ].filter((l) => l !== null);
  if (!ids.length) throw new UserError('broadcast-people-none', { problems: problems.join('\n') });
  if (problems.length) turn.reply(problems.join('\n'));
  const audience: Audience = { kind: 'people', personIds: ids };
  store(turn).setAudience(b.id, audience);
  showPreview(turn, { ...b, audience });
}

export function onSource(turn: Turn, [id, sourceId]: [number, string]): void {
  const b = ownDraft(turn, id);
  const source = audienceSources(turn.features).find((s) => s.id === sourceId);
  if (!source) throw new StaleButton();
  const choices = source.choices(turn.deps, turn.org.id, turn.tx.lang).slice(0, 20);
  if (!choices.length) throw new UserError('broadcast-source-empty');
  turn.reply({
    text: turn.t('broadcast-ask-choice'),
    buttons: choices.map((c) => [{ label: shortLabel(c.label), action: audienceAction.encode(b.id, `f.${source.id}`, String(c.id)) }]),
  });
}

/** Reads an audience button back, checking it names something that exists now. */
function audienceOf(turn: Turn, kind: string, arg: string): Audience {
  if (kind === 'all') return { kind: 'all' };
  if (kind === 'role' && (SEGMENT_ROLES as readonly string[]).includes(arg)) return { kind: 'role', role: arg as SegmentRole };
  if (kind === 'topic' && /^\d+$/.test(arg) && listTopics(turn.deps.db, turn.org.id).some((t) => t.id === Number(arg))) {
    return { kind: 'topic', topicId: Number(arg) };
  }
  if (kind === 'pos' && /^\d+$/.test(arg)) {
    const positions = (turn.dialog?.data as Partial<DraftData> | undefined)?.positions;
    const position = positions?.[Number(arg)];
    if (position) return { kind: 'position', position };
  }
  if (kind.startsWith('f.') && /^\d+$/.test(arg)) {
    const source = audienceSources(turn.features).find((s) => s.id === kind.slice(2));
    const choice = source?.choices(turn.deps, turn.org.id, turn.tx.lang).find((c) => c.id === Number(arg));
    if (source && choice) {
      return { kind: 'source', source: source.id, choiceId: choice.id, label: `${turn.t(source.labelKey)}: ${choice.label}` };
    }
  }
  throw new StaleButton();
}

export function onAudience(turn: Turn, [id, kind, arg]: [number, string, string]): void {
  const b = ownDraft(turn, id);
  if (!b.text && !b.file) throw new StaleButton();
  const audience = audienceOf(turn, kind, arg);
  const members = membersOf(turn.deps, turn.org.id, audience, turn.features);
  if (!members.length) {
    turn.reply(turn.t('broadcast-nobody'));
    showAudienceMenu(turn, b);
    return;
  }
  store(turn).setAudience(b.id, audience);
  showPreview(turn, { ...b, audience });
}

function showPreview(turn: Turn, b: Broadcast): void {
  turn.setDialog(DIALOG, 'preview', { id: b.id } satisfies DraftData);
  const members = membersOf(turn.deps, turn.org.id, b.audience!, turn.features);
  const c = countByPlatform(turn.deps.db, members);
  // The preview shows the text as recipients will see it; our lines around it go in its format.
  const own = (line: string | null) => (line === null ? null : ownLine(b, line));
  const text = [
    own(turn.t('broadcast-preview-title')),
    '',
    announcementText(b, turn.tx),
    '',
    own(b.file ? turn.t('broadcast-preview-file', { name: b.file.name ?? turn.t(`broadcast-file-${b.file.kind}`) }) : null),
    own(turn.t('broadcast-preview-audience', { audience: audienceLabel(turn.deps, turn.org.id, b.audience!, turn.tx), count: members.length })),
    own(turn.t('broadcast-preview-platforms', {
      platforms: (['telegram', 'vk', 'max', 'local', 'none'] as const)
        .filter((p) => c[p] > 0)
        .map((p) => turn.t(`broadcast-platform-${p}`, { count: c[p] }))
        .join(' · '),
    })),
    own(turn.t(b.ackRequired ? 'broadcast-preview-ack-on' : 'broadcast-preview-ack-off')),
  ]
    .filter((l) => l !== null)
    .join('\n');
  turn.reply({
    text,
    format: formatOf(b),
    buttons: [
      [
        { label: turn.t('broadcast-send-now'), action: sendNowAction.encode(b.id), style: 'positive' },
        { label: turn.t('broadcast-send-later'), action: laterAction.encode(b.id) },
      ],
      [{ label: turn.t(b.ackRequired ? 'broadcast-ack-off-button' : 'broadcast-ack-on-button'), action: askAckAction.encode(b.id, b.ackRequired ? 0 : 1) }],
      [
        { label: turn.t('broadcast-retext-button'), action: retextAction.encode(b.id) },
        { label: turn.t('broadcast-reaudience-button'), action: reaudienceAction.encode(b.id) },
      ],
      [{ label: turn.t('broadcast-drop-button'), action: dropAction.encode(b.id), style: 'negative' }],
    ],
  });
}

export function onAskAck(turn: Turn, [id, on]: [number, number]): void {
  const b = ownDraft(turn, id);
  if (!b.audience) throw new StaleButton();
  store(turn).setAck(b.id, on === 1);
  showPreview(turn, { ...b, ackRequired: on === 1 });
}

export function onRetext(turn: Turn, [id]: [number]): void {
  askText(turn, ownDraft(turn, id));
}

export function onReaudience(turn: Turn, [id]: [number]): void {
  const b = ownDraft(turn, id);
  if (!b.text && !b.file) throw new StaleButton();
  showAudienceMenu(turn, b);
}

export function onDrop(turn: Turn, [id]: [number]): void {
  const b = ownDraft(turn, id);
  store(turn).remove(b.id);
  if (turn.dialog?.kind === DIALOG) turn.clearDialog();
  turn.reply(turn.t('broadcast-dropped'));
}

export function onResume(turn: Turn, [id]: [number]): void {
  const b = ownDraft(turn, id);
  if (!b.text) askText(turn, b);
  else if (!b.audience) showAudienceMenu(turn, b);
  else showPreview(turn, b);
}

export function onFresh(turn: MemberTurn, [id]: [number]): void {
  const b = ownDraft(turn, id);
  store(turn).remove(b.id);
  askText(turn, store(turn).create(turn.org.id, turn.person.id, turn.now));
}

export function onSendNow(turn: Turn, [id]: [number]): void {
  const b = ownDraft(turn, id);
  const total = startBroadcast({ deps: turn.deps, org: turn.org, notifier: turn.notifier, now: turn.now, features: turn.features }, b);
  turn.clearDialog();
  const started = store(turn).get(turn.org.id, b.id)!;
  turn.reply(turn.t('broadcast-started', { count: total }));
  turn.reply(progressMessage({ deps: turn.deps, org: turn.org, notifier: turn.notifier, now: turn.now, features: turn.features }, started, turn.tx), {
    key: progressKey(b.id),
  });
}

export function onLater(turn: Turn, [id]: [number]): void {
  const b = ownDraft(turn, id);
  if (!b.audience) throw new StaleButton();
  turn.setDialog(DIALOG, 'when', { id: b.id } satisfies DraftData);
  turn.reply(turn.t('broadcast-ask-when'));
}

function schedule(turn: Turn, b: Broadcast, text: string): void {
  const when = parseWhen(text, { now: turn.now, zone: turn.tx.zone });
  if (!when.ok) throw new UserError(`broadcast-when-${when.reason}`);
  store(turn).setStatus(b.id, 'scheduled', { scheduledAt: when.at });
  scheduleJob(turn.deps.db, { organisationId: turn.org.id, kind: JOB_START, key: startJobKey(b.id), dueAt: when.at, payload: { broadcastId: b.id }, now: turn.now });
  turn.clearDialog();
  turn.reply({
    text: turn.t('broadcast-scheduled', { at: turn.tx.when(when.at, turn.now) }),
    buttons: [[
      { label: turn.t('broadcast-edit-button'), action: editAction.encode(b.id) },
      { label: turn.t('broadcast-cancel-button'), action: cancelAction.encode(b.id), style: 'negative' },
    ]],
  });
}

/** A scheduled broadcast back to a draft, to be changed and sent or scheduled again. */
export function onEdit(turn: Turn, [id]: [number]): void {
  requireRole(turn.person, 'curator');
  const s = store(turn);
  const b = s.get(turn.org.id, id);
  if (!b || b.status !== 'scheduled') throw new UserError('broadcast-not-scheduled');
  if (s.draftOf(turn.person.id)) throw new UserError('broadcast-draft-busy');
  s.reopen(b.id);
  s.setAuthor(b.id, turn.person.id);
  cancelJob(turn.deps.db, startJobKey(b.id), turn.now);
  showPreview(turn, { ...b, status: 'draft', authorId: turn.person.id });
}
