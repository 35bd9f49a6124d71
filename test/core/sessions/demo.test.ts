import { afterEach, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../src/core/sessions/demo.js';
import { countInState, upcomingSessions } from '../../../src/core/sessions/session.js';
import { pendingJob } from '../../../src/core/kernel/jobs/jobs.js';
import { createHarness, type Harness } from '../../support/harness.js';

let h: Harness;
afterEach(async () => {
  await h?.close();
});

describe('sessions demo data', () => {
  it('seeds a session next week with two sign-ups on a fresh database', async () => {
    h = await createHarness();
    const curator = h.addPerson({ name: 'Куратор', roles: ['curator'], userId: 'c' });
    const mentor = h.addPerson({ name: 'Наставник', roles: ['mentor'], userId: 'm' });
    const mentees = ['a', 'b', 'v'].map((u) => h.addPerson({ name: u, roles: ['mentee'], userId: u }).id);
    seedDemo(h.app.deps, h.org.id, { curatorId: curator.id, mentorIds: [mentor.id], menteeIds: mentees }, h.clock.now());
    const [session] = upcomingSessions(h.db, h.org.id, h.clock.now());
    expect(session).toBeDefined();
    expect(session!.startsAt - h.clock.now()).toBeGreaterThan(6 * 24 * 3600_000);
    expect(session!.organiserId).toBe(mentor.id);
    expect(countInState(h.db, session!.id, 'seat')).toBe(2);
    expect(pendingJob(h.db, `session:${session!.id}:remind24`)).not.toBeNull();
    await h.say('v', '/sessions');
    expect(h.last('v').buttons.flat()[0]!.label).toMatch(/^\d\d\.\d\d \d\d:\d\d · Как провести… \(\d места?\)$/);
  });
});
