/**
 * The one catalogue of errors the product can give. Codes are stable (clients and support match
 * on them); the HTTP layer maps them to problem+json with `httpStatus`, the bot to a card in the
 * person's language. `params` carry what the message needs to say what to fix.
 */
export const errorCatalogue = {
  ORG_FILE_UNREADABLE: { httpStatus: 500, message: 'The organisation file {file} cannot be read: {reason}' },
  ORG_FILE_INVALID: { httpStatus: 500, message: '{file}: {path}: {problem}' },
  CONFIG_INVALID: { httpStatus: 500, message: 'Configuration {variable}: {problem}' },
  LOCAL_ONLY: {
    httpStatus: 403,
    message: 'The local sign-in answers only on this machine (loopback); it does not exist in production.',
  },
  UNKNOWN_UPN: { httpStatus: 404, message: 'No person signs in as {upn} in the organisation.' },
  UNKNOWN_PERSON: { httpStatus: 404, message: 'No person {personId} in the organisation.' },
  UNKNOWN_TEAM: { httpStatus: 404, message: 'No team {teamId} in the organisation.' },
  UNKNOWN_ENTRY: { httpStatus: 404, message: 'No telework entry {entryId}.' },
  INVALID_DATE: { httpStatus: 400, message: '{value} is not a calendar date; write it as YYYY-MM-DD.' },
  INVALID_MONTH: { httpStatus: 400, message: '{value} is not a month; write it as YYYY-MM.' },
  INVALID_PERIOD: {
    httpStatus: 400,
    message:
      'The period {from} to {to} is not possible: it must end on or after its start and last at most {maxDays} days.',
  },
  INVALID_REGIME: {
    httpStatus: 400,
    message: 'Regime {value} is not possible: it must be more than 0 and at most 1 (full time).',
  },
  INVALID_DAY_PART: { httpStatus: 400, message: '{value} is not a part of a day; use full, am or pm.' },
  EMPTY_REQUEST: { httpStatus: 400, message: 'The request names no day.' },
  ENTRY_NOT_PENDING: {
    httpStatus: 409,
    message: 'Entry {entryId} is {status}; only a pending request can be approved or refused.',
  },
  NO_STRUCTURAL_PATTERN: {
    httpStatus: 409,
    message: 'There is no agreed weekly telework pattern for {personId}; name the days instead.',
  },
  NOTHING_TO_CANCEL: { httpStatus: 404, message: 'There is no telework to cancel on {days}.' },
  ENTRY_ALREADY_CANCELLED: { httpStatus: 409, message: 'Entry {entryId} is already cancelled.' },
  ENTRY_NOT_ACTIVE: {
    httpStatus: 409,
    message: 'Entry {entryId} is {status}; only an accepted or pending entry can be cancelled.',
  },
  UNKNOWN_DUTY: { httpStatus: 404, message: 'No permanence duty {dutyId}.' },
  NOT_AN_APPROVER: { httpStatus: 403, message: '{personId} may not decide on requests of {requesterId}.' },
  MONTH_ALREADY_CLOSED: { httpStatus: 409, message: 'Month {month} is already closed.' },
  MONTH_NOT_OVER: {
    httpStatus: 409,
    message: 'Month {month} is not over yet; it can be closed from {firstDay}.',
  },
  MONTH_IN_FUTURE: {
    httpStatus: 409,
    message: 'Month {month} has not begun yet; it can be closed once it is over, from {firstDay}.',
  },
  CRISIS_OVERLAPS: {
    httpStatus: 409,
    message:
      'A crisis from {from} would overlap the crisis from {otherFrom} to {otherTo}; end that one first, before {from}.',
  },
  CRISIS_ENDS_BEFORE_START: {
    httpStatus: 409,
    message: 'The crisis cannot end on {to}: it started on {from}; write a date on or after {from}.',
  },
  NO_CRISIS_UNDER_WAY: { httpStatus: 409, message: 'No crisis is under way, so none can end.' },
  INVALID_PAGE: {
    httpStatus: 400,
    message: 'Page {page} of {pageSize} is not possible: page from 1, pageSize from 1 to {maxPageSize}.',
  },
  // The HTTP API's callers. 401: we do not know who you are; 403: we know, and you may not.
  AUTH_MISSING_TOKEN: {
    httpStatus: 401,
    message: 'This needs a Microsoft Entra ID access token: send the header Authorization: Bearer <token>.',
  },
  AUTH_INVALID_TOKEN: {
    httpStatus: 401,
    message: 'The access token is refused ({reason}): {explanation}. Sign in again to get a new one.',
  },
  AUTH_KEYS_UNAVAILABLE: {
    httpStatus: 503,
    message:
      'The signing keys of the tenant cannot be read right now, so no token can be checked; try again.',
  },
  AUTH_UNKNOWN_PERSON: {
    httpStatus: 403,
    message: 'The account {callerId} is not a person of the organisation file; ask HR to add it.',
  },
  FORBIDDEN_ROLE: {
    httpStatus: 403,
    message: '{action} needs the app role {role}; the token has {roles}.',
  },
  FORBIDDEN_TEAM: {
    httpStatus: 403,
    message: 'You may not see team {teamId}: only its managers and HR may.',
  },
  FORBIDDEN_PERSON: {
    httpStatus: 403,
    message: 'You may not see the tally of {personId}: only the person, their managers and HR may.',
  },
  RATE_LIMITED: { httpStatus: 429, message: 'Too many requests; try again in {after}.' },
  NOT_READY: { httpStatus: 503, message: 'Not ready: {failing}.' },
} as const satisfies Record<string, { httpStatus: number; message: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly params: Readonly<Record<string, string | number>>;

  constructor(code: ErrorCode, params: Record<string, string | number> = {}) {
    super(formatMessage(errorCatalogue[code].message, params));
    this.name = 'DomainError';
    this.code = code;
    this.params = params;
  }

  get httpStatus(): number {
    return errorCatalogue[this.code].httpStatus;
  }
}

function formatMessage(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
