import type { KeyboardFit } from '../../../messaging/types.js';
import { pageOf, type Page } from '../pager.js';
import type { Texts } from '../contact/texts.js';
import { matchesWords, stemOf, wordsOf } from '../word-forms.js';
import { topicTitle, type Topic } from './topics.js';

/**
 * The one topic picker every capability uses (a question's topic, a session's, a person's offers
 * and wants): the topics a person typed first (Russian word forms match, as /find does), then the
 * ones the context hints at (the words of a question), then her own, then the rest; shown as
 * buttons a page at a time by the kernel's pager.
 */

export const TOPICS_PER_PAGE = 6;

export interface TopicOrder {
  /** What the person typed at the topic step. */
  typed?: string;
  /** Text whose words hint at the topic (the question itself). */
  hints?: string;
  /** The person's own topics (her wants, or the offers of the one asked). */
  own?: readonly number[];
}

const HINT_WORD_MIN = 4;

/** Topics in the order to show. */
export function orderTopics(topics: readonly Topic[], order: TopicOrder): Topic[] {
  const typed = order.typed?.trim() ?? '';
  const hintStems = new Set(wordsOf(order.hints ?? '').filter((w) => w.length >= HINT_WORD_MIN).map(stemOf));
  const own = new Set(order.own ?? []);
  const score = (t: Topic) => {
    const title = `${t.titleRu} ${t.titleEn}`;
    const typedHit = typed && matchesWords(title, typed) ? 1000 : 0;
    const hints = wordsOf(title).filter((w) => w.length >= HINT_WORD_MIN && hintStems.has(stemOf(w))).length;
    return typedHit + hints * 10 + (own.has(t.id) ? 1 : 0);
  };
  return topics
    .map((t, i) => ({ t, i, s: score(t) }))
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .map((x) => x.t);
}

/** How many of the topics match what was typed. */
export function typedMatches(topics: readonly Topic[], typed: string): number {
  return topics.filter((t) => matchesWords(`${t.titleRu} ${t.titleEn}`, typed)).length;
}

export interface TopicPageSpec {
  /** Already ordered (orderTopics). */
  topics: readonly Topic[];
  page: number;
  pick: (topicId: number) => string;
  turnPage: (page: number) => string;
  /** Topics shown with ✅ (a choice of several). */
  marked?: ReadonlySet<number>;
  /** Two buttons a row (short titles) or one. */
  perRow?: 1 | 2;
  /** The messenger's bound on buttons under one message (`turn.keyboard`), and what the caller adds. */
  fit?: KeyboardFit;
  besides?: { rows: number; buttons: number };
}

export type TopicPage = Page;

export function topicPage(tx: Texts, spec: TopicPageSpec): TopicPage {
  return pageOf(tx, {
    items: spec.topics,
    page: spec.page,
    perPage: TOPICS_PER_PAGE,
    perRow: spec.perRow,
    button: (t) => ({ label: `${spec.marked?.has(t.id) ? '✅ ' : ''}${topicTitle(t, tx.lang)}`, action: spec.pick(t.id) }),
    turnPage: spec.turnPage,
    fit: spec.fit,
    besides: spec.besides,
  });
}

/** The line above a picker: how many topics matched what she typed (or none), or that she may type one. */
export function typedLine(tx: Texts, topics: readonly Topic[], typed: string | undefined): string {
  if (!typed?.trim()) return tx.t('topic-picker-hint');
  const count = typedMatches(topics, typed);
  return tx.t(count ? 'topic-picker-found' : 'topic-picker-none', { count, query: typed.trim().slice(0, 40) });
}
