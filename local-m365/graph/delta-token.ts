import { GraphError } from './graph-error.js';

/**
 * The state a delta link carries. Graph's state tokens encode startDateTime, endDateTime and the
 * other parameters of the first request and are opaque to the client
 * (learn.microsoft.com/graph/delta-query-events): the client stores and replays the whole URL.
 * Here the state is base64url JSON behind a fixed prefix; nobody is meant to read it.
 */
export interface DeltaState {
  /** Mailbox (directory id). */
  m: string;
  /** The window, as instants. */
  s: number;
  e: number;
  /** Changes after this write number... */
  since: number;
  /** ...and up to this one: the round's snapshot, fixed by its first page. */
  upto: number;
  /** $skiptoken only: the last id served, pages follow in id order. */
  after?: string;
  /** $skiptoken only: the round is the first (full) synchronisation. */
  initial?: boolean;
}

const PREFIX = 'R0usmc';

export function encodeDeltaState(state: DeltaState): string {
  return `${PREFIX}${Buffer.from(JSON.stringify(state)).toString('base64url')}`;
}

const invalid = () =>
  // Exchange's answer to a sync state it cannot read.
  new GraphError(400, 'ErrorInvalidSyncStateData', 'Sync state data is corrupt or otherwise invalid.');

export function decodeDeltaState(token: string, mailbox: string): DeltaState {
  if (!token.startsWith(PREFIX)) throw invalid();
  let state: unknown;
  try {
    state = JSON.parse(Buffer.from(token.slice(PREFIX.length), 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const candidate = state as Partial<DeltaState> | null;
  const numbers = [candidate?.s, candidate?.e, candidate?.since, candidate?.upto];
  if (
    !candidate ||
    candidate.m !== mailbox ||
    !numbers.every((n) => typeof n === 'number' && Number.isFinite(n))
  )
    throw invalid();
  return candidate as DeltaState;
}
