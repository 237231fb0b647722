import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { belgianWorkingCalendar } from '../../adapters/holidays/belgian-holidays.js';
import type { TeleworkEntry } from '../../core/ledger/ledger.js';
import type { Person } from '../../core/organisation/organisation.js';
import { declareTelework } from '../../core/use-cases/declare-telework.js';
import type { DutyNotice } from '../../core/use-cases/plan-team-duties.js';
import { backends, emptyLedger, snapshot } from '../store/store-backends.js';
import { DEMO, type Harness, openHarness } from './hr-api-harness.js';

// The managers' permanence API over app.inject(), on SQLite and PostgreSQL. Today is Wednesday
// 2 December 2026; "next week" is Monday 7 to Friday 11 December. The social service needs two
// people on site every half day, one of them a social worker.

const TEAM = 'social-service';
const NEXT_WEEK = 'from=2026-12-07&to=2026-12-11';

describe.each(backends)('permanence planning API on $name', (backend) => {
  let harness: Harness;
  const told: Array<{ entry: TeleworkEntry; decider: Person }> = [];
  const onDuty: DutyNotice[] = [];
  beforeAll(async () => {
    if (backend.skipReason) return;
    harness = await openHarness(backend, {
      tellRequester: async (entry, decider) => {
        told.push({ entry, decider });
      },
      tellOnDuty: async (notice) => {
        onDuty.push(notice);
      },
    });
  });
  afterAll(async () => harness?.dispose());
  beforeEach(async (context) => {
    if (backend.skipReason) return context.skip(backend.skipReason);
    await emptyLedger(harness.opened.db);
    told.length = 0;
    onDuty.length = 0;
  });

  const send = async (
    method: 'GET' | 'POST' | 'DELETE',
    url: string,
    as: string,
    options: { body?: unknown; ifMatch?: string } = {},
  ): Promise<LightMyRequestResponse> =>
    harness.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: {
        authorization: `Bearer ${await harness.tokenOf(as)}`,
        ...(options.ifMatch === undefined ? {} : { 'if-match': options.ifMatch }),
      },
      ...(options.body === undefined ? {} : { payload: options.body as object }),
    });
  const coverage = async (as: string = DEMO.isabelle) => {
    const answer = await send('GET', `/teams/${TEAM}/coverage?${NEXT_WEEK}`, as);
    expect(answer.statusCode).toBe(200);
    return { body: answer.json(), etag: answer.headers.etag as string };
  };
  const postDuty = (body: object, ifMatch?: string) =>
    send('POST', `/teams/${TEAM}/duties`, DEMO.isabelle, { body, ...(ifMatch ? { ifMatch } : {}) });

  it('lists the teams each caller may plan: a manager theirs, HR and Admin all, anyone else 403', async () => {
    const ids = async (as: string) =>
      (await send('GET', '/teams', as)).json().teams.map((t: { teamId: string }) => t.teamId);
    expect(await ids(DEMO.isabelle)).toEqual([TEAM]);
    expect(await ids(DEMO.marc)).toEqual(['reception']);
    expect(await ids(DEMO.sophie)).toEqual([TEAM, 'reception', 'administration']);
    expect(await ids(DEMO.lukas)).toEqual([TEAM, 'reception', 'administration']);
    const sarah = await send('GET', '/teams', DEMO.sarah);
    expect([sarah.statusCode, sarah.headers['content-type'], sarah.json().code]).toEqual([
      403,
      'application/problem+json; charset=utf-8',
      'FORBIDDEN_ROLE',
    ]);
    const [team] = (await send('GET', '/teams', DEMO.isabelle)).json().teams;
    expect(team.rules).toEqual([
      {
        minimumOnSite: 2,
        byFunction: { 'social-worker': 1 },
        weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
        halves: ['am', 'pm'],
      },
    ]);
    expect(team.members).toHaveLength(7);
  });

  it("shows next week's coverage with its minimums, conflicts and the version as ETag", async () => {
    const { body, etag } = await coverage();
    expect(etag).toBe(`"${body.version}"`);
    expect(body.halfDays).toHaveLength(10);
    const monday = body.halfDays[0];
    expect(monday).toMatchObject({
      date: '2026-12-07',
      part: 'am',
      minimumOnSite: 2,
      onDuty: [],
      duties: [],
    });
    expect(monday.byFunction['social-worker']).toEqual({ minimum: 1, onSite: 6, onDuty: 0 });
    expect(monday.conflicts.map((c: { code: string }) => c.code)).toEqual([
      'DUTIES_BELOW_MINIMUM',
      'DUTIES_BELOW_MINIMUM',
    ]);
    // Lotte works Monday to Thursday: not working on Friday.
    expect(body.halfDays[8].notWorking).toEqual([DEMO.lotte]);
    // The same state gives the same version, on every read.
    expect((await coverage()).etag).toBe(etag);
  });

  it.each([
    ['a manager of another team', DEMO.marc, NEXT_WEEK, 403, 'FORBIDDEN_TEAM'],
    ['someone of another team without a role', DEMO.nathalie, NEXT_WEEK, 403, 'FORBIDDEN_TEAM'],
    ['94 days', DEMO.isabelle, 'from=2026-12-07&to=2027-03-10', 400, 'INVALID_PERIOD'],
    ['ending before it starts', DEMO.isabelle, 'from=2026-12-11&to=2026-12-07', 400, 'INVALID_PERIOD'],
    ['not a date', DEMO.isabelle, 'from=2026-12-07&to=next-friday', 400, 'REQUEST_INVALID'],
  ])('refuses the coverage for %s', async (_case, as, query, status, code) => {
    const answer = await send('GET', `/teams/${TEAM}/coverage?${query}`, as);
    expect([answer.statusCode, answer.json().code]).toEqual([status, code]);
  });

  it("lets the team's members see its week, the same as its manager does, and change nothing (403)", async () => {
    const { etag } = await coverage();
    await postDuty({ date: '2026-12-07', part: 'am', personId: DEMO.mehdi }, etag);
    const managers = await coverage(DEMO.isabelle);
    const sarahs = await coverage(DEMO.sarah);
    expect(sarahs).toEqual(managers);
    const [dutyId] = sarahs.body.halfDays[0].duties.map((d: { dutyId: string }) => d.dutyId);
    const before = await snapshot(harness.opened.db);
    const period = { from: '2026-12-07', to: '2026-12-11' };
    const refused = [
      await send('POST', `/teams/${TEAM}/duties`, DEMO.sarah, {
        body: { date: '2026-12-07', part: 'pm', personId: DEMO.sarah },
        ifMatch: sarahs.etag,
      }),
      await send('DELETE', `/teams/${TEAM}/duties/${dutyId}`, DEMO.sarah, { ifMatch: sarahs.etag }),
      await send('POST', `/teams/${TEAM}/roster-proposal`, DEMO.sarah, { body: period }),
      await send('POST', `/teams/${TEAM}/roster`, DEMO.sarah, {
        body: { ...period, duties: [] },
        ifMatch: sarahs.etag,
      }),
      await send('GET', `/teams/${TEAM}/requests?status=pending`, DEMO.sarah),
    ];
    expect(refused.map((answer) => [answer.statusCode, answer.json().code])).toEqual(
      refused.map(() => [403, 'FORBIDDEN_TEAM']),
    );
    expect(await snapshot(harness.opened.db)).toEqual(before);
    expect(onDuty).toHaveLength(1);
  });

  it.each([
    ['a team mate without a role', DEMO.sarah, [[TEAM, false]]],
    ['a manager', DEMO.isabelle, [[TEAM, true]]],
    ['a manager of another team', DEMO.marc, [['reception', true]]],
    [
      'HR, also a member of the administration',
      DEMO.sophie,
      [
        [TEAM, true],
        ['reception', true],
        ['administration', true],
      ],
    ],
    ['someone of another team without a role', DEMO.nathalie, [['reception', false]]],
  ])('GET /me/teams: the teams %s may see, and whether they plan each', async (_who, as, expected) => {
    const answer = await send('GET', '/me/teams', as);
    expect(answer.statusCode).toBe(200);
    const teams = answer.json().teams as Array<{ teamId: string; mayPlan: boolean; members: unknown[] }>;
    expect(teams.map((team) => [team.teamId, team.mayPlan])).toEqual(expected);
    expect(teams.every((team) => team.members.length > 0)).toBe(true);
  });

  it('plans a duty with the current version (201, new ETag), then removes it (204); both show in the coverage', async () => {
    const { etag } = await coverage();
    const created = await postDuty({ date: '2026-12-07', part: 'am', personId: DEMO.mehdi }, etag);
    expect(created.statusCode).toBe(201);
    const duty = created.json();
    expect(duty).toEqual({
      dutyId: expect.any(String),
      date: '2026-12-07',
      part: 'am',
      personId: DEMO.mehdi,
    });
    const after = await coverage();
    expect(created.headers.etag).toBe(after.etag);
    expect(after.etag).not.toBe(etag);
    expect(after.body.halfDays[0]).toMatchObject({
      onDuty: [DEMO.mehdi],
      duties: [{ dutyId: duty.dutyId, personId: DEMO.mehdi }],
    });
    // The duty goes to the calendar outbox: the team's permanence mailbox and Mehdi's own.
    const outbox = await harness.opened.db
      .selectFrom('calendar_outbox')
      .selectAll()
      .where('entity_id', '=', duty.dutyId)
      .execute();
    expect(outbox).toHaveLength(2);

    const removed = await send('DELETE', `/teams/${TEAM}/duties/${duty.dutyId}`, DEMO.isabelle, {
      ifMatch: after.etag,
    });
    expect(removed.statusCode).toBe(204);
    const again = await coverage();
    expect(again.body.halfDays[0].onDuty).toEqual([]);
    expect(removed.headers.etag).toBe(again.etag);
    // Mehdi is told twice in Teams: put on duty, then taken off it.
    expect(onDuty.map((n) => [n.personId, n.change, n.days, n.byId])).toEqual([
      [DEMO.mehdi, 'assigned', [{ date: '2026-12-07', part: 'am' }], DEMO.isabelle],
      [DEMO.mehdi, 'removed', [{ date: '2026-12-07', part: 'am' }], DEMO.isabelle],
    ]);
  });

  it('refuses a stale If-Match (412) and a missing one (428) with the current version, and changes nothing', async () => {
    const { etag } = await coverage();
    await postDuty({ date: '2026-12-07', part: 'am', personId: DEMO.mehdi }, etag);
    const current = (await coverage()).body.version;
    const before = await snapshot(harness.opened.db);
    const stale = await postDuty({ date: '2026-12-07', part: 'pm', personId: DEMO.pieter }, etag);
    expect([stale.statusCode, stale.json().code, stale.json().params.version]).toEqual([
      412,
      'TEAM_VERSION_STALE',
      current,
    ]);
    const missing = await postDuty({ date: '2026-12-07', part: 'pm', personId: DEMO.pieter });
    expect([missing.statusCode, missing.json().code, missing.json().params.version]).toEqual([
      428,
      'TEAM_VERSION_REQUIRED',
      current,
    ]);
    const staleRoster = await send('POST', `/teams/${TEAM}/roster`, DEMO.isabelle, {
      body: {
        from: '2026-12-07',
        to: '2026-12-11',
        duties: [{ date: '2026-12-08', part: 'am', personId: DEMO.pieter }],
      },
      ifMatch: etag,
    });
    expect(staleRoster.statusCode).toBe(412);
    const [dutyId] = (await coverage()).body.halfDays[0].duties.map((d: { dutyId: string }) => d.dutyId);
    const staleDelete = await send('DELETE', `/teams/${TEAM}/duties/${dutyId}`, DEMO.isabelle, {
      ifMatch: etag,
    });
    expect(staleDelete.statusCode).toBe(412);
    expect(await snapshot(harness.opened.db)).toEqual(before);
    expect(onDuty).toHaveLength(1); // the first duty only; the refused changes tell nobody
  });

  describe('a duty that cannot be held: 4xx with its code, nothing written', () => {
    it.each([
      [
        'someone outside the team',
        { date: '2026-12-07', part: 'am', personId: DEMO.nathalie },
        422,
        'DUTY_OUTSIDE_TEAM',
      ],
      [
        'a public holiday (Christmas)',
        { date: '2026-12-25', part: 'am', personId: DEMO.mehdi },
        422,
        'DUTY_ON_HOLIDAY',
      ],
      ['a Saturday', { date: '2026-12-05', part: 'am', personId: DEMO.mehdi }, 422, 'DUTY_ON_WEEKEND'],
      [
        'a Friday of a 4/5 working Monday to Thursday',
        { date: '2026-12-11', part: 'pm', personId: DEMO.lotte },
        422,
        'DUTY_ON_DAY_OFF',
      ],
      ['yesterday', { date: '2026-12-01', part: 'am', personId: DEMO.mehdi }, 422, 'DUTY_IN_PAST'],
      [
        'a half day already held by that person',
        { date: '2026-12-07', part: 'am', personId: DEMO.amelie },
        409,
        'DUTY_ALREADY_ASSIGNED',
      ],
      [
        'a half day the person teleworks',
        { date: '2026-12-08', part: 'pm', personId: DEMO.sarah },
        409,
        'DUTY_ON_TELEWORK',
      ],
      [
        'a year outside the calendar',
        { date: '2126-12-08', part: 'pm', personId: DEMO.sarah },
        400,
        'DATE_OUT_OF_RANGE',
      ],
      [
        'a part that is not a half',
        { date: '2026-12-08', part: 'full', personId: DEMO.sarah },
        400,
        'REQUEST_INVALID',
      ],
    ])('%s', async (_case, duty, status, code) => {
      // Amélie already holds Monday morning; Sarah teleworks on Tuesday 8th (her pattern, declared).
      const organisation = harness.organisation;
      const calendar = belgianWorkingCalendar({
        region: organisation.employer.holidayRegion,
        closingDays: organisation.employer.closingDays,
      });
      await declareTelework(
        { organisation, calendar, store: harness.opened.store },
        {
          request: { personId: DEMO.sarah, days: [{ date: '2026-12-08', part: 'full' }] },
          today: '2026-12-02',
          at: harness.clock.now(),
          source: 'bot',
        },
      );
      const planted = await postDuty(
        { date: '2026-12-07', part: 'am', personId: DEMO.amelie },
        (await coverage()).etag,
      );
      expect(planted.statusCode).toBe(201);
      const { etag } = await coverage();
      const before = await snapshot(harness.opened.db);
      const single = await postDuty(duty, etag);
      expect([single.statusCode, single.headers['content-type'], single.json().code]).toEqual([
        status,
        'application/problem+json; charset=utf-8',
        code,
      ]);
      // The same duty inside a roster, after a good one: the whole roster is refused.
      const roster = await send('POST', `/teams/${TEAM}/roster`, DEMO.isabelle, {
        body: {
          from: '2026-12-01',
          to: '2026-12-31',
          duties: [{ date: '2026-12-09', part: 'am', personId: DEMO.mehdi }, duty],
        },
        ifMatch: etag,
      });
      expect(roster.json().code).toBe(code);
      expect(roster.statusCode).toBeGreaterThanOrEqual(400);
      expect(roster.statusCode).toBeLessThan(500);
      expect(await snapshot(harness.opened.db)).toEqual(before);
    });

    it('twice the same half day in one roster', async () => {
      const { etag } = await coverage();
      const duty = { date: '2026-12-09', part: 'am', personId: DEMO.mehdi };
      const roster = await send('POST', `/teams/${TEAM}/roster`, DEMO.isabelle, {
        body: { from: '2026-12-07', to: '2026-12-11', duties: [duty, duty] },
        ifMatch: etag,
      });
      expect([roster.statusCode, roster.json().code]).toEqual([409, 'DUTY_ALREADY_ASSIGNED']);
      expect((await snapshot(harness.opened.db)).duties).toEqual([]);
    });

    it('a manager of another team: 403, nothing written', async () => {
      const { etag } = await coverage();
      const answer = await send('POST', `/teams/${TEAM}/duties`, DEMO.marc, {
        body: { date: '2026-12-07', part: 'am', personId: DEMO.mehdi },
        ifMatch: etag,
      });
      expect([answer.statusCode, answer.json().code]).toEqual([403, 'FORBIDDEN_TEAM']);
      expect((await snapshot(harness.opened.db)).duties).toEqual([]);
    });
  });

  it('proposes a roster (a dry run), and applies it with the current version: every minimum named', async () => {
    const before = await snapshot(harness.opened.db);
    const proposal = await send('POST', `/teams/${TEAM}/roster-proposal`, DEMO.isabelle, {
      body: { from: '2026-12-07', to: '2026-12-11' },
    });
    expect(proposal.statusCode).toBe(200);
    const { duties, uncovered, version } = proposal.json();
    expect(await snapshot(harness.opened.db)).toEqual(before);
    expect(uncovered).toEqual([]);
    expect(duties).toHaveLength(20); // 10 half days × a minimum of 2
    const applied = await send('POST', `/teams/${TEAM}/roster`, DEMO.isabelle, {
      body: { from: '2026-12-07', to: '2026-12-11', duties },
      ifMatch: `"${version}"`,
    });
    expect(applied.statusCode).toBe(201);
    expect(applied.json().duties).toHaveLength(20);
    const { body } = await coverage();
    expect(body.version).toBe(applied.json().version);
    const codes = body.halfDays.flatMap((h: { conflicts: Array<{ code: string }> }) =>
      h.conflicts.map((c) => c.code),
    );
    expect(codes).toEqual([]);
    // Each person named is told once, with all their days.
    const named = new Set(duties.map((d: { personId: string }) => d.personId));
    expect(onDuty.map((n) => n.personId).sort()).toEqual([...named].sort());
    expect(onDuty.reduce((sum, n) => sum + n.days.length, 0)).toBe(20);
    // A second proposal keeps the duties planned: nothing more to name.
    const second = await send('POST', `/teams/${TEAM}/roster-proposal`, DEMO.isabelle, {
      body: { from: '2026-12-07', to: '2026-12-11' },
    });
    expect(second.json().duties).toEqual([]);
  });

  it('two duty POSTs with the same If-Match at the same instant: exactly one wins, the other gets 412', async () => {
    const { etag } = await coverage();
    const answers = await Promise.all([
      postDuty({ date: '2026-12-10', part: 'am', personId: DEMO.mehdi }, etag),
      postDuty({ date: '2026-12-10', part: 'am', personId: DEMO.pieter }, etag),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 412]);
    expect((await snapshot(harness.opened.db)).duties).toHaveLength(1);
  });

  it("lists the team's pending requests; a decision follows the approval card's rules and tells the requester", async () => {
    const organisation = harness.organisation;
    const calendar = belgianWorkingCalendar({
      region: organisation.employer.holidayRegion,
      closingDays: organisation.employer.closingDays,
    });
    const [day] = await declareTelework(
      { organisation, calendar, store: harness.opened.store },
      {
        request: { personId: DEMO.amelie, days: [{ date: '2026-12-10', part: 'full' }] },
        today: '2026-12-02',
        at: harness.clock.now(),
        source: 'bot',
      },
    );
    const entryId = day?.recorded.entry.id as string;
    const list = await send('GET', `/teams/${TEAM}/requests?status=pending`, DEMO.isabelle);
    expect(list.json().requests).toEqual([
      expect.objectContaining({ entryId, personId: DEMO.amelie, date: '2026-12-10', part: 'full' }),
    ]);
    expect((await send('GET', `/teams/${TEAM}/requests?status=pending`, DEMO.marc)).statusCode).toBe(403);

    const own = await send('POST', `/requests/${entryId}/decision`, DEMO.amelie, {
      body: { decision: 'approve' },
    });
    expect([own.statusCode, own.json().code]).toEqual([403, 'NOT_AN_APPROVER']);
    const bad = await send('POST', `/requests/${entryId}/decision`, DEMO.isabelle, {
      body: { decision: 'maybe' },
    });
    expect(bad.statusCode).toBe(400);
    const decided = await send('POST', `/requests/${entryId}/decision`, DEMO.isabelle, {
      body: { decision: 'reject', reason: 'Two colleagues on leave that day' },
    });
    expect(decided.json()).toEqual({ entryId, status: 'refused', decidedBy: DEMO.isabelle });
    const history = await harness.opened.store.history(entryId);
    expect(history.at(-1)).toMatchObject({
      action: 'rejected',
      reason: 'Two colleagues on leave that day',
      source: 'api',
      actorId: DEMO.isabelle,
    });
    expect(told.map((t) => [t.entry.id, t.entry.status, t.decider.id])).toEqual([
      [entryId, 'refused', DEMO.isabelle],
    ]);
    const again = await send('POST', `/requests/${entryId}/decision`, DEMO.isabelle, {
      body: { decision: 'approve' },
    });
    expect([again.statusCode, again.json().code]).toEqual([409, 'ENTRY_NOT_PENDING']);
  });
});
