import { DomainError } from '../errors/error-catalogue.js';
import type { LedgerStore, Source, TeleworkEntry } from '../ledger/ledger.js';
import { findPerson } from '../organisation/find-person.js';
import type { Organisation, PersonId } from '../organisation/organisation.js';

export interface CancelTeleworkInput {
  entryId: string;
  byId: PersonId;
  reason: string;
  at: string;
  source: Source;
}

/**
 * Cancels a telework day. The person themself, the managers of their teams and HR may cancel;
 * the entry stays in the ledger with status cancelled.
 */
export async function cancelTelework(
  deps: {
    organisation: Pick<Organisation, 'people' | 'teams'>;
    store: Pick<LedgerStore, 'getEntry' | 'cancelEntry'>;
  },
  input: CancelTeleworkInput,
): Promise<TeleworkEntry> {
  const by = findPerson(deps.organisation, input.byId);
  const entry = await deps.store.getEntry(input.entryId);
  if (!entry) throw new DomainError('UNKNOWN_ENTRY', { entryId: input.entryId });
  const owner = findPerson(deps.organisation, entry.personId);
  const managesOwner = deps.organisation.teams.some(
    (team) => owner.teams.includes(team.id) && team.managers.includes(by.id),
  );
  if (by.id !== owner.id && !managesOwner && !by.roles.includes('HR')) {
    throw new DomainError('NOT_AN_APPROVER', { personId: by.id, requesterId: owner.id });
  }
  return deps.store.cancelEntry(entry.id, input.reason, {
    actorId: by.id,
    source: input.source,
    at: input.at,
  });
}
