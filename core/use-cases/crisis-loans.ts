import type { Caller } from '../access/caller.js';
import { managedTeams } from '../access/tally-access.js';
import type { LocalDate } from '../calendar/local-date.js';
import { DomainError } from '../errors/error-catalogue.js';
import type { LedgerStore, LoanUnitOfWork } from '../ledger/ledger.js';
import { findPerson, findTeam } from '../organisation/find-person.js';
import type { Organisation, Person } from '../organisation/organisation.js';
import { type CrisisLoan, essentialFunctionOf } from '../permanence/loans.js';
import { crisisRoleOf } from '../policy/crisis-days.js';

// Lending a person whose mission the crisis suspends to an essential team, for that crisis: a
// manager of the team asks, HR or Admin agrees or refuses. Every check that reads the ledger runs
// inside the transaction that holds the person's and the teams' locks (store.decideLoan), so
// concurrent asks and decisions give what they would one after the other.

type LoanStore = Pick<LedgerStore, 'decideLoan' | 'getLoan' | 'crisisLoans' | 'crisisPeriods'>;

export interface LoanDeps {
  organisation: Pick<Organisation, 'people' | 'teams' | 'policy'>;
  store: LoanStore;
}

/** The crisis, known and not over (its last day is today or later, or it has none yet). */
async function requireCrisisOpen(
  unit: Pick<LoanUnitOfWork, 'crisisPeriods'>,
  crisisId: string,
  today: LocalDate,
): Promise<void> {
  const crisis = (await unit.crisisPeriods()).find((period) => period.id === crisisId);
  if (!crisis) throw new DomainError('UNKNOWN_CRISIS', { crisisId });
  if (crisis.to !== null && crisis.to < today) {
    throw new DomainError('CRISIS_ENDED', { crisisId, from: crisis.from, to: crisis.to });
  }
}

/** The lent person's lock, then the borrowing team's and the person's own teams' (locks.ts). */
function scopeOf(person: Person, teamId: string) {
  return { personId: person.id, teamIds: [...new Set([teamId, ...person.teams])] };
}

/** The loans of a crisis: HR and Admin see them all, a manager those to or from their teams. */
export async function listLoans(
  deps: LoanDeps,
  input: { caller: Caller; crisisId: string },
): Promise<CrisisLoan[]> {
  if (!(await deps.store.crisisPeriods()).some((period) => period.id === input.crisisId)) {
    throw new DomainError('UNKNOWN_CRISIS', { crisisId: input.crisisId });
  }
  const loans = await deps.store.crisisLoans(input.crisisId);
  const { roles } = input.caller;
  if (roles.includes('HR') || roles.includes('Admin')) return loans;
  if (!roles.includes('Manager')) {
    throw new DomainError('FORBIDDEN_ROLE', {
      action: 'Reading the crisis loans',
      role: 'Manager, HR or Admin',
      roles: roles.length > 0 ? roles.join(', ') : 'no role',
    });
  }
  const teams = new Set(managedTeams(input.caller, deps.organisation).map((team) => team.id));
  const people = deps.organisation.people;
  return loans.filter(
    (loan) =>
      teams.has(loan.teamId) || people.find((p) => p.id === loan.personId)?.teams.some((t) => teams.has(t)),
  );
}

/**
 * A manager of an essential team asks to borrow a person whose mission the crisis suspends. The
 * person fills the team's essential function (essentialFunctionOf) once HR or Admin agree.
 */
export async function askLoan(
  deps: LoanDeps,
  input: { caller: Caller; crisisId: string; personId: string; teamId: string; today: LocalDate; at: string },
): Promise<CrisisLoan> {
  const team = findTeam(deps.organisation, input.teamId);
  if (!managedTeams(input.caller, deps.organisation).includes(team)) {
    throw new DomainError('LOAN_ASKER_NOT_MANAGER', { teamId: team.id });
  }
  const person = findPerson(deps.organisation, input.personId);
  const crisis = deps.organisation.policy.crisis;
  const role = crisisRoleOf(person.function, crisis);
  if (role !== 'suspended') {
    throw new DomainError('LOAN_PERSON_NOT_SUSPENDED', {
      personId: person.id,
      function: person.function,
      role,
    });
  }
  const fn = essentialFunctionOf(team, crisis);
  if (fn === undefined) throw new DomainError('LOAN_TEAM_NOT_ESSENTIAL', { teamId: team.id });
  return deps.store.decideLoan(scopeOf(person, team.id), async (unit) => {
    await requireCrisisOpen(unit, input.crisisId, input.today);
    const active = (await unit.loans(input.crisisId)).find(
      (loan) => loan.personId === person.id && loan.status !== 'rejected',
    );
    if (active) {
      throw new DomainError('LOAN_ALREADY_ACTIVE', {
        personId: person.id,
        teamId: active.teamId,
        status: active.status,
      });
    }
    return unit.insertLoan({
      crisisId: input.crisisId,
      personId: person.id,
      teamId: team.id,
      function: fn,
      status: 'asked',
      askedBy: input.caller.id,
      askedAt: input.at,
      decidedBy: null,
      decidedAt: null,
      reason: '',
    });
  });
}

/** HR or Admin agree to (approved) or refuse (rejected, with a reason) a loan still asked. */
export async function decideLoan(
  deps: LoanDeps,
  input: {
    caller: Caller;
    crisisId: string;
    loanId: string;
    decision: 'approved' | 'rejected';
    reason: string;
    today: LocalDate;
    at: string;
  },
): Promise<CrisisLoan> {
  const { roles } = input.caller;
  if (!roles.includes('HR') && !roles.includes('Admin')) {
    throw new DomainError('LOAN_DECISION_FORBIDDEN', {
      roles: roles.length > 0 ? roles.join(', ') : 'no role',
    });
  }
  const asked = await deps.store.getLoan(input.loanId);
  if (!asked || asked.crisisId !== input.crisisId) {
    throw new DomainError('UNKNOWN_LOAN', { loanId: input.loanId, crisisId: input.crisisId });
  }
  const person = findPerson(deps.organisation, asked.personId);
  return deps.store.decideLoan(scopeOf(person, asked.teamId), async (unit) => {
    await requireCrisisOpen(unit, input.crisisId, input.today);
    // Read again under the locks: another decision may have come first.
    const loan = await unit.getLoan(input.loanId);
    if (loan?.status !== 'asked') {
      throw new DomainError('LOAN_ALREADY_DECIDED', { loanId: input.loanId, status: loan?.status ?? 'gone' });
    }
    return unit.decide(loan.id, {
      status: input.decision,
      decidedBy: input.caller.id,
      decidedAt: input.at,
      reason: input.reason.trim(),
    });
  });
}
