import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotHarness, messageActivity, startBotHarness, TODAY } from './bot-harness.js';

// "/permanentie" in Teams: the week's card names the half days the person holds the site.
// Monday 23 November 2026; Mehdi holds Wednesday afternoon, planned through the managers' API.

const MEHDI = '00000000-0000-4000-8000-000000000003';
const SARAH = '00000000-0000-4000-8000-000000000002';

describe('the permanence command in Teams', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    harness = await startBotHarness();
    const token = (
      await harness.product.app.inject({
        method: 'POST',
        url: '/local/token',
        payload: { upn: 'isabelle.lambert@cpas-demo.be', resource: 'api' },
      })
    ).json().access_token as string;
    const authorization = `Bearer ${token}`;
    const coverage = await harness.product.app.inject({
      url: `/api/v1/teams/social-service/coverage?from=${TODAY}&to=2026-11-27`,
      headers: { authorization },
    });
    const planned = await harness.product.app.inject({
      method: 'POST',
      url: '/api/v1/teams/social-service/duties',
      headers: { authorization, 'if-match': coverage.headers.etag as string },
      payload: { date: '2026-11-25', part: 'pm', personId: MEHDI },
    });
    expect(planned.statusCode).toBe(201);
  });
  afterAll(async () => harness?.close());

  const say = async (aadObjectId: string, text: string) => {
    const response = await harness.product.app.inject({
      method: 'POST',
      url: '/api/messages',
      payload: messageActivity(aadObjectId, text, 'nl-BE'),
    });
    expect(response.statusCode).toBe(200);
    return response.body;
  };

  it.each([
    ['/permanence', 'De permanence (après-midi)'],
    ['/permanentie', 'Permanentie (namiddag)'],
    ['/Präsenzdienst', 'Permanenz ('],
  ])('%s shows the duty on its half day', async (text, expected) => {
    expect(await say(MEHDI, text)).toContain(expected);
  });

  it('a person without a duty gets the week with none', async () => {
    const body = await say(SARAH, '/permanentie');
    expect(body).not.toContain('Permanentie (');
  });
});
