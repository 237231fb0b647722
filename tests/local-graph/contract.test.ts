import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { declaredProperties, loadCalendarSpec } from '../../local-m365/graph/contract-spec.js';
import { EVENT_PROPERTIES } from '../../local-m365/graph/event-model.js';
import { graphContract } from '../../local-m365/graph/graph-contract.js';
import { startLocalGraphServer } from '../../local-m365/graph/local-graph-server.js';
import { ALICE, allDayEvent, startTestGraph, timedEvent, verifyToken } from './local-graph-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'local-graph-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('graphContract()', () => {
  const contract = graphContract();

  it('fails a response that breaks the event schema, naming the JSON path', () => {
    const check = contract.checkResponse('GET', '/users/{user-id}/events/{event-id}', 200, {
      id: 'AAMk',
      showAs: 'home',
      start: { dateTime: '2026-03-29T00:00:00.0000000', timeZone: 'UTC' },
    });
    expect(check.ok).toBe(false);
    expect(check.issues).toEqual([expect.objectContaining({ jsonPath: '/showAs' })]);
    expect(check.issues[0]?.message).toContain('workingElsewhere');
  });

  it('holds collections item by item and errors to ODataError', () => {
    const page = contract.checkResponse('GET', '/users/x/calendarView', 200, {
      value: [{ id: 'a', isAllDay: 'yes' }],
    });
    expect(page.issues).toEqual([expect.objectContaining({ jsonPath: '/value/0/isAllDay' })]);
    const error = contract.checkResponse('GET', '/users/{user-id}/events', 404, {
      error: { code: 'ErrorItemNotFound' },
    });
    expect(error.ok).toBe(false);
  });

  it('checks request bodies: the product’s create and a partial PATCH pass, an unknown property does not', () => {
    expect(
      contract.checkRequest('POST', '/users/{user-id}/events', allDayEvent('2026-03-29', '2026-03-30')).ok,
    ).toBe(true);
    expect(contract.checkRequest('PATCH', '/me/events/AAMk', { subject: 'x' }).ok).toBe(true);
    const typo = contract.checkRequest('POST', '/users/{user-id}/events', {
      ...timedEvent('2026-03-30'),
      isAllday: true,
    });
    expect(typo.issues).toEqual([{ jsonPath: '/isAllday', message: 'is not a property of the type' }]);
  });

  it('knows the paths Calendar.yml does not describe', () => {
    expect(contract.templateOf('/users/a@b.be/calendarView/delta?$deltatoken=x')).toBe(
      '/users/{user-id}/calendarView/delta()',
    );
    expect(contract.templateOf('/me/calendar/events/AAMk=')).toBe(
      '/users/{user-id}/calendar/events/{event-id}',
    );
    const removed = contract.checkResponse('GET', '/users/{user-id}/calendarView/delta()', 200, {
      value: [{ id: 'x', '@removed': { reason: 'deleted' } }],
    });
    expect(removed.issues).toEqual([
      expect.objectContaining({ message: expect.stringContaining('exactly one of') }),
    ]);
    const batch = contract.checkRequest('POST', '/$batch', {
      requests: [{ id: '1', method: 'POST', url: '/users/x/events', body: { showAs: 'home' } }],
    });
    expect(batch.issues).toEqual([expect.objectContaining({ jsonPath: '/requests/0/body/showAs' })]);
    expect(contract.checkRequest('GET', '/users/x/mailFolders', undefined).ok).toBe(false);
  });

  it('lists the same event properties as the local Graph', () => {
    const spec = loadCalendarSpec();
    const declared = declaredProperties(spec, { $ref: '#/components/schemas/microsoft.graph.event' });
    expect([...declared.keys()].sort()).toEqual([...EVENT_PROPERTIES].sort());
  });

  it('stops with one line naming a spec file that is missing or not JSON', () => {
    expect(() => graphContract('/nowhere/calendar-trimmed.json')).toThrow(
      /^Graph contract: \/nowhere\/calendar-trimmed\.json is missing; .*scripts\/trim-calendar-spec\.ts[^\n]*$/,
    );
    const notJson = join(dir, 'Calendar.yml');
    writeFileSync(notJson, 'openapi: 3.0.1\n');
    expect(() => graphContract(notJson)).toThrow(/^Graph contract: .*Calendar\.yml is not JSON; [^\n]*$/);
  });

  it('stops the local Graph in enforce mode when the spec is missing', async () => {
    await expect(
      startLocalGraphServer({
        directory: [ALICE],
        verifyToken,
        contract: 'enforce',
        contractSpec: '/nowhere/x.json',
      }),
    ).rejects.toThrow(/^Graph contract: \/nowhere\/x\.json is missing; [^\n]*$/);
  });
});

describe('the local Graph in enforce mode', () => {
  it('refuses a request body that breaks the contract with 500 ContractViolation, and writes nothing', async () => {
    const graph = await startTestGraph();
    try {
      const answer = await graph.call('POST', `/users/${ALICE.id}/events`, {
        body: { ...timedEvent('2026-05-07'), showAs: 'home' },
      });
      expect(answer.status).toBe(500);
      expect(answer.body).toMatchObject({ error: { code: 'ContractViolation' } });
      expect(JSON.stringify(answer.body)).toContain('/showAs');
      expect(graph.server.contractViolations()).toEqual([
        expect.objectContaining({
          direction: 'request',
          method: 'POST',
          pathTemplate: '/users/{user-id}/events',
        }),
      ]);
      expect((await graph.call<{ value: unknown[] }>('GET', `/users/${ALICE.id}/events`)).body.value).toEqual(
        [],
      );
    } finally {
      await graph.close();
    }
  });

  it('answers such a body like Graph when the contract is off (400 RequestBodyRead)', async () => {
    const graph = await startTestGraph({ contract: 'off' });
    try {
      const home = await graph.call('POST', `/users/${ALICE.id}/events`, {
        body: { ...timedEvent('2026-05-07'), showAs: 'home' },
      });
      expect(home.status).toBe(400);
      expect(home.body).toMatchObject({ error: { code: 'RequestBodyRead' } });
      const typo = await graph.call('POST', `/users/${ALICE.id}/events`, {
        body: { ...timedEvent('2026-05-07'), sujet: 'x' },
      });
      expect(typo.body).toMatchObject({
        error: { code: 'RequestBodyRead', message: expect.stringContaining("'sujet'") },
      });
      const broken = await fetch(`${graph.server.baseUrl}/users/${ALICE.id}/events`, {
        method: 'POST',
        headers: { Authorization: 'Bearer app', 'Content-Type': 'application/json' },
        body: '{"subject":',
      });
      expect(broken.status).toBe(400);
      expect(graph.server.contractViolations()).toEqual([]);
    } finally {
      await graph.close();
    }
  });

  it('keeps events across a restart, and catches an answer that breaks the contract', async () => {
    const storageFile = join(dir, 'graph.sqlite');
    const options = { directory: [ALICE], verifyToken, storageFile, contract: 'enforce' as const };
    const first = await startLocalGraphServer(options);
    const created = await fetch(`${first.baseUrl}/users/${ALICE.id}/events`, {
      method: 'POST',
      headers: { Authorization: 'Bearer app', 'Content-Type': 'application/json' },
      body: JSON.stringify(allDayEvent('2026-06-01', '2026-06-02')),
    });
    const { id } = (await created.json()) as { id: string };
    await first.close();

    const second = await startLocalGraphServer(options);
    try {
      const read = await fetch(`${second.baseUrl}/users/${ALICE.id}/events/${id}`, {
        headers: { Authorization: 'Bearer app' },
      });
      expect(read.status).toBe(200);
      // Corrupt the stored event behind the server's back: the answer must not go out as is.
      const db = new SqliteDatabase(storageFile);
      db.prepare(`UPDATE events SET doc = json_set(doc, '$.showAs', 'home') WHERE id = ?`).run(id);
      db.close();
      const broken = await fetch(`${second.baseUrl}/users/${ALICE.id}/events/${id}`, {
        headers: { Authorization: 'Bearer app' },
      });
      expect(broken.status).toBe(500);
      const body = (await broken.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('ContractViolation');
      expect(body.error.message).toContain('/showAs');
      expect(second.contractViolations()).toEqual([
        expect.objectContaining({
          direction: 'response',
          status: 200,
          pathTemplate: '/users/{user-id}/events/{event-id}',
        }),
      ]);
    } finally {
      await second.close();
    }
  });
});
