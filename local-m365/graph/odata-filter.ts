import type { ExtendedPropertyCondition } from './extended-properties.js';
import { errors } from './graph-error.js';

/**
 * The two OData expressions the product sends on events, parsed exactly (learn.microsoft.com/graph/
 * api/singlevaluelegacyextendedproperty-get):
 *   $filter=singleValueExtendedProperties/Any(ep: ep/id eq '{id}' and ep/value eq '{value}')
 *   $expand=singleValueExtendedProperties($filter=id eq '{id}')
 * Whitespace, the case of keywords and of the lambda variable are free, a string literal may
 * contain '' for a quote, several Any() clauses may be joined by `and`, and several ids in $expand
 * by `or`. Anything else is refused with 400 rather than silently ignored.
 */

type Token = { kind: 'word' | 'string' | 'punct'; text: string };

function tokenize(source: string, fail: () => Error): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const char = source[i] ?? '';
    if (/\s/.test(char)) {
      i++;
    } else if (char === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= source.length) throw fail();
        if (source[i] === "'") {
          if (source[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += source[i];
        i++;
      }
      tokens.push({ kind: 'string', text: value });
    } else if ('():=/'.includes(char)) {
      tokens.push({ kind: 'punct', text: char });
      i++;
    } else {
      const word = /^[A-Za-z0-9_.$]+/.exec(source.slice(i))?.[0];
      if (!word) throw fail();
      tokens.push({ kind: 'word', text: word });
      i += word.length;
    }
  }
  return tokens;
}

class Cursor {
  private index = 0;
  constructor(
    private readonly tokens: Token[],
    readonly fail: () => Error,
  ) {}
  get done(): boolean {
    return this.index >= this.tokens.length;
  }
  peekWord(word: string): boolean {
    const token = this.tokens[this.index];
    return token?.kind === 'word' && token.text.toLowerCase() === word.toLowerCase();
  }
  word(expected?: string): string {
    const token = this.tokens[this.index++];
    if (token?.kind !== 'word' || (expected && token.text.toLowerCase() !== expected.toLowerCase()))
      throw this.fail();
    return token.text;
  }
  punct(expected: string): void {
    const token = this.tokens[this.index++];
    if (token?.kind !== 'punct' || token.text !== expected) throw this.fail();
  }
  peekPunct(expected: string): boolean {
    const token = this.tokens[this.index];
    return token?.kind === 'punct' && token.text === expected;
  }
  string(): string {
    const token = this.tokens[this.index++];
    if (token?.kind !== 'string') throw this.fail();
    return token.text;
  }
}

/** `{var}/id eq '...'` or `{var}/value eq '...'`, optionally in parentheses. */
function comparison(cursor: Cursor, variable: string | undefined): { field: 'id' | 'value'; value: string } {
  if (cursor.peekPunct('(')) {
    cursor.punct('(');
    const inner = comparison(cursor, variable);
    cursor.punct(')');
    return inner;
  }
  if (variable !== undefined) {
    if (cursor.word() !== variable) throw cursor.fail();
    cursor.punct('/');
  }
  const field = cursor.word().toLowerCase();
  if (field !== 'id' && field !== 'value') throw cursor.fail();
  cursor.word('eq');
  return { field, value: cursor.string() };
}

function anyClause(cursor: Cursor): ExtendedPropertyCondition {
  cursor.word('singleValueExtendedProperties');
  cursor.punct('/');
  cursor.word('any');
  cursor.punct('(');
  const variable = cursor.word();
  cursor.punct(':');
  const parts = [comparison(cursor, variable)];
  while (cursor.peekWord('and')) {
    cursor.word('and');
    parts.push(comparison(cursor, variable));
  }
  cursor.punct(')');
  const id = parts.filter((part) => part.field === 'id');
  const value = parts.filter((part) => part.field === 'value');
  if (id.length !== 1 || value.length > 1 || !id[0]) throw cursor.fail();
  return value[0] ? { id: id[0].value, value: value[0].value } : { id: id[0].value };
}

/** The conditions of an event $filter; every one must hold. */
export function parseEventFilter(filter: string): ExtendedPropertyCondition[] {
  const fail = () => errors.unsupportedFilter(filter);
  const cursor = new Cursor(tokenize(filter, fail), fail);
  const conditions = [anyClause(cursor)];
  while (cursor.peekWord('and')) {
    cursor.word('and');
    conditions.push(anyClause(cursor));
  }
  if (!cursor.done) throw fail();
  return conditions;
}

/** The property ids an event $expand asks for. */
export function parseEventExpand(expand: string): string[] {
  const fail = () =>
    errors.badRequest(
      `The local Graph supports only $expand=singleValueExtendedProperties($filter=id eq '...') on events, not: ${expand}`,
    );
  const cursor = new Cursor(tokenize(expand, fail), fail);
  cursor.word('singleValueExtendedProperties');
  cursor.punct('(');
  cursor.word('$filter');
  cursor.punct('=');
  const ids = [comparison(cursor, undefined)];
  while (cursor.peekWord('or')) {
    cursor.word('or');
    ids.push(comparison(cursor, undefined));
  }
  cursor.punct(')');
  if (!cursor.done || ids.some((part) => part.field !== 'id')) throw fail();
  return ids.map((part) => part.value);
}
