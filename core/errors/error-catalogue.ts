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
  // The calendar the product handles: core/calendar/local-date.ts, CALENDAR_YEARS.
  DATE_OUT_OF_RANGE: {
    httpStatus: 400,
    message: '{value} is outside the calendar this service handles: dates from {from} to {to}.',
  },
  MONTH_OUT_OF_RANGE: {
    httpStatus: 400,
    message: '{value} is outside the calendar this service handles: months from {from} to {to}.',
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
  UNKNOWN_PARKED_CHANGE: {
    httpStatus: 404,
    message: 'No parked calendar change {ids}; GET /api/v1/admin/calendar-sync/parked lists them.',
  },
  // A permanence duty that cannot be held (core/permanence/duty-checks.ts): nothing is written.
  DUTY_OUTSIDE_TEAM: {
    httpStatus: 422,
    message: '{personId} is not a member of team {teamId}: only its members can hold its permanence.',
  },
  DUTY_ON_WEEKEND: { httpStatus: 422, message: '{date} is a weekend day: no permanence is held.' },
  DUTY_ON_HOLIDAY: {
    httpStatus: 422,
    message: '{date} is a day the site is closed ({name}): no permanence is held.',
  },
  DUTY_ON_DAY_OFF: {
    httpStatus: 422,
    message: '{personId} does not work on {date} under their regime.',
  },
  DUTY_PERSON_SUSPENDED: {
    httpStatus: 422,
    message:
      "{personId}'s mission is suspended by the crisis on {date}: they do not work in team {teamId} that day (a person lent to an essential team holds duties there).",
  },
  DUTY_IN_PAST: {
    httpStatus: 422,
    message: '{date} is past (today is {today}): duties are planned from today on.',
  },
  DUTY_ALREADY_ASSIGNED: {
    httpStatus: 409,
    message: '{personId} is already on duty on {date} ({part}), in this team or another.',
  },
  DUTY_ON_TELEWORK: {
    httpStatus: 409,
    message: '{personId} teleworks or asked to telework on {date} ({part}); decide or cancel that first.',
  },
  DUTY_OUTSIDE_PERIOD: {
    httpStatus: 422,
    message: 'The duty on {date} is outside the roster period {from} to {to}.',
  },
  // Optimistic concurrency on a team's planning (the coverage's ETag): nothing is written.
  TEAM_VERSION_STALE: {
    httpStatus: 412,
    message:
      "Team {teamId}'s planning changed since you read it (version now {version}); read the coverage again.",
  },
  TEAM_VERSION_REQUIRED: {
    httpStatus: 428,
    message:
      "Changing team {teamId}'s planning needs If-Match with the version the coverage gave (now {version}).",
  },
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
  // Lending a person whose mission the crisis suspends to an essential team.
  UNKNOWN_CRISIS: { httpStatus: 404, message: 'No crisis {crisisId}; GET /crisis lists them.' },
  CRISIS_ENDED: {
    httpStatus: 409,
    message: 'The crisis from {from} ended on {to}: nobody can be lent for it any more.',
  },
  UNKNOWN_LOAN: { httpStatus: 404, message: 'No loan {loanId} in the crisis {crisisId}.' },
  LOAN_PERSON_NOT_SUSPENDED: {
    httpStatus: 409,
    message:
      '{personId} cannot be lent: a crisis does not suspend the mission of their function {function} (the continuity plan says {role}).',
  },
  LOAN_TEAM_NOT_ESSENTIAL: {
    httpStatus: 409,
    message:
      'Nobody can be lent to {teamId}: its rules keep no minimum of an essential function during a crisis.',
  },
  LOAN_ASKER_NOT_MANAGER: {
    httpStatus: 403,
    message:
      'Only a manager of {teamId} (the Manager role, named in the organisation file) can ask to borrow someone for it.',
  },
  LOAN_DECISION_FORBIDDEN: {
    httpStatus: 403,
    message: 'Only HR or Admin agree to or refuse a loan; your roles: {roles}.',
  },
  LOAN_ALREADY_DECIDED: { httpStatus: 409, message: 'The loan {loanId} is already {status}.' },
  LOAN_ALREADY_ACTIVE: {
    httpStatus: 409,
    message:
      '{personId} is already asked for or lent in this crisis (to {teamId}, {status}): one loan at a time.',
  },
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
    message: 'You may not see or plan team {teamId}: its members see its week; its managers and HR plan it.',
  },
  FORBIDDEN_PERSON: {
    httpStatus: 403,
    message: 'You may not see the tally of {personId}: only the person, their managers and HR may.',
  },
  RATE_LIMITED: { httpStatus: 429, message: 'Too many requests; try again in {after}.' },
  NOT_READY: { httpStatus: 503, message: 'Not ready: {failing}.' },
  // What the HTTP layer refuses before any route runs (api/plugins/problem-details.ts).
  REQUEST_INVALID: { httpStatus: 400, message: '{problem}' },
  REQUEST_TOO_LARGE: { httpStatus: 413, message: 'The request body is larger than {limit} bytes.' },
  UNSUPPORTED_MEDIA_TYPE: {
    httpStatus: 415,
    message: 'A body of type {contentType} is not accepted here; send application/json.',
  },
  BOT_REPLY_UNDELIVERED: {
    httpStatus: 502,
    message: "The bot's answer could not be delivered through the Bot Framework; send the message again.",
  },
  BOT_KEYS_UNAVAILABLE: {
    httpStatus: 503,
    message:
      "The Bot Framework's signing keys cannot be read right now, so no message can be checked; try again.",
  },
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
