import type { MemberTurn, Turn } from '../kernel/feature.js';
import { UserError } from '../kernel/errors.js';
import { parseWhen } from '../kernel/dates/parse-when.js';
import { updatePerson } from '../kernel/persons/person.js';
import { withdrawOffer } from './claim.js';
import { getQuestion, openOffersOfPerson } from './question.js';

/** `/pause <date>`: a vacation or sick leave; no offers until then, open offers go to others. `/resume` ends it. */

export function pauseCommand(turn: MemberTurn, args: string): void {
  const me = turn.person;
  if (!args.trim()) {
    turn.reply(turn.t(me.pausedUntil && me.pausedUntil > turn.now ? 'question-pause-status' : 'question-pause-how', { until: turn.tx.when(me.pausedUntil ?? turn.now, turn.now) }));
    return;
  }
  const when = parseWhen(args, { now: turn.now, zone: turn.tx.zone });
  if (!when.ok) throw new UserError(`question-pause-${when.reason}`);
  updatePerson(turn.deps.db, me.id, { pausedUntil: when.at }, turn.now);
  for (const offer of openOffersOfPerson(turn.deps.db, me.id)) {
    const q = getQuestion(turn.deps.db, offer.questionId);
    if (q) withdrawOffer(turn, q, me.id, 'withdrawn');
  }
  turn.reply(turn.t('question-paused', { until: turn.tx.when(when.at, turn.now) }));
}

export function resumeCommand(turn: MemberTurn): void {
  const me = turn.person;
  if (!me.pausedUntil || me.pausedUntil <= turn.now) {
    turn.reply(turn.t('question-not-paused'));
    return;
  }
  updatePerson(turn.deps.db, me.id, { pausedUntil: null }, turn.now);
  turn.reply(turn.t('question-resumed'));
}
