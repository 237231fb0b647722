import { afterEach, describe, expect, it } from 'vitest';
import { errorMessage } from '../../bot/i18n/error-message.js';
import { formatHalves, formatLongDate } from '../../bot/i18n/format.js';
import type { Messages } from '../../bot/i18n/messages.js';
import { MESSAGES, messagesFor } from '../../bot/i18n/messages-for.js';
import { LOCALES } from '../../core/organisation/organisation.js';
import { ERROR_CODES, ERROR_PARAMS } from './every-card.js';
import { EMPLOYER, REFUSAL_REASONS } from './fixtures.js';

// A table that forgets a code does not compile: `npm run typecheck` fails on this line if it does.
// @ts-expect-error UNKNOWN_PERSON alone is not the whole catalogue.
const _incomplete: Messages['errors'] = { UNKNOWN_PERSON: () => 'x' };

describe('the error catalogue, translated', () => {
  it.each(LOCALES.flatMap((locale) => ERROR_CODES.map((code) => [code, locale] as const)))(
    '%s has a sentence in %s',
    (code, locale) => {
      const table = MESSAGES[locale].errors as Partial<Messages['errors']>;
      expect(table[code], `${code} has no ${locale} translation`).toBeTypeOf('function');
      const text = errorMessage(locale, code, ERROR_PARAMS[code] ?? {}, EMPLOYER);
      expect(text.length).toBeGreaterThan(15);
      expect(text).not.toMatch(/\{\w+\}|undefined|null|NaN/);
      // Ids are for the helpdesk (the code is on the card), never in the sentence.
      expect(text).not.toContain('6f1c9a1e');
      expect(text).not.toContain('e-1');
    },
  );

  it('says each error differently in each language', () => {
    for (const code of ERROR_CODES) {
      const texts = LOCALES.map((locale) => errorMessage(locale, code, ERROR_PARAMS[code] ?? {}, EMPLOYER));
      expect(new Set(texts).size, code).toBe(4);
    }
  });

  it('names the employer and tells what to do when the person is unknown', () => {
    expect(errorMessage('fr', 'UNKNOWN_PERSON', {}, 'CPAS de La Louvière')).toBe(
      "Vous n'êtes pas dans le fichier du personnel de CPAS de La Louvière ; demandez au service du personnel de vous ajouter.",
    );
    expect(errorMessage('fr', 'UNKNOWN_PERSON', {}, EMPLOYER)).toContain("du personnel d'OCMW Leuven");
    expect(errorMessage('en', 'UNKNOWN_PERSON', {}, EMPLOYER)).toBe(
      "You are not in OCMW Leuven's organisation file; ask HR to add you.",
    );
    expect(errorMessage('nl', 'UNKNOWN_PERSON', {})).toContain('personeelsbestand van je werkgever');
  });

  it('puts statuses, months and dates in words', () => {
    expect(errorMessage('fr', 'ENTRY_NOT_PENDING', { entryId: 'e-1', status: 'accepted' })).toContain(
      'déjà acceptée',
    );
    expect(errorMessage('nl', 'ENTRY_NOT_ACTIVE', { entryId: 'e-1', status: 'cancelled' })).toContain(
      'geannuleerd',
    );
    expect(errorMessage('de', 'MONTH_NOT_OVER', { month: '2026-11', firstDay: '2026-12-01' })).toBe(
      'Der Monat November 2026 ist noch nicht vorbei; er kann ab Dienstag, 1. Dezember 2026 abgeschlossen werden.',
    );
  });
});

describe('the message tables', () => {
  it('give every refusal reason its own words, in every language', () => {
    for (const locale of LOCALES) {
      const m = messagesFor(locale);
      const texts = REFUSAL_REASONS.map((reason) => m.declaration.refusalReason[reason]({}));
      expect(new Set(texts).size, locale).toBe(REFUSAL_REASONS.length);
      for (const text of texts) expect(text).toMatch(/\.$/);
    }
  });

  it('are not copies of one another', () => {
    const titles = LOCALES.map((locale) => messagesFor(locale).declaration.titleAccepted);
    expect(titles).toEqual([
      'Télétravail enregistré',
      'Thuiswerk geregistreerd',
      'Telework recorded',
      'Telearbeit eingetragen',
    ]);
  });

  it('use the Belgian words', () => {
    expect(messagesFor('nl').parts).toEqual({ full: 'volledige dag', am: 'voormiddag', pm: 'namiddag' });
    expect(messagesFor('nl').week.onDuty('voormiddag')).toBe('Permanentie (voormiddag)');
    expect(messagesFor('fr').parts).toEqual({ full: 'journée entière', am: 'matin', pm: 'après-midi' });
    expect(messagesFor('de').parts).toEqual({ full: 'ganzer Tag', am: 'Vormittag', pm: 'Nachmittag' });
    expect(messagesFor('de').week.telework('Vormittag')).toBe('Telearbeit (Vormittag)');
  });

  it.each([
    ['fr', ['7h36', '3h48', '6h05', '45 min', '8h']],
    ['nl', ['7u36', '3u48', '6u05', '45 min', '8u']],
    ['en', ['7h 36m', '3h 48m', '6h 05m', '45m', '8h']],
    ['de', ['7 Std. 36 Min.', '3 Std. 48 Min.', '6 Std. 5 Min.', '45 Min.', '8 Std.']],
  ] as const)('write durations the %s way', (locale, expected) => {
    expect([456, 228, 365, 45, 480].map((minutes) => messagesFor(locale).duration(minutes))).toEqual(
      expected,
    );
  });

  it.each([
    ['fr', ['0,5 jour', '1 jour', '1,5 jour', '2 jours']],
    ['nl', ['0,5 dag', '1 dag', '1,5 dag', '2 dagen']],
    ['en', ['0.5 days', '1 day', '1.5 days', '2 days']],
    ['de', ['0,5 Tage', '1 Tag', '1,5 Tage', '2 Tage']],
  ] as const)('count days the %s way', (locale, expected) => {
    const m = messagesFor(locale);
    expect([1, 2, 3, 4].map((halves) => m.days(formatHalves(locale, halves), halves))).toEqual(expected);
  });
});

describe('dates', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  });

  it('are written in each language', () => {
    expect(formatLongDate('fr', '2026-11-27')).toBe('vendredi 27 novembre 2026');
    expect(formatLongDate('nl', '2026-11-27')).toBe('vrijdag 27 november 2026');
    expect(formatLongDate('en', '2026-11-27')).toMatch(/^Friday,? 27 November 2026$/);
    expect(formatLongDate('de', '2026-11-27')).toBe('Freitag, 27. November 2026');
  });

  it("do not move with the machine's time zone", () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Brussels', 'UTC']) {
      process.env.TZ = zone;
      expect(formatLongDate('fr', '2026-01-01'), zone).toBe('jeudi 1 janvier 2026');
      expect(formatLongDate('nl', '2026-12-31'), zone).toBe('donderdag 31 december 2026');
    }
  });
});
