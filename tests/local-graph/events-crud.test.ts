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

describe('events: create, read, update, delete', () => {
  it('creates an event (201, full event) and reads it back by id', async () => {
    const created = await graph.call('POST', `/users/${ALICE.id}/events`, {
      body: timedEvent('2026-05-04', {
        categories: ['Telework'],
        body: { contentType: 'text', content: 'At home' },
      }),
    });
    expect(created.status).toBe(201);
    const event = created.body;
    expect(event.id).toMatch(/^AAMkA[\w-]{60,}=+$/);
    expect(event['@odata.etag']).toBe(`W/"${event.changeKey}"`);
    expect(event).toMatchObject({
      subject: 'Telework',
      categories: ['Telework'],
      showAs: 'busy',
      isAllDay: false,
      isReminderOn: true,
      responseRequested: true,
      attendees: [],
      start: { dateTime: '2026-05-04T07:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2026-05-04T08:00:00.0000000', timeZone: 'UTC' },
      originalStartTimeZone: 'Europe/Brussels',
      organizer: { emailAddress: { name: ALICE.displayName, address: ALICE.mail } },
    });
    expect(event).not.toHaveProperty('transactionId');
    expect(event).not.toHaveProperty('singleValueExtendedProperties');
    expect((event.body as { content: string }).content).toContain('At home');
    expect(created.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);

    const read = await graph.call(
      'GET',
      `/users/${ALICE.userPrincipalName.toUpperCase()}/events/${event.id}`,
    );
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ id: event.id, subject: 'Telework', changeKey: event.changeKey });
  });

  it('updates with PATCH (200, whole event, new changeKey) and deletes (204, no body)', async () => {
    const { body: event } = await graph.call('POST', `/users/${BOB.userPrincipalName}/events`, {
      body: timedEvent('2026-05-05'),
    });
    const patched = await graph.call('PATCH', `/users/${BOB.id}/events/${event.id}`, {
      body: { subject: 'Telework (pm)', showAs: 'workingElsewhere' },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      id: event.id,
      subject: 'Telework (pm)',
      showAs: 'workingElsewhere',
    });
    expect(patched.body.changeKey).not.toBe(event.changeKey);
    expect(patched.body.start).toEqual(event.start);

    const deleted = await fetch(`${graph.server.baseUrl}/users/${BOB.id}/events/${event.id}`, {
      method: 'DELETE',
      headers: { Authorization: 'Bearer app' },
    });
    expect(deleted.status).toBe(204);
    expect(await deleted.text()).toBe('');
    const gone = await graph.call('GET', `/users/${BOB.id}/events/${event.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body).toMatchObject({ error: { code: 'ErrorItemNotFound' } });
  });

  it('writes a shared mailbox with the application permission', async () => {
    const created = await graph.call('POST', `/users/${PERMANENCE.userPrincipalName}/events`, {
      body: timedEvent('2026-05-06'),
    });
    expect(created.status).toBe(201);
    const list = await graph.call<{ value: Array<{ id: string }> }>('GET', `/users/${PERMANENCE.id}/events`);
    expect(list.body.value.map((event) => event.id)).toEqual([created.body.id]);
  });

  it('answers 404 ErrorInvalidUser for a user the directory does not know', async () => {
    const unknownUser = await graph.call('GET', '/users/nobody@agency.example.be/events');
    expect(unknownUser.status).toBe(404);
    expect(unknownUser.body).toMatchObject({
      error: {
        code: 'ErrorInvalidUser',
        innerError: { 'request-id': expect.any(String), date: expect.any(String) },
      },
    });
    expect(unknownUser.headers.get('client-request-id')).toBeTruthy();
  });

  it('refuses an all-day event that does not run midnight to midnight', async () => {
    const answer = await graph.call('POST', `/users/${ALICE.id}/events`, {
      body: { ...timedEvent('2026-05-08'), isAllDay: true },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'ErrorPropertyValidationFailure' } });
  });

  it('lists the directory for an app with User.Read.All, and refuses one without', async () => {
    const users = await graph.call<{ value: Array<{ id: string }> }>('GET', '/users', {
      token: 'app-directory',
    });
    expect(users.status).toBe(200);
    expect(users.body.value.map((user) => user.id)).toEqual([ALICE.id, BOB.id, PERMANENCE.id]);
    const one = await graph.call('GET', `/users/${ALICE.userPrincipalName}`, { token: 'app-directory' });
    expect(one.body).toMatchObject({ id: ALICE.id, displayName: ALICE.displayName, mail: ALICE.mail });
    const refused = await graph.call('GET', '/users');
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: { code: 'Authorization_RequestDenied' } });
  });
});
