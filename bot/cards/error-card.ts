import type { ErrorCode } from '../../core/errors/error-catalogue.js';
import type { Locale } from '../../core/organisation/organisation.js';
import { errorMessage } from '../i18n/error-message.js';
import { messagesFor } from '../i18n/messages-for.js';
import { type AdaptiveCardJson, expandCard } from './adaptive-card.js';
import { plain } from './card-text.js';
import { errorTemplate } from './templates/error-template.js';

export interface ErrorCardInput {
  locale: Locale;
  /** A DomainError, or its code and params as they came back from the API. */
  error: { code: ErrorCode; params?: Readonly<Record<string, string | number>> };
  /** The employer's name, for "you are not in {employer}'s organisation file". */
  employerName?: string;
}

/** The error catalogue's translation on a card: the message, and the code for the helpdesk. */
export function renderErrorCard(input: ErrorCardInput): AdaptiveCardJson {
  const m = messagesFor(input.locale);
  const { code } = input.error;
  return expandCard(errorTemplate, {
    title: plain(m.error.title),
    message: plain(errorMessage(input.locale, code, input.error.params ?? {}, input.employerName)),
    code: plain(m.error.code(code)),
  });
}
