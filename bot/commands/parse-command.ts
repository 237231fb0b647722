import { isLocalDate, type LocalDate } from '../../core/calendar/local-date.js';
import { isLocale, type Locale } from '../../core/organisation/organisation.js';
import type { Command, ParseContext } from './command.js';
import { aliasLanguage, LanguageVote } from './command-language.js';
import { dutiesCommand } from './duties-command.js';
import { type Fail, failIn, ParseFailure } from './parse-problem.js';
import { DateReader, type Item, type Reading } from './read-dates.js';
import { DateResolver, normalise } from './resolve-dates.js';
import { cleanMessage, is, type Token, tokenize } from './tokens.js';

export type { Command, ParseContext, ParseProblem, ParseProblemCode } from './command.js';
export { MAX_RANGE_DAYS, MAX_WRAPPED_RANGE_DAYS } from './resolve-dates.js';

/** Longer messages are refused before any expression or chrono runs on them. */
export const MAX_MESSAGE_LENGTH = 500;

/**
 * Reads a Teams message to the telework bot. Pure: `today` comes from the caller; the result
 * depends on nothing else (not the clock, not the server's time zone). Never throws on any text.
 *
 * Three steps, one file each: which language the message is in (command-language.ts), the date
 * expressions it says (read-dates.ts), and the dates they name, given today (resolve-dates.ts).
 */
export function parseCommand(text: string, context: ParseContext): Command {
  if (!isLocalDate(context.today)) throw new RangeError(`today is not a calendar date: ${context.today}`);
  const fallback = isLocale(context.fallbackLanguage) ? context.fallbackLanguage : 'en';
  if (typeof text !== 'string' || text.trim() === '') {
    return { intent: 'unknown', language: fallback, problem: { code: 'EMPTY' } };
  }
  if (text.length > MAX_MESSAGE_LENGTH) {
    return {
      intent: 'unknown',
      language: aliasLanguage(text.slice(0, 100)) ?? fallback,
      problem: { code: 'TOO_LONG' },
    };
  }
  const message = cleanMessage(text);
  const duties = dutiesCommand(message.text, fallback);
  if (duties) return duties;
  const tokens = tokenize(message.text);
  if (tokens.length === 0) {
    // Only the mention of the bot: the person called it without a word, as "/telework" alone.
    return message.mentioned
      ? { intent: 'help', language: fallback }
      : { intent: 'unknown', language: fallback, problem: { code: 'EMPTY' } };
  }
  return new CommandParser(message.text, tokens, context.today, fallback).parse();
}

/** What the message asks, from what it says: help, a list, or days to declare or cancel. */
class CommandParser {
  private readonly votes: LanguageVote;
  private readonly fail: Fail;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly today: LocalDate,
    fallback: Locale,
  ) {
    this.votes = new LanguageVote(tokens, fallback);
    this.fail = failIn(text, tokens);
  }

  parse(): Command {
    const helpAt = this.tokens.findIndex((t) => is(t, 'help'));
    if (helpAt >= 0) {
      this.votes.take(helpAt, 'help');
      return { intent: 'help', language: this.votes.language() };
    }
    const said = this.tokens.filter((t) => t.type !== 'punct' && !is(t, 'alias'));
    if (said.length === 0) return { intent: 'help', language: this.votes.language() };
    try {
      const reading = new DateReader(this.text, this.tokens, this.today, this.votes, this.fail).read();
      return this.build(reading);
    } catch (error) {
      if (error instanceof ParseFailure) {
        return { intent: 'unknown', language: this.votes.language(), problem: error.problem };
      }
      throw error;
    }
  }

  private build(reading: Reading): Command {
    const { items, weeks, cancelAt, listAt, declareAt } = reading;
    const resolver = new DateResolver(this.today, this.fail);
    const language = this.votes.language();
    const [week, other] = weeks;
    if (week !== undefined && other !== undefined && other.phrase.week !== week.phrase.week) {
      this.fail('UNREADABLE_DATE', other.token, other.token);
    }
    const listAsked = listAt !== undefined || weeks.some((w) => w.phrase.list === true);
    if (listAsked) {
      if (cancelAt !== undefined) this.fail('UNKNOWN_COMMAND', cancelAt, cancelAt);
      const item = items[0];
      if (item !== undefined) this.fail('UNKNOWN_COMMAND', ...span(item));
      return { intent: 'list', range: week?.phrase.week === 'next' ? 'next-week' : 'this-week', language };
    }
    const intent = cancelAt === undefined ? 'declare' : 'cancel';
    const weekdays = items.some((item) => {
      const atom = item.kind === 'single' ? item.atom : item.from;
      return atom.base.kind === 'weekday' && atom.modifier === undefined;
    });
    const inWeek = week !== undefined && week.phrase.all !== true && weekdays ? week.phrase.week : undefined;
    const days = resolver.resolveItems(items, inWeek);
    let pattern = false;
    if (week !== undefined && inWeek === undefined) {
      if (week.phrase.all === true || intent === 'cancel')
        days.push(...resolver.workingDaysOf(week.phrase.week));
      else if (week.phrase.week === 'next') pattern = true;
      else if (items.length === 0) return { intent: 'list', range: 'this-week', language };
      else this.fail('UNREADABLE_DATE', week.token, week.token);
    }
    if (days.length === 0 && !pattern) {
      // Only a greeting, a "merci", an article: the person gets the help.
      if (intent === 'declare' && declareAt === undefined && items.length === 0 && week === undefined) {
        return { intent: 'help', language };
      }
      this.fail('NO_DATE');
    }
    const sorted = normalise(days);
    if (intent === 'cancel') return { intent, days: sorted, language };
    return pattern
      ? { intent, days: sorted, language, pattern: 'next-week-structural' }
      : { intent, days: sorted, language };
  }
}

function span(item: Item): [number, number] {
  return item.kind === 'single' ? [item.atom.first, item.atom.last] : [item.from.first, item.to.last];
}
