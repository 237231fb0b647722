import { DomainError } from '../errors/error-catalogue.js';
import type { LedgerStore, Source, TeleworkEntry } from '../ledger/ledger.js';
import { findPerson } from '../organisation/find-person.js';
import type { Organisation, PersonId } from '../organisation/organisation.js';

export interface DecideRequestInput {
  entryId: string;
  deciderId: PersonId;
  decision: 'approved' | 'rejected';
  /** Why, in the decider's words; kept in the ledger as the written approval the rules ask for. */
  note: string;
  at: string;
  source: Source;
}

/**
 * A manager approves or rejects a pending telework request. Only the approvers the policy named
 * when the request was made, or HR, may decide.
 */
export async function decideRequest(
  deps: { organisation: Pick<Organisation, 'people'>; store: Pick<LedgerStore, 'getEntry' | 'decideEntry'> },
  input: DecideRequestInput,
): Promise<TeleworkEntry> {
  const decider = findPerson(deps.organisation, input.deciderId);
  const entry = await deps.store.getEntry(input.entryId);
  if (!entry) throw new DomainError('UNKNOWN_ENTRY', { entryId: input.entryId });
  // Nobody approves their own request, HR included: the approval is someone else's written word.
  const ownRequest = entry.personId === decider.id;
  if (ownRequest || (!entry.approvers.includes(decider.id) && !decider.roles.includes('HR'))) {
    throw new DomainError('NOT_AN_APPROVER', { personId: decider.id, requesterId: entry.personId });
  }
  return deps.store.decideEntry(entry.id, input.decision, input.note, {
    actorId: decider.id,
    source: input.source,
    at: input.at,
  });
}
