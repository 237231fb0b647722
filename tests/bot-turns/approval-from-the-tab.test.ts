import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { freePort } from '../support/free-port.js';
import { type BotHarness, messageActivity, startBotHarness } from './bot-harness.js';

// A day declared from the personal tab that needs approval asks the manager in Teams, as one
// typed to the bot does: the approval card goes into the manager's chat with the bot. Teams'
// side is a local Bot Connector that records what the bot posts into each conversation.
const ISABELLE = '00000000-0000-4000-8000-000000000001'; // manager of the social service
const JULIE = { id: '00000000-0000-4000-8000-000000000005', upn: 'julie.dubois@cpas-demo.be' }; // occasional

interface Posted {
  url: string;
  body: { attachments?: Array<{ contentType: string; content: unknown }> };
}
let connector: Server;
let serviceUrl: string;
let failing = false;
const posted: Posted[] = [];
let harness: BotHarness;

beforeAll(async () => {
  const port = await freePort();
  serviceUrl = `http://127.0.0.1:${port}`;
  connector = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk) => {
      text += chunk;
    });
    request.on('end', () => {
      if (failing) {
        response.writeHead(500).end();
        return;
      }
      posted.push({ url: request.url ?? '', body: JSON.parse(text || '{}') });
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ id: `sent-${posted.length}` }));
    });
  });
  await new Promise<void>((resolve) => connector.listen(port, '127.0.0.1', resolve));
  harness = await startBotHarness();
  // Isabelle has written to the bot once: Teams gave it her conversation, through this connector.
  const hello = await harness.product.app.inject({
    method: 'POST',
    url: '/api/messages',
    payload: { ...messageActivity(ISABELLE, '/télétravail semaine'), serviceUrl },
  });
  expect(hello.statusCode).toBe(200);
});
afterAll(async () => {
  await harness?.close();
  await new Promise((resolve) => connector.close(resolve));
});
beforeEach(() => {
  posted.length = 0;
  failing = false;
});

async function declareFromTheTab(date: string) {
  const issued = await harness.product.app.inject({
    method: 'POST',
    url: '/local/token',
    payload: { upn: JULIE.upn, resource: 'api' },
  });
  return harness.product.app.inject({
    method: 'POST',
    url: '/api/v1/me/days',
    headers: { authorization: `Bearer ${issued.json().access_token}` },
    payload: { days: [{ date, part: 'full' }] },
  });
}

const cardsTo = (personId: string) =>
  posted
    .filter((post) => post.url.startsWith(`/v3/conversations/personal-${personId}/activities`))
    .flatMap((post) => post.body.attachments ?? [])
    .map((attachment) => JSON.stringify(attachment.content));

describe('a day that needs approval, declared from the personal tab', () => {
  it("puts the approval card in the manager's Teams chat, with approve and reject", async () => {
    const declared = await declareFromTheTab('2026-12-02');
    expect(declared.statusCode).toBe(200);
    const [day] = declared.json().days;
    expect(day.outcome).toBe('needs-approval');
    await expect.poll(() => cardsTo(ISABELLE).length, { timeout: 10_000 }).toBe(1);
    const card = cardsTo(ISABELLE)[0] ?? '';
    expect(card).toContain('Julie Dubois');
    expect(card).toContain(day.entryId);
    expect(card).toMatch(/"verb":"approve"/);
    expect(card).toMatch(/"verb":"reject"/);
    // Julie is no approver: nothing goes to her.
    expect(cardsTo(JULIE.id)).toEqual([]);
  });

  it('asks nobody again for a day already waiting (a double click)', async () => {
    const first = await declareFromTheTab('2026-12-09');
    await expect.poll(() => cardsTo(ISABELLE).length, { timeout: 10_000 }).toBe(1);
    const again = await declareFromTheTab('2026-12-09');
    expect(again.json().days[0].entryId).toBe(first.json().days[0].entryId);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(cardsTo(ISABELLE)).toHaveLength(1);
  });

  it('keeps the declaration when Teams refuses the card (logged, not the person’s problem)', async () => {
    failing = true;
    const declared = await declareFromTheTab('2026-12-16');
    expect(declared.statusCode).toBe(200);
    const [day] = declared.json().days;
    expect(day.outcome).toBe('needs-approval');
    const entries = await harness.product.store.activeEntries([JULIE.id], '2026-12-16', '2026-12-16');
    expect(entries.map((entry) => [entry.id, entry.status])).toEqual([[day.entryId, 'pending']]);
  });
});
