import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startCalendarSync } from '../../adapters/calendar-sync/start-calendar-sync.js';
import { graphCalendarGateway } from '../../adapters/graph/graph-calendar-gateway.js';
import { graphHttp } from '../../adapters/graph/graph-http.js';
import type { OpenedStore } from '../../adapters/store/open-store.js';
import type { CalendarEvent } from '../../core/calendar-sync/calendar-event.js';
import { type CalendarGateway, CalendarReadError } from '../../core/calendar-sync/calendar-gateway.js';
import { backends } from '../store/store-backends.js';
import { ANNA, emptyAll, FakeClock, testOrganisation, workingCalendar } from './calendar-sync-fixture.js';

// Graph answers that are not what the documentation says: each becomes an outcome with a clear
// reason, retried only when retrying can help. A stand-in server answers what each test wants.

type Responder = (request: FastifyRequest, reply: FastifyReply) => unknown;

let server: FastifyInstance;
let baseUrl: string;
let respond: Responder;
const seen: Array<{ url: string; authorization?: string; body?: unknown }> = [];

beforeAll(async () => {
  server = Fastify({ logger: false, forceCloseConnections: true });
  server.all('/graph/v1.0/*', (request, reply) => {
    seen.push({ url: request.url, authorization: request.headers.authorization, body: request.body });
    return respond(request, reply);
  });
  const address = await server.listen({ host: '127.0.0.1', port: 0 });
  baseUrl = `${address}/graph/v1.0`;
});
afterAll(() => server.close());
beforeEach(() => {
  seen.length = 0;
});

const EVENT: CalendarEvent = {
  tag: { kind: 'entry', id: 'e-1' },
  subject: 'Telework',
  date: '2026-03-10',
  time: { allDay: true },
  showAs: 'workingElsewhere',
  category: 'Telework',
};
const create = { kind: 'create', mailbox: ANNA.id, event: EVENT, idempotencyKey: 'k' } as const;
const update = { kind: 'update', mailbox: ANNA.id, eventId: 'AAMk1', event: EVENT } as const;

function gateway(timeoutMs = 2_000): CalendarGateway {
  return graphCalendarGateway(graphHttp({ baseUrl, tokens: async () => 'local-token', timeoutMs }), {
    now: () => 0,
  });
}

/** A $batch answer with one item per request, as given. */
function items(
  ...answers: Array<{ status: number; body?: unknown; headers?: Record<string, string> }>
): Responder {
  return (_request, reply) =>
    reply.send({
      responses: answers.map((answer, index) => ({ id: String(index + 1), headers: {}, ...answer })),
    });
}

describe('the Graph client', () => {
  it('sends the bearer token to a local http base URL (the SDK’s customHosts only match https)', async () => {
    respond = items({ status: 201, body: { id: 'AAMk1' } });
    expect(await gateway().send([create])).toEqual([{ result: 'done', eventId: 'AAMk1' }]);
    expect(seen[0]).toMatchObject({ url: '/graph/v1.0/$batch', authorization: 'Bearer local-token' });
  });
});

describe('answers that break the contract', () => {
  it.each([
    [
      'an HTML page with 200',
      (_q: FastifyRequest, r: FastifyReply) => r.type('text/html').send('<html><body>Sign in</body></html>'),
      /HTML page/,
    ],
    [
      'a 200 carrying an error',
      (_q: FastifyRequest, r: FastifyReply) =>
        r.send({ error: { code: 'generalException', message: 'boom' } }),
      /200 with an error body: generalException: boom/,
    ],
    [
      'a 200 without responses',
      (_q: FastifyRequest, r: FastifyReply) => r.send({ value: [] }),
      /without a responses array/,
    ],
    [
      'broken JSON',
      (_q: FastifyRequest, r: FastifyReply) => r.type('application/json').send('{"responses": ['),
      /not JSON/,
    ],
  ])('%s is a suspect retry', async (_label, responder, reason) => {
    respond = responder;
    const [outcome] = await gateway().send([create]);
    expect(outcome).toMatchObject({ result: 'retry', applied: 'maybe', suspect: true });
    expect(outcome?.result === 'retry' && outcome.reason).toMatch(reason);
  });

  it('a created event without id, and a missing item, are suspect retries', async () => {
    respond = items({ status: 201, body: { subject: 'x' } });
    expect(await gateway().send([create, update])).toEqual([
      expect.objectContaining({
        result: 'retry',
        suspect: true,
        reason: expect.stringMatching(/201 without the event id/),
      }),
      expect.objectContaining({
        result: 'retry',
        suspect: true,
        reason: expect.stringMatching(/no response for request 2/),
      }),
    ]);
  });

  it('a 502 page from a gateway is an outage: retried, not suspect', async () => {
    respond = (_q, r) => r.code(502).type('text/html').send('<html>Bad gateway</html>');
    const [outcome] = await gateway().send([create]);
    expect(outcome).toMatchObject({ result: 'retry', applied: 'maybe' });
    expect(outcome && 'suspect' in outcome).toBe(false);
  });
});

describe('per-item statuses', () => {
  it('tell throttling, missing mailboxes, missing events, refusals and denials apart', async () => {
    respond = items(
      {
        status: 429,
        headers: { 'Retry-After': '7' },
        body: { error: { code: 'ApplicationThrottled', message: 'MailboxConcurrency' } },
      },
      {
        status: 404,
        body: { error: { code: 'ErrorInvalidUser', message: "The requested user 'x' is invalid." } },
      },
      {
        status: 404,
        body: {
          error: { code: 'ErrorItemNotFound', message: 'The specified object was not found in the store.' },
        },
      },
      {
        status: 400,
        body: { error: { code: 'RequestBodyRead', message: "The property 'x' does not exist" } },
      },
      { status: 403, body: { error: { code: 'ErrorAccessDenied', message: 'Access is denied.' } } },
      {
        status: 503,
        headers: { 'retry-after': '2' },
        body: { error: { code: 'serviceNotAvailable', message: 'later' } },
      },
    );
    const outcomes = await gateway().send([create, create, update, create, create, create]);
    expect(outcomes[0]).toMatchObject({ result: 'retry', afterMs: 7000, applied: 'no' });
    expect(outcomes[1]).toMatchObject({ result: 'failed', mailboxMissing: true });
    expect(outcomes[2]).toEqual({ result: 'not-found' });
    expect(outcomes[3]).toMatchObject({
      result: 'failed',
      reason: expect.stringMatching(/refused the request: 400 RequestBodyRead/),
    });
    expect(outcomes[4]).toMatchObject({ result: 'failed', reason: expect.stringMatching(/denied .*RBAC/) });
    expect(outcomes[5]).toMatchObject({ result: 'retry', afterMs: 2000, applied: 'maybe' });
  });

  it('412 to a write that named a version (If-Match) is a conflict; without one, a retry', async () => {
    const conflict = {
      status: 412,
      body: {
        error: {
          code: 'ErrorIrresolvableConflict',
          message:
            'The send or update operation could not be performed because the change key passed in the request does not match the current change key for the item.',
        },
      },
    };
    respond = items(conflict, conflict, conflict);
    const etag = 'W/"DwAAABYAAAA"';
    const outcomes = await gateway().send([
      { ...update, etag },
      { kind: 'delete', mailbox: ANNA.id, eventId: 'AAMk2', etag },
      update,
    ]);
    expect(outcomes[0]).toMatchObject({
      result: 'conflict',
      reason: expect.stringMatching(/ErrorIrresolvableConflict/),
    });
    expect(outcomes[1]).toMatchObject({ result: 'conflict' });
    expect(outcomes[2]).toMatchObject({ result: 'retry', applied: 'no' });
    const batch = seen[0]?.body as { requests: Array<{ headers: Record<string, string> }> } | undefined;
    const sent = batch?.requests ?? [];
    expect(sent.map((request) => request.headers['If-Match'])).toEqual([etag, etag, undefined]);
  });

  it('a reset connection or a timeout is a retry that may have been applied', async () => {
    respond = (request) => {
      request.raw.socket.destroy();
    };
    expect((await gateway().send([create]))[0]).toMatchObject({
      result: 'retry',
      applied: 'maybe',
      reason: expect.stringMatching(/no answer/),
    });
    respond = async (_q, r) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      return r.send({ responses: [] });
    };
    expect((await gateway(100).send([create]))[0]).toMatchObject({ result: 'retry', applied: 'maybe' });
  });
});

describe('reading changes', () => {
  const window = { window: { from: '2026-03-01', to: '2026-03-31' } };

  it('refuses a page with neither nextLink nor deltaLink, and links to another host', async () => {
    respond = (_q, r) => r.send({ value: [] });
    await expect(gateway().readChanges(ANNA.id, window)).rejects.toMatchObject({
      kind: 'retry',
      message: expect.stringMatching(/neither nextLink nor deltaLink/),
    });
    await expect(
      gateway().readChanges(ANNA.id, {
        cursor: 'https://elsewhere.example/v1.0/users/x/calendarView/delta?$deltatoken=1',
      }),
    ).rejects.toBeInstanceOf(CalendarReadError);
  });

  it('asks to start again when the sync state is gone', async () => {
    respond = (_q, r) => r.code(410).send({ error: { code: 'SyncStateNotFound', message: 'gone' } });
    await expect(
      gateway().readChanges(ANNA.id, { cursor: `${baseUrl}/users/x/calendarView/delta?$deltatoken=abc` }),
    ).rejects.toMatchObject({ kind: 'resync' });
    expect(seen[0]?.url).toBe('/graph/v1.0/users/x/calendarView/delta?$deltatoken=abc');
  });
});

describe('the worker', () => {
  let opened: OpenedStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    ({ opened, dispose } = await (backends[0] as (typeof backends)[number]).open());
  });
  afterAll(async () => dispose?.());

  /** Anna's accepted day in the ledger, and a sync that drains it to the scripted Graph. */
  async function syncWithOneDay(date: string) {
    await opened.store.recordEntry(
      {
        personId: ANNA.id,
        date,
        part: 'full',
        kind: 'structural',
        status: 'accepted',
        reason: 'STRUCTURAL_PATTERN',
        approvers: [],
        details: {},
      },
      { actorId: ANNA.id, source: 'bot', at: '2026-03-02T08:00:00.000Z' },
    );
    return startCalendarSync({
      store: opened.store,
      db: opened.db,
      organisation: testOrganisation(),
      calendar: workingCalendar,
      graph: { baseUrl, tokens: async () => 'local-token' },
      clock: new FakeClock(),
      run: false,
    });
  }

  it('parks a row after repeated answers that break the contract, saying why', async () => {
    await emptyAll(opened.db);
    respond = (_q, r) =>
      r.send({ error: { code: 'generalException', message: 'An unexpected error occurred' } });
    const sync = await syncWithOneDay('2026-03-10');
    const report = await sync.drainUntilIdle();
    expect(report).toMatchObject({ requests: 5, retried: 4, parked: 1 });
    const [parked] = await sync.parked();
    expect(parked?.reason).toBe(
      "gave up after 5 answers in a row that do not follow Graph's documented contract; last: $batch: Graph answered 200 with an error body: generalException: An unexpected error occurred",
    );
  });

  it('does not count the outage before them: a row parks only after five odd answers in a row', async () => {
    await emptyAll(opened.db);
    let calls = 0;
    respond = (_q, r) => {
      calls += 1;
      // Three outages first (retried, not suspect), then answers that break the contract.
      if (calls <= 3)
        return r
          .code(503)
          .header('retry-after', '0')
          .send({ error: { code: 'serviceNotAvailable', message: 'down' } });
      return r.send({ error: { code: 'generalException', message: 'An unexpected error occurred' } });
    };
    const sync = await syncWithOneDay('2026-03-12');
    const report = await sync.drainUntilIdle();
    expect(report).toMatchObject({ requests: 8, retried: 7, parked: 1 });
  });
});
