import { inSentence } from '../kernel/dates/spoken.js';
import type { Button } from '../../messaging/types.js';
import type { JobContext } from '../kernel/feature.js';
import { cancelJobsByPrefix } from '../kernel/jobs/jobs.js';
import { curatorsOf, getPerson } from '../kernel/persons/person.js';
import { shortLabelIn } from '../../messaging/labels.js';
import type { Texts } from '../kernel/contact/texts.js';
import type { DB } from '../../db/database.js';
import { assignAction, selfTakeAction } from './actions.js';
import { colleaguesForToday } from './candidates.js';
import { header, personName, withFile } from './messages.js';
import { declinersOf, logEvent, setStatus, sourceOf, type Question } from './question.js';

/**
 * Escalation: nobody competent, or nobody took the question after the last wave. The curators
 * get the question with buttons to assign a mentor (it cuts through contact hours), and the
 * asker learns that a person now knows. The offers already out stay open: a mentor may still take it.
 */

export const escalationKey = (questionId: number) => `q${questionId}-esc`;

/** Nobody competent; everyone offered said «Не могу»; nobody took it in time. */
export type EscalationReason = 'no_candidates' | 'declined' | 'no_answer';

/** The buttons a curator gets on an unclaimed question: take it herself, or pick a colleague. */
export function curatorButtons(db: DB, q: Question, tx: Texts, colleagues: readonly number[]): Button[][] {
  const rows: Button[][] = colleagues.map((id) => [{ label: shortLabelIn((name) => tx.t('question-assign-to', { name }), personName(db, id, tx)), action: assignAction.encode(q.id, id) }]);
  rows.push([{ label: tx.t('question-take-myself'), action: selfTakeAction.encode(q.id), style: 'positive' }]);
  return rows;
}

/** The colleagues a curator may assign this question to, now. */
export function colleaguesFor(ctx: JobContext, q: Question): number[] {
  return colleaguesForToday(ctx.deps.db, ctx.org.id, ctx.org.timezone, { topicId: q.topicId, askerId: q.askerId, declined: declinersOf(ctx.deps.db, q.id) }, ctx.now).map((p) => p.id);
}

export function escalate(ctx: JobContext, q: Question, reason: EscalationReason): void {
  const { db } = ctx.deps;
  if (q.status === 'escalated') return;
  setStatus(db, q.id, 'escalated', q.wave);
  cancelJobsByPrefix(db, `question:${q.id}:route:`, ctx.now);
  logEvent(db, q.id, ctx.now, 'escalated', null, reason);
  const escalated = { ...q, status: 'escalated' as const };

  // Colleagues at work today (the competent first), never the ones who declined it.
  const mentors = colleaguesFor(ctx, q);
  const curators = curatorsOf(db, ctx.org.id);
  const others = curators.filter((c) => c.id !== q.askerId);
  for (const curator of others.length ? others : curators) {
    ctx.notifier.toPerson(
      curator,
      (tx) => {
        const buttons: Button[][] = curatorButtons(db, escalated, tx, mentors);
        const asker = getPerson(db, q.askerId);
        const m = withFile(
          escalated,
          tx.t('question-escalation', {
            header: header(db, escalated, tx),
            reason,
            name: personName(db, q.askerId, tx),
            position: asker?.position ? inSentence(asker.position) : 'none',
            text: q.text || tx.t('question-file-only'),
            mentors: mentors.length,
          }),
        );
        m.buttons = buttons;
        return m;
      },
      { urgency: 'escalation', key: escalationKey(q.id), source: sourceOf(q.id) },
    );
  }
  if (!curators.length) ctx.deps.log.error({ questionId: q.id }, 'a question escalated with no curator to tell');
  ctx.notifier.toPerson(q.askerId, (tx) => ({ text: tx.t('question-asker-escalated', { header: header(db, escalated, tx), reason }) }), {
    urgency: 'relay',
    source: sourceOf(q.id),
  });
}

/** Tells every curator who got the escalation what became of it (edits their message). */
export function settleEscalation(ctx: JobContext, q: Question, text: (tx: Parameters<Parameters<JobContext['notifier']['editForPerson']>[2]>[0]) => string): void {
  for (const curator of curatorsOf(ctx.deps.db, ctx.org.id)) {
    ctx.notifier.editForPerson(curator, escalationKey(q.id), (tx) => ({ text: text(tx), buttons: [] }), sourceOf(q.id));
  }
}
