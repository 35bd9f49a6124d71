import type { DB } from '../../../db/database.js';
import { statement } from '../../../db/statement-cache.js';

/** Everything stored of one person in situational mentoring (their /my_data). */
export function questionDataOf(db: DB, personId: number) {
  return {
    asked: statement(db, 'SELECT id, topic_id, text, urgent, status, created_at, closed_at, rating, thanks FROM questions WHERE asker_id = ? ORDER BY id').all(personId) as {
      id: number;
      topic_id: number;
      text: string;
      urgent: number;
      status: string;
      created_at: number;
      closed_at: number | null;
      rating: number | null;
      thanks: string | null;
    }[],
    helped: statement(db, 'SELECT id, topic_id, status, taken_at, closed_at, rating FROM questions WHERE mentor_id = ? ORDER BY id').all(personId) as {
      id: number;
      topic_id: number;
      status: string;
      taken_at: number | null;
      closed_at: number | null;
      rating: number | null;
    }[],
    written: statement(db, 'SELECT question_id, at, text, file IS NOT NULL AS has_file FROM question_messages WHERE from_person_id = ? ORDER BY id').all(personId) as {
      question_id: number;
      at: number;
      text: string;
      has_file: number;
    }[],
    offers: statement(db, 'SELECT question_id, wave, offered_at, answer FROM question_offers WHERE person_id = ? ORDER BY offered_at').all(personId) as {
      question_id: number;
      wave: number;
      offered_at: number;
      answer: string | null;
    }[],
    events: statement(db, 'SELECT question_id, at, kind, detail FROM question_events WHERE person_id = ? ORDER BY id').all(personId) as {
      question_id: number;
      at: number;
      kind: string;
      detail: string | null;
    }[],
  };
}

/**
 * A person's words leave situational mentoring: their questions' texts, files and thanks, what
 * they wrote in conversations, the reasons they gave; returns the questions they asked.
 */
export function forgetWordsOf(db: DB, personId: number): number[] {
  statement(db, `UPDATE questions SET text = '', file = NULL, thanks = NULL WHERE asker_id = ?`).run(personId);
  statement(db, `UPDATE question_messages SET text = '', file = NULL WHERE from_person_id = ?`).run(personId);
  // A reason they gave for handing a question on is their words; ids and numbers are not.
  statement(db, `UPDATE question_events SET detail = NULL WHERE person_id = ? AND detail GLOB '*[^0-9]*'`).run(personId);
  statement(db, 'DELETE FROM question_focus WHERE person_id = ?').run(personId);
  return (statement(db, 'SELECT id FROM questions WHERE asker_id = ?').all(personId) as { id: number }[]).map((r) => r.id);
}
