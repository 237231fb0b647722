import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { acceptedLocale } from '../../api/plugins/accepted-locale.js';
import { errorMessage } from '../../bot/i18n/error-message.js';
import { DomainError, errorCatalogue } from '../../core/errors/error-catalogue.js';
import { LOCALES } from '../../core/organisation/organisation.js';
import { buildApp } from '../../server/app.js';
import { DEMO, type Harness, openHarness } from '../api/hr-api-harness.js';
import { ERROR_CODES, ERROR_PARAMS } from '../bot-cards/every-card.js';
import { backends, emptyLedger } from '../store/store-backends.js';

// An API refusal reaches the person in their language: the pages send Accept-Language, and
// problem+json's `detail` comes from the bot's own translation of the catalogue. The code, the
// status and the params never change with the language; no header, the API's English.

describe('the language Accept-Language asks for, among fr, nl, en, de', () => {
  it.each([
    [undefined, undefined],
    ['', undefined],
    ['fr', 'fr'],
    ['nl-BE', 'nl'],
    ['NL-be,nl;q=0.9,en;q=0.8', 'nl'],
    ['de-DE;q=0.5, fr-BE;q=0.9', 'fr'],
    ['en-GB,en;q=0.9', 'en'],
    ['es-ES,es;q=0.9', undefined],
    ['es-ES,de;q=0.3', 'de'],
    ['*', undefined],
    ['fr;q=0, nl;q=0.1', 'nl'],
    ['fr;q=0', undefined],
    ['de, fr', 'de'],
    ['fr;q=abc', 'fr'],
    [['nl', 'fr'], 'nl'],
    [`${'x'.repeat(10_000)},fr`, undefined],
  ])('%j gives %s', (header, locale) => {
    expect(acceptedLocale(header)).toBe(locale);
  });
});

describe('every code of the catalogue as problem+json, in each language', () => {
  const app = buildApp({ logLevel: 'silent' }, {});
  app.get<{ Params: { code: keyof typeof errorCatalogue } }>('/refuse/:code', async (request) => {
    throw new DomainError(request.params.code, ERROR_PARAMS[request.params.code] ?? {});
  });
  afterAll(() => app.close());

  it.each(LOCALES.flatMap((locale) => ERROR_CODES.map((code) => [code, locale] as const)))(
    '%s in %s',
    async (code, locale) => {
      const response = await app.inject({ url: `/refuse/${code}`, headers: { 'accept-language': locale } });
      const problem = response.json();
      expect([response.statusCode, problem.code]).toEqual([errorCatalogue[code].httpStatus, code]);
      expect(problem.detail).toBe(errorMessage(locale, code, ERROR_PARAMS[code] ?? {}));
      expect(problem.detail.trim().length).toBeGreaterThan(15);
      expect(response.headers['content-language']).toBe(locale);
      expect(response.headers.vary).toContain('Accept-Language');
    },
  );

  it("keeps the API's English detail when no language is asked for, or none the product speaks", async () => {
    for (const headers of [{}, { 'accept-language': 'es-ES' }]) {
      const response = await app.inject({ url: '/refuse/INVALID_MONTH', headers });
      expect(response.json()).toMatchObject({
        code: 'INVALID_MONTH',
        detail: new DomainError('INVALID_MONTH', ERROR_PARAMS.INVALID_MONTH).message,
      });
      expect(response.headers['content-language']).toBeUndefined();
    }
  });
});

describe.each(backends)('a refusal of the real API in the caller’s language ($name)', (backend) => {
  let harness: Harness;
  beforeAll(async () => {
    if (backend.skipReason) return;
    harness = await openHarness(backend);
  });
  afterAll(async () => harness?.dispose());
  beforeEach(async (context) => {
    if (backend.skipReason) return context.skip(backend.skipReason);
    await emptyLedger(harness.opened.db);
  });

  // Sarah, a member of the social service without a role, tries to plan a duty; Nathalie, of
  // the reception, to read the social service's week.
  it.each([
    ['nl-BE,nl;q=0.9', 'nl', 'alleen de leidinggevenden'],
    ['fr-BE', 'fr', 'seuls ses responsables'],
    ['de', 'de', 'nur die Führungskräfte'],
    ['en-GB', 'en', 'only its managers and HR change it'],
  ])('Accept-Language %s: the same 403 FORBIDDEN_TEAM, said in %s', async (header, locale, words) => {
    const token = await harness.tokenOf(DEMO.sarah);
    const answer = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/teams/social-service/duties',
      headers: { authorization: `Bearer ${token}`, 'accept-language': header, 'if-match': '"x"' },
      payload: { date: '2026-12-07', part: 'am', personId: DEMO.sarah },
    });
    expect([answer.statusCode, answer.json().code, answer.json().params]).toEqual([
      403,
      'FORBIDDEN_TEAM',
      { teamId: 'social-service' },
    ]);
    expect(answer.json().detail).toContain(words);
    expect(answer.headers['content-language']).toBe(locale);
    const outsider = await harness.app.inject({
      url: '/api/v1/teams/social-service/coverage?from=2026-12-07&to=2026-12-11',
      headers: { authorization: `Bearer ${await harness.tokenOf(DEMO.nathalie)}`, 'accept-language': header },
    });
    expect([outsider.statusCode, outsider.json().code, outsider.json().detail]).toEqual([
      403,
      'FORBIDDEN_TEAM',
      answer.json().detail,
    ]);
  });

  it("says a bad body in the caller's language too, with the field still in params", async () => {
    const answer = await harness.app.inject({
      method: 'POST',
      url: '/api/v1/teams/social-service/duties',
      headers: {
        authorization: `Bearer ${await harness.tokenOf(DEMO.isabelle)}`,
        'accept-language': 'fr',
        'if-match': '"x"',
      },
      payload: { date: '2026-12-07', part: 'evening', personId: DEMO.mehdi },
    });
    expect([answer.statusCode, answer.json().code]).toEqual([400, 'REQUEST_INVALID']);
    expect(answer.json().detail).toBe(errorMessage('fr', 'REQUEST_INVALID', {}));
    expect(answer.json().params.field).toBe('part');
  });
});
