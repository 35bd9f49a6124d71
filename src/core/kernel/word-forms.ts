/**
 * Matching what people type against names and titles, Russian word forms included: «Соколовой»
 * finds «Соколова», «родителями» finds «Работа с родителями». A text matches when it contains the
 * query, or when every word of the query starts one of its words by the query word's stem (its
 * first letters: Russian changes a word's ending, not its start). The directory (/find), the
 * choice of a session's host and the topic picker all match this one way.
 */

const WORD = /[\p{L}\p{N}]+/gu;
/** A word of six letters or more matches by its first five. */
const STEM_LENGTH = 5;

const norm = (s: string) => s.toLocaleLowerCase('ru').replace(/ё/g, 'е'); // words people type
export const stemOf = (word: string) => (word.length >= STEM_LENGTH + 1 ? word.slice(0, STEM_LENGTH) : word);

/** The words of a text, lower-cased, «ё» read as «е». */
export function wordsOf(text: string): string[] {
  return norm(text).match(WORD) ?? [];
}

export function matchesWords(text: string, query: string): boolean {
  const q = norm(query).trim();
  if (!q) return false;
  const lower = norm(text);
  if (lower.includes(q)) return true;
  const words = q.match(WORD) ?? [];
  const textWords = lower.match(WORD) ?? [];
  return words.length > 0 && words.every((w) => textWords.some((t) => t.startsWith(stemOf(w))));
}
