import { LOCALES, type Locale } from '../../core/organisation/organisation.js';
import { languagesOf, type MeaningKind, meaningOf } from './lexicon.js';
import { cleanMessage, entriesOf, is, type Token, tokenize } from './tokens.js';

/** When two languages tie, the first of these wins (after the Teams locale). */
const TIE_ORDER: readonly Locale[] = ['en', 'nl', 'fr', 'de'];

/**
 * Which language a message is in. The command word ("/télétravail", "/thuiswerk") is noted
 * first; then, as the reader takes each word with one meaning, the languages that use the word
 * with that meaning; and the languages chrono read an expression in.
 */
export class LanguageVote {
  private alias: { language: Locale; weak: boolean } | undefined;
  /** The languages of the meaning each word was read with. */
  private readonly chosen = new Map<number, Locale[]>();
  private readonly chronoLanguages: Locale[] = [];

  constructor(
    private readonly tokens: readonly Token[],
    private readonly fallback: Locale,
  ) {
    for (const [i, token] of tokens.entries()) {
      if (is(token, 'alias')) this.noteAlias(i);
    }
  }

  private noteAlias(i: number): void {
    const token = this.tokens[i];
    const alias = meaningOf(entriesOf(token), 'alias');
    const language = languagesOf(entriesOf(token), 'alias')[0];
    if (alias === undefined || language === undefined) return;
    if (this.alias === undefined || (this.alias.weak && !alias.weak))
      this.alias = { language, weak: alias.weak };
  }

  /** The word at `i` was read with a meaning of this kind. */
  take(i: number, kind: MeaningKind): void {
    this.chosen.set(i, languagesOf(entriesOf(this.tokens[i]), kind));
  }

  /** chrono read an expression in this language. */
  noteChrono(language: Locale): void {
    this.chronoLanguages.push(language);
  }

  /**
   * A French, Dutch or German command word decides; then the words after it (each votes for the
   * languages that use it with the meaning it was read with); then "telework"; then the Teams
   * locale.
   */
  language(): Locale {
    if (this.alias !== undefined && !this.alias.weak) return this.alias.language;
    const tally = new Map<Locale, number>();
    const vote = (language: Locale) => tally.set(language, (tally.get(language) ?? 0) + 1);
    for (const [i, token] of this.tokens.entries()) {
      if (token.type !== 'word' || is(token, 'alias')) continue;
      for (const language of this.chosen.get(i) ?? languagesOf(token.entries)) vote(language);
    }
    for (const language of this.chronoLanguages) vote(language);
    if (tally.size > 0) {
      const best = Math.max(...tally.values());
      const tied = LOCALES.filter((l) => tally.get(l) === best);
      if (tied.includes(this.fallback)) return this.fallback;
      return TIE_ORDER.find((l) => tied.includes(l)) as Locale;
    }
    return this.alias?.language ?? this.fallback;
  }
}

/** The language of the command word a long message starts with, if it starts with one. */
export function aliasLanguage(start: string): Locale | undefined {
  const first = tokenize(cleanMessage(start).text).find((t) => t.type === 'word');
  return first?.type === 'word' ? languagesOf(first.entries, 'alias')[0] : undefined;
}
