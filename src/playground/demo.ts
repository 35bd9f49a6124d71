import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { DB } from '../db/database.js';
import type { CoreDeps } from '../core/kernel/deps.js';
import type { DemoCast, DemoSeeder } from '../core/kernel/feature.js';
import { allFeatures } from '../app/features.js';
import { createPerson, hasPersonsIn, setPersonTopics, updatePerson, ROLES } from '../core/kernel/persons/person.js';
import { renameOrganisation } from '../core/kernel/organisation/organisation.js';
import { listTopics } from '../core/kernel/organisation/topics.js';

/**
 * The demo organisation of the playground (data/demo/organisation.json): a kindergarten with a
 * curator, mentors and mentees, each with topics and contact hours. Seeded once, in one
 * transaction, into a fresh playground database; each capability's `seedDemo` then adds its
 * own realistic data (questions, sessions, a programme with a plan, …) for the same cast.
 */

export type { DemoCast, DemoSeeder } from '../core/kernel/feature.js';

/** Each capability's demo data, in the features' order (each registers its own). */
export const demoSeeders: DemoSeeder[] = allFeatures().flatMap((f) => (f.demo ? [f.demo] : []));

export const DEMO_FILE = fileURLToPath(new URL('../../data/demo/organisation.json', import.meta.url));

const hours = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, 'must be HH:MM-HH:MM')
  .transform((s) => {
    const [from, to] = s.split('-').map((t) => {
      const [h, m] = t.split(':').map(Number);
      return h! * 60 + m!;
    });
    return { from: from!, to: to! };
  })
  .refine((h) => h.from < h.to, 'must end after it starts');

const demoPersonSchema = z.object({
  /** The person's handle in the playground (their local account id). */
  handle: z.string().regex(/^[a-z0-9-]{1,32}$/),
  name: z.string().min(1).max(100),
  position: z.string().max(100).default(''),
  language: z.enum(['ru', 'en']).default('ru'),
  roles: z.array(z.enum(ROLES)).min(1),
  offers: z.array(z.string()).default([]),
  wants: z.array(z.string()).default([]),
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: z.array(z.number().int().min(1).max(7)).min(1),
  hours,
});

export const demoOrganisationSchema = z
  .object({
    name: z.string().min(1).max(200),
    timezone: z.string().default('Europe/Moscow'),
    people: z.array(demoPersonSchema).min(1),
  })
  .refine((o) => new Set(o.people.map((p) => p.handle)).size === o.people.length, 'handles must be unique')
  .refine((o) => o.people.some((p) => p.roles.includes('curator')), 'needs a curator');

export type DemoOrganisation = z.infer<typeof demoOrganisationSchema>;
export type DemoPerson = DemoOrganisation['people'][number];

export function loadDemoOrganisation(file: string = DEMO_FILE): DemoOrganisation {
  return demoOrganisationSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Whether the database has no people yet (a fresh playground). */
export function isFresh(db: DB, orgId: number): boolean {
  return !hasPersonsIn(db, orgId);
}

/**
 * Seeds the demo people and every capability's demo data, in one transaction, only into an
 * organisation with no people yet. Returns the cast, or null when there was something already.
 */
export function seedDemoOrganisation(
  deps: CoreDeps,
  orgId: number,
  demo: DemoOrganisation,
  seeders: DemoSeeder[] = demoSeeders,
): DemoCast | null {
  const { db } = deps;
  const now = deps.clock.now();
  return db.transaction(() => {
    if (!isFresh(db, orgId)) return null;
    const topics = new Map(listTopics(db, orgId, true).map((t) => [t.code, t.id]));
    const topicIds = (codes: string[]) =>
      codes.map((code) => {
        const id = topics.get(code);
        if (id === undefined) throw new Error(`the demo names an unknown topic "${code}"`);
        return id;
      });
    renameOrganisation(db, orgId, demo.name, demo.timezone);
    const ids = new Map<DemoPerson, number>();
    for (const p of demo.people) {
      const { person } = createPerson(db, {
        organisationId: orgId,
        language: p.language,
        roles: p.roles,
        consentAt: now,
        now,
        fullName: p.name,
        account: { platform: 'local', userId: p.handle, chatId: p.handle },
      });
      updatePerson(
        db,
        person.id,
        {
          status: 'active',
          position: p.position,
          contactDays: p.days.reduce((mask, d) => mask | (1 << (d - 1)), 0),
          contactFrom: p.hours.from,
          contactTo: p.hours.to,
        },
        now,
      );
      setPersonTopics(db, person.id, 'offers', topicIds(p.offers));
      setPersonTopics(db, person.id, 'wants', topicIds(p.wants));
      ids.set(p, person.id);
    }
    const having = (role: string) => demo.people.filter((p) => p.roles.includes(role as DemoPerson['roles'][number])).map((p) => ids.get(p)!);
    const cast: DemoCast = { curatorId: having('curator')[0]!, mentorIds: having('mentor'), menteeIds: having('mentee') };
    for (const seed of seeders) seed(deps, orgId, cast, now);
    return cast;
  })();
}
