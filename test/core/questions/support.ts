import type { Harness } from '../../support/harness.js';
import { text } from '../../support/said.js';

/** Asks through the chat: /ask → text → topic (paging if needed) → send or urgent. */
export async function ask(h: Harness, userId: string, question: string, topic = 'Работа с родителями', urgent = false): Promise<void> {
  await h.say(userId, '/ask');
  await h.say(userId, question);
  for (let i = 0; i < 5; i++) {
    const picker = [...h.messages(userId)].reverse().find((m) => m.buttons.flat().some((b) => b.action?.startsWith('q.topic:')));
    if (picker?.buttons.flat().some((b) => b.label === topic)) break;
    await h.press(userId, text('common-next'), picker?.id);
  }
  await h.press(userId, topic);
  await h.press(userId, urgent ? text('question-send-urgent') : text('question-send'));
}

export function questionRow(h: Harness, id: number) {
  return h.db.prepare('SELECT * FROM questions WHERE id = ?').get(id) as {
    status: string;
    mentor_id: number | null;
    wave: number;
    rating: number | null;
    thanks: string | null;
    closed_by: string | null;
    first_answer_at: number | null;
  };
}

export function events(h: Harness, id: number): string[] {
  return (h.db.prepare('SELECT kind FROM question_events WHERE question_id = ? ORDER BY id').all(id) as { kind: string }[]).map((r) => r.kind);
}
