import type { ParseProblem, ParseProblemCode } from './command.js';
import type { Token } from './tokens.js';

/** Thrown while reading or resolving; parseCommand turns it into an 'unknown' command. */
export class ParseFailure {
  constructor(readonly problem: ParseProblem) {}
}

/** Fails with a problem that quotes the tokens `first` to `last` as typed (none: no fragment). */
export type Fail = (code: ParseProblemCode, first?: number, last?: number) => never;

export function failIn(text: string, tokens: readonly Token[]): Fail {
  return (code, first, last) => {
    if (first === undefined) throw new ParseFailure({ code });
    const from = tokens[first] as Token;
    const to = tokens[Math.max(first, last ?? first)] ?? from;
    // A word's full stop ends the sentence; a number's belongs to it ("31.11.").
    const fragment = text
      .slice(from.start, to.end)
      .replace(to.type === 'word' ? /[.,;:!?]+$/ : /[,;:!?]+$/, '')
      .trim();
    throw new ParseFailure(fragment === '' ? { code } : { code, fragment });
  };
}
