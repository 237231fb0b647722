/**
 * A failure answered the way Microsoft Graph answers it: an HTTP status and
 * `{ error: { code, message, innerError: { date, request-id, client-request-id } } }`
 * (learn.microsoft.com/graph/errors). Handlers throw it; the dispatcher turns it into a response.
 */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'GraphError';
  }
}

export interface ODataErrorBody {
  error: {
    code: string;
    message: string;
    innerError: { date: string; 'request-id': string; 'client-request-id': string };
  };
}

/** Graph's innerError.date has no fraction and no zone designator, e.g. "2025-02-13T10:17:05". */
export function errorBody(
  code: string,
  message: string,
  ids: { requestId: string; clientRequestId: string },
  now: Date = new Date(),
): ODataErrorBody {
  return {
    error: {
      code,
      message,
      innerError: {
        date: now.toISOString().slice(0, 19),
        'request-id': ids.requestId,
        'client-request-id': ids.clientRequestId,
      },
    },
  };
}

// Messages copied from what Graph and Exchange Online answer, so that logs read the same.
export const errors = {
  invalidUser: (user: string) =>
    // Outlook-backed paths answer 404 ErrorInvalidUser for a user the tenant doesn't know, e.g.
    // github.com/microsoftgraph/microsoft-graph-docs-contrib/issues/5460 (statusCode 404).
    new GraphError(404, 'ErrorInvalidUser', `The requested user '${user}' is invalid.`),
  directoryObjectNotFound: (user: string) =>
    // The directory (GET /users/{id}) answers with Entra ID's own code, not Exchange's.
    new GraphError(
      404,
      'Request_ResourceNotFound',
      `Resource '${user}' does not exist or one of its queried reference-property objects are not present.`,
    ),
  itemNotFound: () =>
    new GraphError(404, 'ErrorItemNotFound', 'The specified object was not found in the store.'),
  accessDenied: () =>
    new GraphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.'),
  directoryAccessDenied: () =>
    new GraphError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.'),
  badRequest: (message: string) => new GraphError(400, 'BadRequest', message),
  invalidJson: () =>
    new GraphError(
      400,
      'BadRequest',
      'Unable to read JSON request payload. Please ensure Content-Type header is set and payload is of valid JSON format.',
    ),
  unknownProperty: (name: string) =>
    new GraphError(
      400,
      'RequestBodyRead',
      `The property '${name}' does not exist on type 'Microsoft.OutlookServices.Event'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
    ),
  bodyRead: (message: string) => new GraphError(400, 'RequestBodyRead', message),
  propertyValidation: (detail: string) =>
    // Exchange gives no detail ("At least one property failed validation."); the detail is ours.
    new GraphError(
      400,
      'ErrorPropertyValidationFailure',
      `At least one property failed validation. ${detail}`,
    ),
  timeZoneNotSupported: (zone: string) =>
    new GraphError(
      400,
      'TimeZoneNotSupportedException',
      `A valid TimeZone value must be specified. The following TimeZone value is not supported: '${zone}'.`,
    ),
  unsupportedFilter: (filter: string) =>
    new GraphError(
      400,
      'ErrorInvalidUrlQueryFilter',
      `The query filter contains one or more invalid nodes (the local Graph supports only singleValueExtendedProperties/Any(ep: ep/id eq '...' and ep/value eq '...')): ${filter}`,
    ),
  invalidUrlQuery: (message: string) => new GraphError(400, 'ErrorInvalidUrlQuery', message),
  irresolvableConflict: () =>
    // Exchange's answer to an If-Match that names an older version of the item: 412 with this
    // code and message (reported verbatim in msgraph-sdk-dotnet#1201, "Status Code:
    // PreconditionFailed", and on Microsoft Q&A 271870).
    new GraphError(
      412,
      'ErrorIrresolvableConflict',
      'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.',
    ),
} as const;
