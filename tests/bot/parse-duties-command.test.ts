import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../bot/commands/parse-command.js';

// "/permanence" in each language: my permanence duties of the week.

const TODAY = '2026-11-23';

describe('the permanence command', () => {
  it.each([
    ['/permanence', 'fr', 'fr'],
    ['/permanence', 'en', 'en'],
    ['/permanence', 'nl', 'fr'],
    ['/Permanence', 'de', 'fr'],
    ['/permanentie', 'fr', 'nl'],
    ['permanenties', 'en', 'nl'],
    ['/Präsenzdienst', 'fr', 'de'],
    ['/praesenzdienst', 'en', 'de'],
    ['/duties', 'fr', 'en'],
    ['my duties', 'nl', 'en'],
    ['  /permanentie!  ', 'nl', 'nl'],
  ] as const)('%s (Teams in %s) lists my duties, answered in %s', (text, fallback, language) => {
    expect(parseCommand(text, { today: TODAY, fallbackLanguage: fallback })).toEqual({
      intent: 'duties',
      language,
    });
  });

  it.each(['/permanence demain', '/telework permanence', 'permanence?? maybe'])(
    '%s is not the permanence command',
    (text) => {
      expect(parseCommand(text, { today: TODAY, fallbackLanguage: 'fr' }).intent).not.toBe('duties');
    },
  );
});
