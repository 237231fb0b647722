import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatShortDate } from '../../bot/i18n/format.js';
import { type BotHarness, cardActionActivity, messageActivity, startBotHarness } from './bot-harness.js';

// A person writes to the bot; the ledger, the local Graph (over HTTP) and the card all agree.
const SARAH = '00000000-0000-4000-8000-000000000002'; // structural tue + thu, Dutch speaker
const JULIE = '00000000-0000-4000-8000-000000000005'; // occasional, French speaker
const NATHALIE = '00000000-0000-4000-8000-000000000009'; // receptionist

let harness: BotHarness;
beforeAll(async () => {
  harness = await startBotHarness();
});
afterAll(() => harness.close());

type Card = { body: unknown[]; actions?: Array<{ verb?: string; data?: Record<string, unknown> }> };

async function say(
  aadObjectId: string,
  text: string,
  locale?: string,
): Promise<{ status: number; cards: Card[] }> {
  const response = await harness.product.app.inject({
    method: 'POST',
    url: '/api/messages',
    payload: messageActivity(aadObjectId, text, locale),
  });
  const body = response.body
    ? (response.json() as { activities?: Array<{ attachments?: Array<{ content: Card }> }> })
    : {};
  const cards = (body.activities ?? []).flatMap((activity) =>
    (activity.attachments ?? []).map((a) => a.content),
  );
  return { status: response.statusCode, cards };
}

async function eventsOf(upn: string, day: string): Promise<Array<{ subject: string; isAllDay: boolean }>> {
  const token = await harness.product.app.inject({
    method: 'POST',
    url: '/local/token',
    payload: { upn, resource: 'graph' },
  });
  const response = await fetch(
    `${harness.baseUrl}/graph/v1.0/users/${upn}/calendarView?startDateTime=${day}T00:00:00&endDateTime=${day}T23:59:59`,
    {
      headers: {
        authorization: `Bearer ${token.json().access_token}`,
        prefer: 'outlook.timezone="Europe/Brussels"',
      },
    },
  );
  expect(response.status).toBe(200);
  return ((await response.json()) as { value: Array<{ subject: string; isAllDay: boolean }> }).value;
}

const text = (card: Card | undefined) => JSON.stringify(card ?? {});

describe('declaring telework in Teams', () => {
  it('"/thuiswerk morgen" puts tomorrow in Outlook and says so in Dutch', async () => {
    const { status, cards } = await say(SARAH, '/thuiswerk morgen');
    expect(status).toBe(200);
    expect(cards).toHaveLength(1);
    expect(text(cards[0])).toContain('Thuiswerk');
    expect(text(cards[0])).toContain('7u36');
    expect(text(cards[0])).toContain('in je Outlook-agenda');
    expect(text(cards[0])).not.toContain('wordt aan je Outlook-agenda toegevoegd');
    expect(await eventsOf('sarah.janssens@cpas-demo.be', '2026-11-24')).toMatchObject([
      { subject: 'Thuiswerk', isAllDay: true },
    ]);
  });

  it('Undo takes the day out of the ledger and out of Outlook', async () => {
    const { cards } = await say(SARAH, '/thuiswerk donderdag');
    const undo = cards[0]?.actions?.find((action) => action.verb === 'undo');
    expect(undo?.data?.entryIds).toHaveLength(1);
    const response = await harness.product.app.inject({
      method: 'POST',
      url: '/api/messages',
      payload: cardActionActivity(SARAH, 'undo', undo?.data ?? {}),
    });
    expect(response.statusCode).toBe(200);
    expect(JSON.stringify(response.json())).toContain('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(response.json())).toContain('Verwijderd uit je Outlook-agenda');
    expect(await eventsOf('sarah.janssens@cpas-demo.be', '2026-11-26')).toEqual([]);
  });

  it('"/télétravail vendredi matin" by an occasional teleworker waits for the manager, no event yet', async () => {
    const { cards } = await say(JULIE, '/télétravail vendredi matin');
    expect(text(cards[0])).toContain('Isabelle Lambert');
    expect(await eventsOf('julie.dubois@cpas-demo.be', '2026-11-27')).toEqual([]);
  });

  it('a receptionist is told why, in French, and nothing is written to Outlook', async () => {
    const { cards } = await say(NATHALIE, '/télétravail demain');
    expect(text(cards[0])).toContain(
      "Votre fonction (agent d'accueil) ne peut pas être exercée en télétravail.",
    );
    // She can never telework: no "2 jours restants cette semaine".
    expect(text(cards[0])).not.toContain('Encore possible');
    expect(text(cards[0])).not.toContain('restant');
    const week = await say(NATHALIE, '/télétravail semaine');
    expect(text(week.cards[0])).toContain('Sur place');
    expect(text(week.cards[0])).not.toContain('Encore possible');
    expect(await eventsOf('nathalie.wouters@cpas-demo.be', '2026-11-24')).toEqual([]);
  });

  it.each([
    ['an accepted day', SARAH, '/thuiswerk dinsdag 15 december', 'Al geregistreerd'],
    ['a pending day', JULIE, '/télétravail mercredi 13 janvier', 'Déjà demandé'],
  ])('a repeat of %s says so, and nothing changes', async (_label, who, message, words) => {
    await say(who, message);
    const before = await harness.product.store.activeEntries([who], '2026-01-01', '2027-12-31');
    const { cards } = await say(who, message);
    expect(text(cards[0])).toContain(words);
    expect(text(cards[0])).not.toMatch(/geweigerd|refusé/);
    expect(await harness.product.store.activeEntries([who], '2026-01-01', '2027-12-31')).toEqual(before);
  });

  it('"/telework cancel friday" with nothing on Friday says so', async () => {
    const { cards } = await say(SARAH, '/telework cancel friday', 'en-US');
    expect(text(cards[0])).toMatch(/no telework to cancel/i);
  });

  it.each([
    ['a past date', '/thuiswerk 2026-11-20', 'al voorbij'],
    ['a weekend', '/thuiswerk zaterdag', 'weekenddag'],
    ['a holiday', '/thuiswerk 25 december', 'Kerstmis'],
    ['a date three years ahead', '/thuiswerk 2029-11-23', 'Thuiswerk geweigerd'],
  ])('%s is refused in Dutch, and no day is held', async (_label, message, words) => {
    const before = await harness.product.store.activeEntries([SARAH], '2026-01-01', '2030-12-31');
    const { cards } = await say(SARAH, message);
    expect(text(cards[0])).toContain('Thuiswerk geweigerd');
    expect(text(cards[0])).toContain(words);
    expect(await harness.product.store.activeEntries([SARAH], '2026-01-01', '2030-12-31')).toEqual(before);
  });

  it.each([
    ['an empty message', ''],
    ['5,000 characters', 'a'.repeat(5000)],
    ['HTML', '<script>alert(1)</script>'],
    ['markdown and emoji', '**demain** 🏠🏠'],
    ['an unknown command', '/telework dance'],
  ])('%s gets a card and changes nothing', async (_label, message) => {
    const before = await harness.product.store.activeEntries([SARAH], '2026-01-01', '2027-12-31');
    const { status, cards } = await say(SARAH, message);
    expect(status).toBe(200);
    expect(cards).toHaveLength(1);
    expect(text(cards[0])).not.toContain('<script>');
    expect(await harness.product.store.activeEntries([SARAH], '2026-01-01', '2027-12-31')).toEqual(before);
  });

  it.each([
    ['/telework 31/02', 'en-US', '“31/02” is not a possible date'],
    ['/télétravail 31 novembre', 'fr-BE', "« 31 novembre » n'est pas une date possible"],
    [`/thuiswerk ${'morgen '.repeat(90)}`, 'nl-BE', 'Je bericht is te lang voor mij (meer dan 500 tekens)'],
    ['/homeoffice stornieren', 'de-DE', 'Welcher Tag?'],
  ])(
    '"%s" is answered with what the bot understood, in the message\'s language',
    async (message, locale, words) => {
      const { cards } = await say(SARAH, message, locale);
      expect(cards).toHaveLength(1);
      expect(text(cards[0])).toContain(words);
    },
  );

  it('someone not in the organisation gets a card saying to ask HR', async () => {
    const { status, cards } = await say('ffffffff-0000-4000-8000-000000000000', '/télétravail demain');
    expect(status).toBe(200);
    expect(text(cards[0])).toContain('UNKNOWN_PERSON');
  });
});

describe('approvals from the card', () => {
  const ISABELLE = '00000000-0000-4000-8000-000000000001'; // head of the social service

  async function press(aadObjectId: string, verb: string, data: Record<string, unknown>) {
    const response = await harness.product.app.inject({
      method: 'POST',
      url: '/api/messages',
      payload: cardActionActivity(aadObjectId, verb, data),
    });
    expect(response.statusCode).toBe(200);
    return JSON.stringify(response.json());
  }

  it('the manager approves; the day lands in Outlook; a colleague may not decide', async () => {
    const { cards } = await say(JULIE, '/télétravail mercredi 2 décembre');
    const entryId = cards[0]?.actions?.find((action) => action.verb === 'undo')?.data?.entryIds as string[];
    expect(entryId).toHaveLength(1);
    const [id] = entryId;

    expect(await press(SARAH, 'approve', { entryId: id })).toContain('NOT_AN_APPROVER');
    expect((await harness.product.store.getEntry(id as string))?.status).toBe('pending');

    const answer = await press(ISABELLE, 'approve', { entryId: id });
    expect(answer).toContain('Isabelle Lambert');
    expect((await harness.product.store.getEntry(id as string))?.status).toBe('accepted');
    expect(await eventsOf('julie.dubois@cpas-demo.be', '2026-12-02')).toMatchObject([
      { subject: 'Télétravail' },
    ]);

    // Pressed again (a second manager, a double click): the ledger says it is decided already.
    expect(await press(ISABELLE, 'approve', { entryId: id })).toContain('ENTRY_NOT_PENDING');
  });

  it('a button with made-up data is a clear error, not a crash', async () => {
    expect(await press(SARAH, 'declare', { date: '2026-02-30', part: 'full' })).toContain('INVALID_DATE');
    expect(await press(SARAH, 'approve', { entryId: 'nope' })).toContain('UNKNOWN_ENTRY');
  });
});

describe('installing the app', () => {
  it('greets the person with the help card in their language', async () => {
    const ELS = '00000000-0000-4000-8000-000000000011'; // head of administration, Dutch
    const install = { ...messageActivity(ELS, '', 'nl-BE'), type: 'installationUpdate', action: 'add' };
    const response = await harness.product.app.inject({
      method: 'POST',
      url: '/api/messages',
      payload: install,
    });
    expect(response.statusCode).toBe(200);
    expect(JSON.stringify(response.json())).toContain('/thuiswerk morgen');
    expect(await harness.product.store.activeEntries([ELS], '2026-01-01', '2027-12-31')).toEqual([]);
  });
});

describe('card buttons pressed by the wrong person, twice, or on a card of several days', () => {
  const ISABELLE = '00000000-0000-4000-8000-000000000001';

  async function press(aadObjectId: string, verb: string, data: Record<string, unknown>) {
    const response = await harness.product.app.inject({
      method: 'POST',
      url: '/api/messages',
      payload: cardActionActivity(aadObjectId, verb, data),
    });
    return JSON.stringify(response.json());
  }

  it('approving one day of two keeps the other on the card, with its buttons', async () => {
    const { cards } = await say(JULIE, '/télétravail 7 décembre et 14 décembre');
    const ids = cards[0]?.actions?.find((action) => action.verb === 'undo')?.data?.entryIds as string[];
    expect(ids).toHaveLength(2);
    const answer = await press(ISABELLE, 'approve', { entryId: ids[0], entryIds: ids, locale: 'fr' });
    expect(answer).toContain(`"entryId":"${ids[1]}"`);
    expect(answer).toContain('"verb":"approve"');
    expect((await harness.product.store.getEntry(ids[1] as string))?.status).toBe('pending');
  });

  it('someone who is neither requester, approver nor HR cannot see a request', async () => {
    const { cards } = await say(JULIE, '/télétravail 9 décembre');
    const ids = cards[0]?.actions?.find((action) => action.verb === 'undo')?.data?.entryIds as string[];
    const answer = await press(SARAH, 'refreshApproval', { entryIds: ids });
    expect(answer).toContain('UNKNOWN_ENTRY');
    expect(answer).not.toContain('Julie');
  });

  it('Undo pressed twice says the day is already cancelled', async () => {
    const { cards } = await say(SARAH, '/thuiswerk 2026-12-10');
    const undo = cards[0]?.actions?.find((action) => action.verb === 'undo')?.data ?? {};
    expect(await press(SARAH, 'undo', undo)).toContain('Verwijderd uit je Outlook-agenda');
    expect(await press(SARAH, 'undo', undo)).toContain('ENTRY_ALREADY_CANCELLED');
  });
});

describe('"/telework next week"', () => {
  it('declares the agreed pattern of next week', async () => {
    const { cards } = await say(SARAH, '/thuiswerk volgende week');
    expect(text(cards[0])).toContain('1 december');
    expect(text(cards[0])).toContain('3 december');
  });

  it('tells someone without a pattern to name the days, in their language', async () => {
    const { cards } = await say(JULIE, '/télétravail semaine prochaine');
    expect(text(cards[0])).toContain('NO_STRUCTURAL_PATTERN');
    expect(text(cards[0])).toContain('indiquez les jours');
  });
});

describe('"/telework week" on a weekend', () => {
  // Saturday 28 November 2026: the week of 23 November is over.
  let weekend: BotHarness;
  beforeAll(async () => {
    weekend = await startBotHarness({}, '2026-11-28');
  });
  afterAll(() => weekend.close());

  async function weekCard(message: string, locale: string): Promise<string> {
    const response = await weekend.product.app.inject({
      method: 'POST',
      url: '/api/messages',
      payload: messageActivity(SARAH, message, locale),
    });
    return JSON.stringify(response.json());
  }

  it.each([
    ['/thuiswerk week', 'nl-BE', 'nl'],
    ['/télétravail semaine', 'fr-BE', 'fr'],
    ['/telework week', 'en-GB', 'en'],
  ] as const)('"%s" shows the coming week', async (message, teamsLocale, locale) => {
    const card = await weekCard(message, teamsLocale);
    expect(card).toContain(formatShortDate(locale, '2026-11-30'));
    expect(card).toContain(formatShortDate(locale, '2026-12-04'));
    expect(card).not.toContain(formatShortDate(locale, '2026-11-23'));
  });
});
