import { describe, expect, it } from 'vitest';
import { type Caller, callerOf } from '../../core/access/caller.js';
import { type PeopleFilter, readablePeople } from '../../core/access/tally-access.js';
import { DomainError } from '../../core/errors/error-catalogue.js';
import type { Organisation, Person, Role, Team } from '../../core/organisation/organisation.js';
import { FULL_TIME } from './fixtures.js';

// Who sees whose tally, as a table. Two teams; Mia manages A, Max manages B; Hugo is HR in B;
// Pim has the Manager role but manages nothing; Ed and Eva are employees of A and B.
function member(id: string, teams: string[], roles: Role[] = []): Person {
  return {
    id,
    upn: `${id}@x.be`,
    displayName: id,
    locale: 'nl',
    teams,
    function: 'f',
    regime: FULL_TIME,
    arrangement: { type: 'occasional' },
    roles,
  };
}
const people = [
  member('mia', ['a'], ['Manager']),
  member('ed', ['a']),
  member('max', ['b'], ['Manager']),
  member('eva', ['b']),
  member('hugo', ['b'], ['HR']),
  member('pim', ['a'], ['Manager']),
  member('ann', ['a', 'b']),
];
const teams: Team[] = [
  { id: 'a', name: 'A', managers: ['mia'], permanence: [] },
  { id: 'b', name: 'B', managers: ['max'], permanence: [] },
];
const organisation: Pick<Organisation, 'people' | 'teams'> = { people, teams };

/** The caller as their token says: roles from the token, the person from the organisation. */
const as = (id: string, roles: Role[] = people.find((p) => p.id === id)?.roles ?? []): Caller =>
  callerOf(organisation, id, roles);

function outcome(caller: Caller, filter: PeopleFilter): string[] | string {
  try {
    return readablePeople(caller, organisation, filter).map((person) => person.id);
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
}

const ALL = ['mia', 'ed', 'max', 'eva', 'hugo', 'pim', 'ann'];

describe('readablePeople', () => {
  it.each<[string, Caller, PeopleFilter, string[] | string]>([
    // employees: themselves
    ['an employee, no filter', as('ed'), {}, ['ed']],
    ['an employee, themselves', as('ed'), { person: 'ed' }, ['ed']],
    ['an employee, a colleague', as('ed'), { person: 'mia' }, 'FORBIDDEN_PERSON'],
    ['an employee, their team', as('ed'), { team: 'a' }, 'FORBIDDEN_TEAM'],
    ['an employee, a team that does not exist', as('ed'), { team: 'zz' }, 'UNKNOWN_TEAM'],
    ['an employee, an id that does not exist', as('ed'), { person: 'ghost' }, 'FORBIDDEN_PERSON'],
    // managers: themselves and the teams they manage
    ['a manager, no filter', as('mia'), {}, ['mia', 'ed', 'pim', 'ann']],
    ['a manager, their team', as('mia'), { team: 'a' }, ['mia', 'ed', 'pim', 'ann']],
    ['a manager, another team', as('mia'), { team: 'b' }, 'FORBIDDEN_TEAM'],
    ['a manager, someone of another team', as('mia'), { person: 'eva' }, 'FORBIDDEN_PERSON'],
    ['a manager, someone in both teams', as('max'), { person: 'ann' }, ['ann']],
    ['a manager, their team and someone in it', as('max'), { team: 'b', person: 'eva' }, ['eva']],
    ['a manager, an id that does not exist', as('mia'), { person: 'ghost' }, 'FORBIDDEN_PERSON'],
    ['the Manager role without a team', as('pim'), {}, ['pim']],
    ['the Manager role without a team, a team', as('pim'), { team: 'a' }, 'FORBIDDEN_TEAM'],
    ['a named manager whose token lacks the role', as('mia', []), { team: 'a' }, 'FORBIDDEN_TEAM'],
    // HR: everyone
    ['HR, no filter', as('hugo'), {}, ALL],
    ['HR, a team', as('hugo'), { team: 'a' }, ['mia', 'ed', 'pim', 'ann']],
    ['HR, anyone', as('hugo'), { person: 'ed' }, ['ed']],
    ['HR, an id that does not exist', as('hugo'), { person: 'ghost' }, 'UNKNOWN_PERSON'],
    ['HR, a team that does not exist', as('hugo'), { team: 'zz' }, 'UNKNOWN_TEAM'],
    ['an employee whose token claims HR', as('ed', ['HR']), {}, ALL],
    // callers who are no person of the organisation
    ['an application with the HR role', as('app-payroll', ['HR']), {}, ALL],
    ['an application without a role', as('app-other', []), {}, 'AUTH_UNKNOWN_PERSON'],
    ['a stranger with the Manager role', as('stranger', ['Manager']), {}, 'AUTH_UNKNOWN_PERSON'],
  ])('%s', (_label, caller, filter, expected) => {
    expect(outcome(caller, filter)).toEqual(expected);
  });
});

describe('callerOf', () => {
  it('keeps only the roles the product knows, and finds the person', () => {
    const caller = callerOf(organisation, 'ed', ['HR', 'Owner', 42, 'Manager']);
    expect(caller.roles).toEqual(['HR', 'Manager']);
    expect(caller.person?.id).toBe('ed');
  });
  it('reads a roles claim that is no list as no role', () => {
    expect(callerOf(organisation, 'ed', 'HR').roles).toEqual([]);
  });
});
