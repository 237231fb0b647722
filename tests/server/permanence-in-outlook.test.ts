import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BotHarness, startBotHarness } from '../bot-turns/bot-harness.js';

// Done when (issue 11): in local mode, the social service's manager applies a roster with the
// right If-Match; the duties land in the team's permanence mailbox (read with her own token) and
// in each person's own calendar, once each; a removed duty leaves both. The server listens on a
// real port: the outbox writes to the local Graph over HTTP, and the reads go over HTTP too.
// Monday 23 November 2026; the roster is for the week of 30 November.

const TEAM = 'social-service';
const MAILBOX = 'permanence-social@cpas-demo.be';
const PERIOD = { from: '2026-11-30', to: '2026-12-04' };

interface GraphEvent {
  id: string;
  subject: string;
  start: { dateTime: string };
  categories: string[];
}

describe('a roster applied over the API lands in Outlook', () => {
  let harness: BotHarness;
  beforeAll(async () => {
    harness = await startBotHarness();
  });
  afterAll(async () => harness?.close());

  const token = async (upn: string, resource: 'api' | 'graph') => {
    const answer = await fetch(`${harness.baseUrl}/local/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ upn, resource }),
    });
    return ((await answer.json()) as { access_token: string }).access_token;
  };
  const api = async (method: string, path: string, upn: string, body?: unknown, ifMatch?: string) =>
    fetch(`${harness.baseUrl}/api/v1${path}`, {
      method,
      headers: {
        authorization: `Bearer ${await token(upn, 'api')}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(ifMatch ? { 'if-match': ifMatch } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  const calendar = async (mailbox: string, upn: string) => {
    const url =
      `${harness.baseUrl}/graph/v1.0/users/${mailbox}/calendarView` +
      '?startDateTime=2026-11-30T00:00:00&endDateTime=2026-12-05T00:00:00&$top=100';
    const answer = await fetch(url, { headers: { authorization: `Bearer ${await token(upn, 'graph')}` } });
    return { status: answer.status, events: ((await answer.json()) as { value?: GraphEvent[] }).value ?? [] };
  };
  const drain = () => harness.product.calendarSync.drainUntilIdle();

  it("puts every duty in the team's permanence calendar and the person's own, once; a removed duty leaves both", async () => {
    const isabelle = 'isabelle.lambert@cpas-demo.be';
    const coverage = await api(
      'GET',
      `/teams/${TEAM}/coverage?from=${PERIOD.from}&to=${PERIOD.to}`,
      isabelle,
    );
    expect(coverage.status).toBe(200);
    const proposal = (await (
      await api('POST', `/teams/${TEAM}/roster-proposal`, isabelle, PERIOD)
    ).json()) as { duties: unknown[] };
    expect(proposal.duties.length).toBeGreaterThan(0);
    const stale = await api(
      'POST',
      `/teams/${TEAM}/roster`,
      isabelle,
      { ...PERIOD, duties: proposal.duties },
      '"0"',
    );
    expect(stale.status).toBe(412);
    const applied = await api(
      'POST',
      `/teams/${TEAM}/roster`,
      isabelle,
      { ...PERIOD, duties: proposal.duties },
      coverage.headers.get('etag') ?? undefined,
    );
    expect(applied.status).toBe(201);
    const { duties } = (await applied.json()) as { duties: Array<{ dutyId: string; personId: string }> };
    await drain();
    await drain(); // a second drain writes nothing twice

    const team = await calendar(MAILBOX, isabelle);
    expect(team.status).toBe(200);
    expect(team.events).toHaveLength(duties.length);
    expect(team.events.every((event) => event.categories.includes('Permanence'))).toBe(true);
    // A member reads it too; the manager of another team does not.
    expect((await calendar(MAILBOX, 'sarah.janssens@cpas-demo.be')).status).toBe(200);
    expect((await calendar(MAILBOX, 'marc.dupont@cpas-demo.be')).status).toBe(403);

    const people = harness.product.organisation.people;
    for (const personId of new Set(duties.map((duty) => duty.personId))) {
      const person = people.find((p) => p.id === personId);
      if (!person) throw new Error(`no person ${personId}`);
      const own = await calendar(person.upn, person.upn);
      expect(own.events).toHaveLength(duties.filter((duty) => duty.personId === personId).length);
    }

    const [first] = duties;
    if (!first) throw new Error('no duty');
    const person = people.find((p) => p.id === first.personId);
    if (!person) throw new Error('no person');
    const before = (await calendar(person.upn, person.upn)).events.length;
    const now = await api('GET', `/teams/${TEAM}/coverage?from=${PERIOD.from}&to=${PERIOD.to}`, isabelle);
    const removed = await api(
      'DELETE',
      `/teams/${TEAM}/duties/${first.dutyId}`,
      isabelle,
      undefined,
      now.headers.get('etag') ?? undefined,
    );
    expect(removed.status).toBe(204);
    await drain();
    expect((await calendar(MAILBOX, isabelle)).events).toHaveLength(duties.length - 1);
    expect((await calendar(person.upn, person.upn)).events).toHaveLength(before - 1);
  });
});
