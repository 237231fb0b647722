import type { GraphCaller } from '../identity/graph-caller.js';
import type { Directory, DirectoryEntry } from './directory.js';
import { errors } from './graph-error.js';
import { isMailboxRoute, type Route } from './graph-routes.js';

/**
 * Permissions as Graph checks them (learn.microsoft.com/graph/permissions-reference):
 * - calendars: application role Calendars.ReadWrite (Calendars.Read for reads) reaches every
 *   mailbox, shared mailboxes included; a delegated token with the Calendars.* scope reaches its
 *   own user's mailbox, and reads (GET only) a shared mailbox that names the user among its
 *   readers (a team's permanence calendar, shared with its managers and members). Refusals are
 *   403 ErrorAccessDenied.
 * - directory: GET /users needs User.Read.All or a broader role (app) or User.ReadBasic.All and up
 *   (delegated); a user may always read themselves with User.Read. Refusals are 403
 *   Authorization_RequestDenied, Entra ID's code.
 */
const CALENDAR_WRITE = ['Calendars.ReadWrite'];
const CALENDAR_READ = ['Calendars.Read', 'Calendars.ReadBasic', 'Calendars.ReadWrite'];
const DIRECTORY_READ_ALL = [
  'User.Read.All',
  'User.ReadWrite.All',
  'Directory.Read.All',
  'Directory.ReadWrite.All',
  'User.ReadBasic.All',
];

const holds = (granted: string[], wanted: string[]) =>
  granted.some((permission) => wanted.some((w) => w.toLowerCase() === permission.toLowerCase()));

function granted(caller: GraphCaller): string[] {
  return caller.kind === 'app' ? caller.roles : caller.scopes;
}

/** Throws unless the token's roles or scopes allow the operation at all (before any lookup). */
export function requirePermission(caller: GraphCaller, route: Route, method: string): void {
  if (route.kind === 'batch') return;
  const permissions = granted(caller);
  if (isMailboxRoute(route)) {
    if (!holds(permissions, method === 'GET' ? CALENDAR_READ : CALENDAR_WRITE)) throw errors.accessDenied();
    return;
  }
  // Reading one user may be reading oneself (User.Read): resolveOwner checks who it is.
  const self = caller.kind === 'user' && route.kind === 'user';
  if (!holds(permissions, self ? [...DIRECTORY_READ_ALL, 'User.Read'] : DIRECTORY_READ_ALL))
    throw errors.directoryAccessDenied();
}

/**
 * The directory entry a route names. `/me` needs a delegated token (Graph: "/me request is only
 * valid with delegated authentication flow."). A delegated token reaches only its own mailbox.
 */
export function resolveOwner(
  caller: GraphCaller,
  route: Route,
  directory: Directory,
  method = 'GET',
): DirectoryEntry {
  const named = route.user ?? '';
  const isMe = named.toLowerCase() === 'me';
  if (isMe && caller.kind === 'app')
    throw errors.badRequest('/me request is only valid with delegated authentication flow.');
  const key = isMe && caller.kind === 'user' ? caller.userId : named;
  const entry = directory.find(key);
  if (!entry) throw route.kind === 'user' ? errors.directoryObjectNotFound(key) : errors.invalidUser(key);
  if (
    caller.kind === 'user' &&
    isMailboxRoute(route) &&
    entry.id.toLowerCase() !== caller.userId.toLowerCase() &&
    !(method === 'GET' && isReader(entry, caller.userId))
  )
    throw errors.accessDenied();
  if (
    caller.kind === 'user' &&
    route.kind === 'user' &&
    entry.id.toLowerCase() !== caller.userId.toLowerCase()
  )
    if (!holds(caller.scopes, DIRECTORY_READ_ALL)) throw errors.directoryAccessDenied();
  return entry;
}

function isReader(entry: DirectoryEntry, userId: string): boolean {
  return (entry.readers ?? []).some((reader) => reader.toLowerCase() === userId.toLowerCase());
}
