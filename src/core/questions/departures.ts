import type { JobContext } from '../kernel/feature.js';
import { primaryAccount, type Person } from '../kernel/persons/person.js';
import { closeQuestion, withdrawQuestion } from './closing.js';
import { withdrawOffer } from './claim.js';
import { releaseQuestion } from './handover.js';
import { getQuestion, openOffersOfPerson, openQuestionsAskedBy, questionsHeldBy } from './question.js';

/**
 * A person leaves (deactivated by the curator) or cannot be reached (blocked the bot): nothing
 * they held is lost. Questions they held as mentor are offered again and the asker is told;
 * their open offers are withdrawn; their own questions close (the mentor is told) or are withdrawn.
 */

function letGoAsMentor(ctx: JobContext, person: Person, reason: 'deactivated' | 'unreachable'): void {
  const { db } = ctx.deps;
  for (const q of questionsHeldBy(db, person.id)) releaseQuestion(ctx, q, reason, '', null);
  for (const offer of openOffersOfPerson(db, person.id)) {
    const q = getQuestion(db, offer.questionId);
    if (q) withdrawOffer(ctx, q, person.id, 'withdrawn');
  }
}

function letGoAsAsker(ctx: JobContext, person: Person, by: 'left' | 'unreachable'): void {
  for (const q of openQuestionsAskedBy(ctx.deps.db, person.id)) {
    if (q.status === 'taken') closeQuestion(ctx, q, by);
    else withdrawQuestion(ctx, q);
  }
}

export function onPersonDeactivated(ctx: JobContext, person: Person): void {
  letGoAsMentor(ctx, person, 'deactivated');
  letGoAsAsker(ctx, person, 'left');
}

export function onPersonUnreachable(ctx: JobContext, person: Person): void {
  // Still reachable through another linked account: nothing changes.
  if (primaryAccount(ctx.deps.db, person)) return;
  letGoAsMentor(ctx, person, 'unreachable');
  letGoAsAsker(ctx, person, 'unreachable');
}
