import { describe, expect, it } from 'vitest';
import { renderErrorCard } from '../../bot/cards/error-card.js';
import { MAX_FRAGMENT_LENGTH, renderHelpCard } from '../../bot/cards/help-card.js';
import type { ParseProblem } from '../../bot/commands/command.js';
import { MAX_MESSAGE_LENGTH, parseCommand } from '../../bot/commands/parse-command.js';
import { messagesFor } from '../../bot/i18n/messages-for.js';
import { LOCALES, type Locale } from '../../core/organisation/organisation.js';
import { cardProblems, cardTexts } from './card-validation.js';
import { ERROR_CODES, ERROR_PARAMS, PARSE_PROBLEMS } from './every-card.js';
import { EMPLOYER } from './fixtures.js';

describe('help card', () => {
  it.each([
    [
      'fr',
      [
        '/télétravail demain',
        '/télétravail vendredi matin',
        '/télétravail du 7 au 9 décembre',
        '/télétravail annuler vendredi',
        '/télétravail semaine',
      ],
    ],
    [
      'nl',
      [
        '/thuiswerk morgen',
        '/thuiswerk vrijdagvoormiddag',
        '/thuiswerk annuleren vrijdag',
        '/thuiswerk week',
      ],
    ],
    ['en', ['/telework tomorrow', '/telework friday morning', '/telework cancel friday', '/telework week']],
    [
      'de',
      [
        '/homeoffice morgen',
        '/homeoffice Freitagvormittag',
        '/homeoffice stornieren Freitag',
        '/homeoffice Woche',
      ],
    ],
  ] as const)('gives the commands with examples in %s', (locale, examples) => {
    const card = renderHelpCard({ locale });
    for (const example of examples) expect(cardTexts(card)).toContain(example);
    expect(cardProblems(card)).toEqual([]);
  });

  it.each([
    ['fr', "Je n'ai pas compris : « teletrvail vendredii »"],
    ['nl', 'Dit heb ik niet begrepen: “teletrvail vendredii”'],
    ['en', 'I did not understand: “teletrvail vendredii”'],
    ['de', 'Das habe ich nicht verstanden: „teletrvail vendredii“'],
  ] as const)('quotes what it did not understand first (%s)', (locale, line) => {
    const card = renderHelpCard({ locale, notUnderstood: '  teletrvail\nvendredii ' });
    expect(cardTexts(card)[0]).toBe(line);
  });

  it('says nothing of the kind when there was nothing to misunderstand', () => {
    for (const notUnderstood of [undefined, '', '   ']) {
      expect(cardTexts(renderHelpCard({ locale: 'en', notUnderstood }))[0]).toBe('Telework: help');
    }
  });

  it('cuts a pasted page down to a quote', () => {
    const card = renderHelpCard({ locale: 'en', notUnderstood: 'x'.repeat(5000) });
    const quote = cardTexts(card)[0] ?? '';
    expect(quote).toContain(`${'x'.repeat(MAX_FRAGMENT_LENGTH - 1)}…`);
    expect(quote.length).toBeLessThan(MAX_FRAGMENT_LENGTH + 40);
  });
});

describe('error card', () => {
  it.each(LOCALES)('gives every code of the catalogue its sentence and its code (%s)', (locale) => {
    for (const code of ERROR_CODES) {
      const card = renderErrorCard({
        locale,
        error: { code, params: ERROR_PARAMS[code] ?? {} },
        employerName: EMPLOYER,
      });
      const [title, message, footer] = cardTexts(card);
      expect(title).toBeTruthy();
      expect(message?.length, code).toBeGreaterThan(15);
      // The code keeps its underscores: nothing in UNKNOWN_PERSON is markdown.
      expect(footer).toContain(code);
    }
  });

  it.each([
    [
      'fr',
      "Vous n'êtes pas dans le fichier du personnel d'OCMW Leuven ; demandez au service du personnel de vous ajouter.",
      'Code : UNKNOWN_PERSON',
    ],
    [
      'nl',
      'Je staat niet in het personeelsbestand van OCMW Leuven; vraag de personeelsdienst om je toe te voegen.',
      'Code: UNKNOWN_PERSON',
    ],
    ['en', "You are not in OCMW Leuven's organisation file; ask HR to add you.", 'Code: UNKNOWN_PERSON'],
    [
      'de',
      'Sie stehen nicht in der Personaldatei von OCMW Leuven; bitten Sie die Personalabteilung, Sie hinzuzufügen.',
      'Code: UNKNOWN_PERSON',
    ],
  ] as const)('tells an unknown person to ask HR (%s)', (locale, message, code) => {
    const card = renderErrorCard({
      locale,
      error: { code: 'UNKNOWN_PERSON', params: { personId: 'x' } },
      employerName: EMPLOYER,
    });
    expect(cardTexts(card).slice(1)).toEqual([message, code]);
  });

  it('takes a DomainError as it is thrown', async () => {
    const { DomainError } = await import('../../core/errors/error-catalogue.js');
    const error = new DomainError('INVALID_DATE', { value: '31/02' });
    const card = renderErrorCard({ locale: 'nl', error });
    expect(cardTexts(card)[1]).toBe(
      '“31/02” is geen geldige datum. Schrijf bijvoorbeeld “vrijdag”, “morgen” of “27 november”.',
    );
  });
});

describe('help card after a message the parser could not read', () => {
  const TODAY = '2026-11-23';
  /** The commands a sentence quotes as examples: «/télétravail …», “/telework …”, „/homeoffice …“. */
  const examplesIn = (sentence: string) =>
    [...sentence.matchAll(/(?:«\s|“|„)(\/[^»”“]+?)(?:\s»|”|“)/g)].map((match) => match[1] as string);
  const sentenceFor = (locale: Locale, problem: ParseProblem) =>
    cardTexts(renderHelpCard({ locale, problem }))[0] ?? '';

  it.each(LOCALES)('says each problem in its own sentence, before the commands (%s)', (locale) => {
    const sentences = PARSE_PROBLEMS.map((problem) => sentenceFor(locale, problem));
    expect(new Set(sentences).size).toBe(PARSE_PROBLEMS.length);
    for (const [index, problem] of PARSE_PROBLEMS.entries()) {
      const card = renderHelpCard({ locale, problem });
      expect(cardProblems(card), problem.code).toEqual([]);
      expect(cardTexts(card)[1]).toBe(messagesFor(locale).help.title);
      if (problem.fragment) expect(sentences[index]).toContain(problem.fragment);
    }
  });

  it.each(
    LOCALES.flatMap((locale) => PARSE_PROBLEMS.map((problem) => [locale, problem.code, problem] as const)),
  )(
    'gives an example that the bot reads as a command in the same language (%s, %s)',
    (locale, _code, problem) => {
      const sentence = messagesFor(locale).help.problem[problem.code]({
        fragment: problem.fragment ?? '',
        maxLength: MAX_MESSAGE_LENGTH,
      });
      const examples = examplesIn(sentence);
      expect(examples.length, sentence).toBeGreaterThan(0);
      for (const example of examples) {
        const command = parseCommand(example, { today: TODAY, fallbackLanguage: locale });
        expect(command.intent, example).toMatch(/^(declare|cancel)$/);
        expect(command.language, example).toBe(locale);
      }
    },
  );

  it.each([
    ['en', '/telework 31/02', '“31/02” is not a possible date: the day does not exist'],
    ['en', '/telework 31 november', '“31 november” is not a possible date'],
    ['fr', '/télétravail 31 novembre', "« 31 novembre » n'est pas une date possible"],
    ['nl', '/thuiswerk 30 februari', '“30 februari” is geen mogelijke datum'],
    ['de', '/homeoffice 31.11.', '„31.11.“ ist kein mögliches Datum'],
    ['fr', '/télétravail décembre', 'Je ne sais pas lire « décembre » comme un jour.'],
    ['nl', '/thuiswerk vanaf maandag', '“vanaf maandag” kan ik niet als dag lezen.'],
    ['en', '/telework cancel', 'Which day? Name it'],
    ['de', '/homeoffice stornieren', 'Welcher Tag? Nennen Sie ihn'],
    [
      'fr',
      `/télétravail ${'demain '.repeat(90)}`,
      'Votre message est trop long pour moi (plus de 500 caractères).',
    ],
    ['en', '/telework dance', 'I did not understand “dance”.'],
  ] as const)('answers %s "%s" with what it understood', (locale, text, words) => {
    const command = parseCommand(text, { today: TODAY, fallbackLanguage: locale });
    if (command.intent !== 'unknown') throw new Error(`${text} was read as ${command.intent}`);
    expect(command.language).toBe(locale);
    expect(sentenceFor(command.language, command.problem)).toContain(words);
  });
});
