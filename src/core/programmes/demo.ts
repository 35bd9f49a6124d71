import type { CoreDeps } from '../kernel/deps.js';
import { getOrganisation } from '../kernel/organisation/organisation.js';
import { itemsOf, markItemReported, recordEvent } from './programme.js';
import { createProgramme } from './planning.js';
import { addDays, addMonths, dayStart, todayIn } from '../kernel/dates/days.js';
import { applyTemplate } from './templates.js';
import { listTopics } from '../kernel/organisation/topics.js';
import { personTopicIds } from '../kernel/persons/person.js';

/**
 * Demo data for the playground: a young specialist's first year with a mentor (started ten
 * weeks ago: some events done on time, one late, one waiting for the mentor, one overdue), and
 * a reverse-mentoring group on digital tools, where the young specialist who knows them leads
 * experienced colleagues who want to learn them.
 */
export function seedDemo(
  deps: CoreDeps,
  orgId: number,
  cast: { curatorId: number; mentorIds: number[]; menteeIds: number[] },
  now: number,
): void {
  const { db } = deps;
  const org = getOrganisation(db, orgId);
  const today = todayIn(org.timezone, now);
  db.transaction(() => {
    const [mentor, second] = cast.mentorIds;
    const [mentee, ...others] = cast.menteeIds;
    if (mentor !== undefined && mentee !== undefined) {
      const startsOn = addDays(today, -70);
      const p = createProgramme(deps, {
        orgId,
        kind: 'traditional',
        mentorId: mentor,
        menteeIds: [mentee],
        startsOn,
        endsOn: addMonths(startsOn, 9),
        curatorId: cast.curatorId,
        confirmed: true,
        now,
      });
      applyTemplate(deps, p.id, 'ys-kindergarten', org.language, { now, createdBy: cast.curatorId, allowPast: true });
      const items = itemsOf(db, p.id);
      // The first four events: on time, on time, four days late, and one waiting for the mentor.
      const history: { index: number; lateDays: number; confirmed: boolean }[] = [
        { index: 0, lateDays: 0, confirmed: true },
        { index: 1, lateDays: 0, confirmed: true },
        { index: 2, lateDays: 4, confirmed: true },
        { index: 3, lateDays: -2, confirmed: false },
      ];
      for (const h of history) {
        const item = items[h.index];
        if (!item) continue;
        const reportedAt = Math.min(now - 3600_000, dayStart(item.dueOn, org.timezone, h.lateDays) + 12 * 3600_000);
        // A fresh item of the template: no comment, no file.
        markItemReported(db, item.id, {
          state: h.confirmed ? 'done' : 'reported',
          at: reportedAt,
          by: mentee,
          comment: null,
          evidence: null,
          confirmedAt: h.confirmed ? reportedAt + 3600_000 : null,
        });
        recordEvent(db, item.id, mentee, 'reported', null, reportedAt);
        if (h.confirmed) recordEvent(db, item.id, mentor, 'confirmed', null, reportedAt + 3600_000);
      }
    }
    // Reverse mentoring the right way round: the young colleague who knows digital tools leads the
    // experienced ones who want to learn them. Without such people (a bare cast), the second mentor
    // leads the other mentees as before.
    const reverse = reverseCast(deps, orgId, cast);
    const groupMentor = reverse?.mentor ?? second ?? mentor;
    const group = reverse?.mentees ?? others;
    if (groupMentor !== undefined && group.length) {
      const startsOn = addDays(today, -30);
      const p = createProgramme(deps, {
        orgId,
        kind: 'reverse',
        mentorId: groupMentor,
        menteeIds: group.filter((id) => id !== groupMentor),
        startsOn,
        endsOn: addMonths(startsOn, 3),
        curatorId: cast.curatorId,
        confirmed: true,
        now,
      });
      applyTemplate(deps, p.id, 'reverse-digital', org.language, { now, createdBy: cast.curatorId, allowPast: true });
    }
  })();
}

const DIGITAL = ['digital_tools', 'video_editing', 'edu_platforms'];

/** The one who helps with digital tools, and the other mentors (the experienced) who want them. */
function reverseCast(deps: CoreDeps, orgId: number, cast: { mentorIds: number[] }): { mentor: number; mentees: number[] } | null {
  const digital = new Set(listTopics(deps.db, orgId, true).filter((t) => DIGITAL.includes(t.code)).map((t) => t.id));
  const leader = cast.mentorIds.find((id) => personTopicIds(deps.db, id, 'offers').some((t) => digital.has(t)));
  if (leader === undefined) return null;
  const learners = cast.mentorIds.filter((id) => id !== leader && personTopicIds(deps.db, id, 'wants').some((t) => digital.has(t)));
  return learners.length ? { mentor: leader, mentees: learners } : null;
}
