import type { Organisation, Person, Role } from '../organisation/organisation.js';

const ROLES: readonly Role[] = ['HR', 'Manager', 'Admin'];

/**
 * Who calls, as their verified access token says. The token's app roles (assigned in Entra ID)
 * say what the caller may do; the organisation file says who they are and which teams they
 * manage. A token can come from an application (a payroll connector with the HR role) that is
 * no person of the organisation.
 */
export interface Caller {
  /** The token's oid: the person's Entra object id, or the application's. */
  id: string;
  roles: readonly Role[];
  /** The person of the organisation with that id, if there is one. */
  person: Person | undefined;
}

// Every request looks its caller up: an index per people list (built once) rather than a scan
// of thousands of people each time.
const indexes = new WeakMap<readonly Person[], Map<string, Person>>();

function personById(people: readonly Person[], id: string): Person | undefined {
  let index = indexes.get(people);
  if (!index) {
    index = new Map(people.map((person) => [person.id, person]));
    indexes.set(people, index);
  }
  return index.get(id);
}

/** The caller behind a verified token's oid and roles claim; roles the product does not know are dropped. */
export function callerOf(organisation: Pick<Organisation, 'people'>, id: string, roles: unknown): Caller {
  const claimed = Array.isArray(roles) ? roles : [];
  return {
    id,
    roles: ROLES.filter((role) => claimed.includes(role)),
    person: personById(organisation.people, id),
  };
}
