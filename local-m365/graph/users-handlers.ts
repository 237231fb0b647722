import { Directory } from './directory.js';
import { errors } from './graph-error.js';
import { type GraphResponse, jsonResponse, linkWith } from './graph-request.js';
import type { HandlerContext } from './handler-context.js';
import { QueryOptions } from './odata-query.js';

/**
 * GET /users and GET /users/{id | userPrincipalName} (and /me): the directory, with Graph's default
 * user properties. Only $select (and $top for the list) are understood; the list pages with
 * $skiptoken like Entra ID does (100 per page by default).
 */
const USER_PROPERTIES = Object.keys(
  Directory.toGraphUser({ id: '', userPrincipalName: '', displayName: '' }),
);

function selected(options: QueryOptions) {
  const select = options.get('$select');
  if (select === undefined) return (user: Record<string, unknown>) => user;
  const names = select.split(',').map((raw) => {
    const name = USER_PROPERTIES.find((property) => property.toLowerCase() === raw.trim().toLowerCase());
    if (!name)
      throw errors.badRequest(
        `Could not find a property named '${raw.trim()}' on type 'microsoft.graph.user'.`,
      );
    return name;
  });
  return (user: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(user).filter(([key]) => names.includes(key)));
}

export function listUsers(context: Omit<HandlerContext, 'owner'>): GraphResponse {
  const options = new QueryOptions(context.request.query);
  options.allowOnly(['$select', '$top', '$skiptoken']);
  const pick = selected(options);
  const top = Math.max(1, Math.min(options.integer('$top') ?? 100, 999));
  const token = options.get('$skiptoken');
  const skip = token ? Number.parseInt(Buffer.from(token, 'base64url').toString('utf8'), 10) || 0 : 0;
  const entries = context.directory.entries;
  const body: Record<string, unknown> = {
    '@odata.context': `${context.request.baseUrl}/$metadata#users`,
    value: entries.slice(skip, skip + top).map((entry) => pick(Directory.toGraphUser(entry))),
  };
  if (skip + top < entries.length)
    body['@odata.nextLink'] = linkWith(context.request, {
      $skiptoken: Buffer.from(String(skip + top)).toString('base64url'),
    });
  return jsonResponse(200, body);
}

export function getUser(context: HandlerContext): GraphResponse {
  const options = new QueryOptions(context.request.query);
  options.allowOnly(['$select']);
  return jsonResponse(200, {
    '@odata.context': `${context.request.baseUrl}/$metadata#users/$entity`,
    ...selected(options)(Directory.toGraphUser(context.owner)),
  });
}
