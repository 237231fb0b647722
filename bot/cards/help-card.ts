import type { Locale } from '../../core/organisation/organisation.js';
import { messagesFor } from '../i18n/messages-for.js';
import { type AdaptiveCardJson, expandCard } from './adaptive-card.js';
import { plain, truncate } from './card-text.js';
import { helpTemplate } from './templates/help-template.js';

export interface HelpCardInput {
  locale: Locale;
  /** The part of the message the bot did not understand, as the person typed it. */
  notUnderstood?: string;
}

/** Enough to recognise one's message; a pasted page would push the help out of sight. */
export const MAX_FRAGMENT_LENGTH = 120;

/** The commands with examples in the person's language, after "I did not understand: «…»" if need be. */
export function renderHelpCard(input: HelpCardInput): AdaptiveCardJson {
  const m = messagesFor(input.locale);
  const fragment = input.notUnderstood?.replace(/\s+/g, ' ').trim() ?? '';
  return expandCard(helpTemplate, {
    notUnderstood: fragment ? plain(m.help.notUnderstood(truncate(fragment, MAX_FRAGMENT_LENGTH))) : '',
    title: plain(m.help.title),
    intro: plain(m.help.intro),
    commands: m.help.commands.map((command) => ({
      example: plain(command.example),
      meaning: plain(command.meaning),
    })),
    footer: plain(m.help.footer),
  });
}
