import { defineAction } from '../../messaging/actions.js';
import { shortLabel } from '../../messaging/labels.js';
import type { Turn } from '../kernel/feature.js';
import { requireRole } from '../kernel/access.js';
import { StaleButton, UserError } from '../kernel/errors.js';
import { addTopic, archiveTopic, getTopic, listTopics, topicTitle } from '../kernel/organisation/topics.js';

/** The curator edits the organisation's topic list: `/topics`, `/topics add Title`, archive buttons. */

export const archiveTopicAction = defineAction('tp.arch', ['int']);

export function topicsCommand(turn: Turn, args: string): void {
  requireRole(turn.person, 'curator');
  const m = /^(?:add|добавить)\s+(.+)$/is.exec(args.trim());
  if (m) {
    const title = m[1]!.trim();
    if (title.length < 2 || title.length > 40) throw new UserError('topics-bad-title');
    const topic = addTopic(turn.deps.db, turn.org.id, title);
    if (!topic) throw new UserError('topics-exists', { title });
    turn.reply(turn.t('topics-added', { title: topicTitle(topic, turn.tx.lang) }));
    return;
  }
  if (args.trim()) {
    turn.reply(turn.t('topics-usage'));
    return;
  }
  const topics = listTopics(turn.deps.db, turn.org.id);
  turn.reply({
    text: `${turn.t('topics-title', { count: topics.length })}\n\n${topics.map((t) => `• ${topicTitle(t, turn.tx.lang)}`).join('\n')}\n\n${turn.t('topics-usage')}`,
    buttons: topics.map((t) => [{ label: shortLabel(`🗄 ${topicTitle(t, turn.tx.lang)}`), action: archiveTopicAction.encode(t.id) }]),
  });
}

export function onArchiveTopic(turn: Turn, [id]: [number]): void {
  requireRole(turn.person, 'curator');
  const topic = getTopic(turn.deps.db, turn.org.id, id);
  if (!topic || !archiveTopic(turn.deps.db, turn.org.id, id)) {
    throw new StaleButton();
  }
  turn.reply(turn.t('topics-archived', { title: topicTitle(topic, turn.tx.lang) }));
}
