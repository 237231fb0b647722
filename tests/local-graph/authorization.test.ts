import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALICE, BOB, PERMANENCE, startTestGraph, type TestGraph, timedEvent } from './local-graph-fixture.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startTestGraph();
});
afterAll(async () => {
  expect(graph.server.contractViolations()).toEqual([]);
  await graph.close();
});

describe('authentication', () => {
  it('answers 401 InvalidAuthenticationToken without a token', async () => {
    const { status, body, headers } = await graph.call('GET', `/users/${ALICE.id}/events`, { token: null });
    expect(status).toBe(401);
    expect(body).toMatchObject({
      error: { code: 'InvalidAuthenticationToken', message: 'Access token is empty.' },
    });
    expect(headers.get('www-authenticate')).toMatch(/^Bearer /);
  });

  it('answers 401 to a token the verifier refuses, on $batch too', async () => {
    expect((await graph.call('GET', `/users/${ALICE.id}/events`, { token: 'forged' })).status).toBe(401);
    expect((await graph.call('POST', '/$batch', { token: 'forged', body: { requests: [] } })).status).toBe(
      401,
    );
  });
});

describe('application permissions', () => {
  it('refuses an app token without a Calendars role (403 ErrorAccessDenied)', async () => {
    const { status, body } = await graph.call('GET', `/users/${ALICE.id}/events`, { token: 'app-no-role' });
    expect(status).toBe(403);
    expect(body).toMatchObject({ error: { code: 'ErrorAccessDenied' } });
  });

  it('lets Calendars.Read read but not write', async () => {
    expect((await graph.call('GET', `/users/${ALICE.id}/events`, { token: 'app-read' })).status).toBe(200);
    const write = await graph.call('POST', `/users/${ALICE.id}/events`, {
      token: 'app-read',
      body: timedEvent('2026-03-02'),
    });
    expect(write.status).toBe(403);
  });

  it('reaches every mailbox with Calendars.ReadWrite, shared ones included', async () => {
    for (const user of [ALICE, BOB, PERMANENCE])
      expect(
        (
          await graph.call(
            'GET',
            `/users/${user.userPrincipalName}/calendarView?startDateTime=2026-01-01&endDateTime=2026-01-02`,
          )
        ).status,
      ).toBe(200);
  });

  it('has no /me', async () => {
    const { status } = await graph.call('GET', '/me/events');
    expect(status).toBe(400);
  });
});

describe('delegated permissions', () => {
  it('reach the signed-in user’s own mailbox, by /me, id or UPN', async () => {
    const created = await graph.call<{ id: string }>('POST', '/me/events', {
      token: 'alice',
      body: timedEvent('2026-03-03'),
    });
    expect(created.status).toBe(201);
    const byUpn = await graph.call('GET', `/users/${ALICE.userPrincipalName}/events/${created.body.id}`, {
      token: 'alice',
    });
    expect(byUpn.status).toBe(200);
    const byId = await graph.call('GET', `/users/${ALICE.id}/calendar/events/${created.body.id}`, {
      token: 'alice',
    });
    expect(byId.status).toBe(200);
  });

  it('refuse another person’s mailbox and a shared one with 403 ErrorAccessDenied', async () => {
    for (const other of [BOB, PERMANENCE]) {
      const { status, body } = await graph.call('GET', `/users/${other.id}/events`, { token: 'alice' });
      expect(status).toBe(403);
      expect(body).toMatchObject({ error: { code: 'ErrorAccessDenied' } });
    }
    const write = await graph.call('POST', `/users/${BOB.userPrincipalName}/events`, {
      token: 'alice',
      body: timedEvent('2026-03-04'),
    });
    expect(write.status).toBe(403);
  });

  it('read a shared mailbox shared with them, and write nothing there', async () => {
    const created = await graph.call<{ id: string }>('POST', `/users/${PERMANENCE.id}/events`, {
      token: 'app',
      body: timedEvent('2026-03-05'),
    });
    expect(created.status).toBe(201);
    const read = await graph.call<{ value: Array<{ id: string }> }>(
      'GET',
      `/users/${PERMANENCE.userPrincipalName}/events`,
      {
        token: 'bob',
      },
    );
    expect(read.status).toBe(200);
    expect(read.body.value.map((event) => event.id)).toContain(created.body.id);
    const write = await graph.call('POST', `/users/${PERMANENCE.id}/events`, {
      token: 'bob',
      body: timedEvent('2026-03-06'),
    });
    expect(write.status).toBe(403);
    const remove = await graph.call('DELETE', `/users/${PERMANENCE.id}/events/${created.body.id}`, {
      token: 'bob',
    });
    expect(remove.status).toBe(403);
  });

  it('read one’s own profile with User.Read, not another’s', async () => {
    const me = await graph.call('GET', '/me', { token: 'bob' });
    expect(me.body).toMatchObject({ id: BOB.id, userPrincipalName: BOB.userPrincipalName });
    expect((await graph.call('GET', `/users/${ALICE.id}`, { token: 'bob' })).status).toBe(403);
  });
});
