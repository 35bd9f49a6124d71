import type { Button } from '../../../messaging/types.js';
import type { Texts } from '../contact/texts.js';
import { matchesWords, stemOf, wordsOf } from '../word-forms.js';
import { topicTitle, type Topic } from './topics.js';

/**
 * The one topic picker every capability uses (a question's topic, a session's, a person's offers
 * and wants): the topics a person typed first (Russian word forms match, as /find does), then the
 * ones the context hints at (the words of a question), then her own, then the rest; shown as
 * buttons a page at a time, with «Назад» / «Далее» for browsing.
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
}

export interface TopicPage {
  buttons: Button[][];
  page: number;
  pages: number;
}

export function topicPage(tx: Texts, spec: TopicPageSpec): TopicPage {
  const pages = Math.max(1, Math.ceil(spec.topics.length / TOPICS_PER_PAGE));
  const page = Math.min(Math.max(0, spec.page), pages - 1);
  const perRow = spec.perRow ?? 1;
  const buttons: Button[][] = [];
  spec.topics.slice(page * TOPICS_PER_PAGE, (page + 1) * TOPICS_PER_PAGE).forEach((t, i) => {
    const b: Button = { label: `${spec.marked?.has(t.id) ? '✅ ' : ''}${topicTitle(t, tx.lang)}`, action: spec.pick(t.id) };
    if (i % perRow === 0) buttons.push([b]);
    else buttons.at(-1)!.push(b);
  });
  const nav: Button[] = [];
  if (page > 0) nav.push({ label: tx.t('common-prev'), action: spec.turnPage(page - 1) });
  if (page < pages - 1) nav.push({ label: tx.t('common-next'), action: spec.turnPage(page + 1) });
  if (nav.length) buttons.push(nav);
  return { buttons, page, pages };
}

/** The line above a picker: how many topics matched what she typed (or none), or that she may type one. */
export function typedLine(tx: Texts, topics: readonly Topic[], typed: string | undefined): string {
  if (!typed?.trim()) return tx.t('topic-picker-hint');
  const count = typedMatches(topics, typed);
  return tx.t(count ? 'topic-picker-found' : 'topic-picker-none', { count, query: typed.trim().slice(0, 40) });
}
