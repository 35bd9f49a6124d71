import { plainDate } from '../kernel/dates/spoken.js';
import type { Button } from '../../messaging/types.js';
import type { MemberTurn, Turn } from '../kernel/feature.js';
import { withdrawAction } from './actions.js';
import { header, personName } from './messages.js';
import { questionsAskedBy, questionsHeldBy, UNCLAIMED } from './question.js';

/** `/my_questions`: the questions a person asked and the ones they hold as a mentor, with their states. */
export function myQuestions(turn: MemberTurn): void {
  const { db } = turn.deps;
  const me = turn.person;
  const asked = questionsAskedBy(db, me.id, 10);
  const held = questionsHeldBy(db, me.id);
  if (!asked.length && !held.length) {
    turn.reply(turn.t('question-mine-none'));
    return;
  }
  const lines: string[] = [];
  if (asked.length) {
    lines.push(turn.t('question-mine-asked'));
    for (const q of asked) {
      lines.push(
        turn.t('question-mine-line', {
          header: header(db, q, turn.tx),
          status: q.status,
          mentor: q.mentorId !== null ? personName(db, q.mentorId, turn.tx) : 'none',
          rating: q.rating ?? 0,
          date: plainDate(turn.tx.lang, q.createdAt, turn.now, turn.tx.zone),
        }),
      );
    }
  }
  if (held.length) {
    lines.push('', turn.t('question-mine-held'));
    for (const q of held) lines.push(turn.t('question-mine-held-line', { header: header(db, q, turn.tx), name: personName(db, q.askerId, turn.tx) }));
  }
  const buttons: Button[][] = asked
    .filter((q) => UNCLAIMED.includes(q.status))
    .slice(0, 3)
    .map((q) => [{ label: turn.t('question-withdraw', { id: q.id }), action: withdrawAction.encode(q.id) }]);
  turn.reply({ text: lines.join('\n'), buttons });
}
