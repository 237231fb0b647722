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
