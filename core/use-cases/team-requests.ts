import type { Caller } from '../access/caller.js';
import { requirePerson } from '../access/tally-access.js';
import { requireTeamPlanner } from '../access/team-access.js';
import { CALENDAR_YEARS, type LocalDate } from '../calendar/local-date.js';
import type { LedgerStore, TeleworkEntry } from '../ledger/ledger.js';
import type { Organisation, Person } from '../organisation/organisation.js';
import { membersOf } from '../permanence/presence.js';
import { decideRequest } from './decide-request.js';

/** The team's pending requests from today on, oldest day first. */
export async function pendingTeamRequests(
  deps: {
    organisation: Pick<Organisation, 'people' | 'teams'>;
    store: Pick<LedgerStore, 'activeEntries'>;
  },
  call: { caller: Caller; teamId: string; today: LocalDate },
): Promise<{ teamId: string; requests: TeleworkEntry[] }> {
  const team = requireTeamPlanner(call.caller, deps.organisation, call.teamId);
  const members = membersOf(team, deps.organisation.people).map((person) => person.id);
  const active =
    members.length > 0
      ? await deps.store.activeEntries(members, call.today, `${CALENDAR_YEARS.last}-12-31`)
      : [];
  return { teamId: team.id, requests: active.filter((entry) => entry.status === 'pending') };
}

/** Tells the requester in Teams that their request was decided (the bot's notice card). */
export type TellRequester = (entry: TeleworkEntry, decider: Person) => Promise<void>;

/**
 * A decision from the API, under the approval card's rules (decideRequest: the approvers named by
 * the policy, or HR; never one's own), the reason kept in the ledger as proof; then the requester
 * is told, as after a press on the card.
 */
export async function decideRequestFromApi(
  deps: {
    organisation: Pick<Organisation, 'people'>;
    store: Pick<LedgerStore, 'getEntry' | 'decideEntry'>;
    tellRequester?: TellRequester;
  },
  call: { caller: Caller; entryId: string; decision: 'approve' | 'reject'; reason?: string; at: string },
): Promise<TeleworkEntry> {
  const decider = requirePerson(call.caller);
  const entry = await decideRequest(deps, {
    entryId: call.entryId,
    deciderId: decider.id,
    decision: call.decision === 'approve' ? 'approved' : 'rejected',
    note: call.reason ?? '',
    at: call.at,
    source: 'api',
  });
  await deps.tellRequester?.(entry, decider);
  return entry;
}
