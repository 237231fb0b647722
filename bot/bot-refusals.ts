import { DomainError } from '../core/errors/error-catalogue.js';

// Apart from bot-adapter.ts on purpose: the /api/messages route needs these when the server
// starts, and importing them from beside botbuilder would load botbuilder and its dependencies (3 MB of code) before
// the first message.

/** A reply the Bot Framework's connector did not take; `cause` says why (for the log only). */
export class ReplyNotDelivered extends DomainError {
  constructor(cause: unknown) {
    super('BOT_REPLY_UNDELIVERED');
    this.cause = cause;
  }
}

// jsonwebtoken's refusals of a token, which botbuilder lets through as they are.
const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/**
 * What a failed Bot Framework authentication means for the caller. botbuilder refuses a token
 * with an AuthenticationError of status 401 (or lets jsonwebtoken's error through); anything else
 * (the OpenID metadata or the keys cannot be fetched: a network error, or an AuthenticationError
 * of status 500) is not the caller's fault: 503, and what happened goes to the log only.
 */
export function botAuthenticationRefusal(error: unknown, authorization: string): DomainError {
  const status = (error as { statusCode?: unknown } | undefined)?.statusCode;
  const name = (error as { name?: unknown } | undefined)?.name;
  const refused = (typeof status === 'number' && status < 500) || TOKEN_ERRORS.has(String(name));
  if (!refused) return new DomainError('BOT_KEYS_UNAVAILABLE');
  if (authorization === '') return new DomainError('AUTH_MISSING_TOKEN');
  return new DomainError('AUTH_INVALID_TOKEN', {
    reason: 'bot-framework',
    explanation: 'the Bot Framework did not issue it for this bot',
  });
}
