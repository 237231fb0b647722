import { describe, expect, it } from 'vitest';
import { plain, truncate } from '../../bot/cards/card-text.js';
import { HOSTILE } from './fixtures.js';

/** What a CommonMark renderer shows for escaped text: a backslash before ASCII punctuation is dropped. */
function shown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

/** Markdown specials that are not escaped, i.e. that a renderer would act on. */
function unescapedSpecials(text: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '\\') {
      i++;
      continue;
    }
    if ('*[]<>`~'.includes(char)) found.push(char);
  }
  return found;
}

describe('plain(): user text shown as typed in a TextBlock', () => {
  it.each([
    ['**x**', '\\*\\*x\\*\\*'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['[link](http://evil.example)', '\\[link\\](http://evil.example)'],
    ['![img](http://evil.example/x.png)', '!\\[img\\](http://evil.example/x.png)'],
    ['_y_ and ~~z~~ and `code`', '\\_y\\_ and \\~\\~z\\~\\~ and \\`code\\`'],
    ['&lt;b&gt; &#60;', '\\&lt;b\\&gt; \\&#60;'],
    ['C:\\temp', 'C:\\\\temp'],
    ['# title', '\\# title'],
    ['- item', '\\- item'],
    ['---', '\\---'],
    ['1. first', '1\\. first'],
    ['> quote', '\\> quote'],
  ])('escapes %s', (input, escaped) => {
    expect(plain(input)).toBe(escaped);
    expect(shown(plain(input))).toBe(input);
  });

  it.each([
    'UNKNOWN_PERSON',
    'jan_peeters@ocmw.example',
    '1.5 days left this week',
    '1,5 jour restant cette semaine',
    '#hashtag',
    'Tom & Jerry',
    'Service social / Sociale dienst',
    "Fermeture de fin d'année (24–31/12)",
  ])('leaves %s alone: nothing in it is markdown', (text) => {
    expect(plain(text)).toBe(text);
  });

  it('keeps a message on one line: a TextBlock would need blank lines, and a list could start', () => {
    expect(plain('vendredi\n\n- matin\r\n# titre')).toBe('vendredi - matin # titre');
    expect(plain('    indented')).toBe('indented');
  });

  it('leaves no markdown active in hostile text, and shows all of it', () => {
    const escaped = plain(HOSTILE);
    expect(unescapedSpecials(escaped)).toEqual([]);
    expect(shown(escaped)).toBe(HOSTILE);
  });

  it('cuts long text and marks the cut', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(truncate('abc', 4)).toBe('abc');
    expect([...truncate('é'.repeat(300), 120)]).toHaveLength(120);
  });
});
