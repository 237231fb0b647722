import type { Locale } from '../../core/organisation/organisation.js';
import type { ParseProblem } from '../commands/command.js';
import { MAX_MESSAGE_LENGTH } from '../commands/parse-command.js';
import type { Messages } from '../i18n/messages.js';
import { messagesFor } from '../i18n/messages-for.js';
import { type AdaptiveCardJson, expandCard } from './adaptive-card.js';
import { type CardText, plain, truncate } from './card-text.js';
import { helpTemplate } from './templates/help-template.js';

export interface HelpCardInput {
  locale: Locale;
  /** The part of the message the bot did not understand, as the person typed it. */
  notUnderstood?: string;
  /** What the parser found wrong: said in its own sentence, with an example (wins over notUnderstood). */
  problem?: ParseProblem;
}

/** Enough to recognise one's message; a pasted page would push the help out of sight. */
export const MAX_FRAGMENT_LENGTH = 120;

/**
 * The commands with examples in the person's language, after what went wrong if need be: the
 * parser's problem ("“31/02” is not a possible date…") or "I did not understand: «…»".
 */
export function renderHelpCard(input: HelpCardInput): AdaptiveCardJson {
  const m = messagesFor(input.locale);
  return expandCard(helpTemplate, {
    notUnderstood: firstLine(m, input),
    title: plain(m.help.title),
    intro: plain(m.help.intro),
    commands: m.help.commands.map((command) => ({
      example: plain(command.example),
      meaning: plain(command.meaning),
    })),
    footer: plain(m.help.footer),
  });
}

function firstLine(m: Messages, input: HelpCardInput): CardText | '' {
  const quote = (text: string | undefined) =>
    truncate(text?.replace(/\s+/g, ' ').trim() ?? '', MAX_FRAGMENT_LENGTH);
  if (input.problem !== undefined) {
    const sentence = m.help.problem[input.problem.code];
    return plain(sentence({ fragment: quote(input.problem.fragment), maxLength: MAX_MESSAGE_LENGTH }));
  }
  const fragment = quote(input.notUnderstood);
  return fragment ? plain(m.help.notUnderstood(fragment)) : '';
}
