import type { Access } from './feature.js';
import type { Person, Role } from './persons/person.js';
import { NotAllowed } from './errors.js';

/** Whether a person may use something with this access. An admin has every curator right. */
export function allows(access: Access, person: Person | null): boolean {
  if (access === 'anyone') return true;
  if (access === 'person') return person !== null && person.status !== 'deactivated';
  if (!person || person.status !== 'active') return false;
  if (access === 'member') return true;
  return access.some((r) => person.roles.includes(r) || (r === 'curator' && person.roles.includes('admin')));
}

/** For services: refuses (NotAllowed) unless the actor has one of the roles. */
export function requireRole(actor: Person | null, ...roles: Role[]): asserts actor is Person {
  if (!allows(roles, actor)) throw new NotAllowed();
}
