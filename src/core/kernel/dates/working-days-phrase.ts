/**
 * "через 3 рабочих дня", "через 1 рабочий день", "in 5 working days": a number of working days
 * from today, or null when the text is not such a phrase (the working calendar counts them).
 */
const PHRASE = /^(?:через|in)\s+(\d{1,3})\s+(?:рабоч(?:ий|их|его)\s+(?:день|дня|дней)|working\s+days?|business\s+days?)$/i;

export function workingDaysPhrase(text: string): number | null {
  const m = PHRASE.exec(text.trim().replace(/\s+/g, ' ').replace(/[.!]$/, ''));
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= 366 ? n : null;
}
