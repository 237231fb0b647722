import { request } from 'node:https';
import { describe, expect, it } from 'vitest';
import { startLocalGraphServer } from '../../local-m365/graph/local-graph-server.js';
import { ALICE, startTestGraph, timedEvent, verifyToken } from './local-graph-fixture.js';

describe('transport', () => {
  it('serves HTTPS with a self-signed certificate for clients that need https (the Graph SDK)', async () => {
    const server = await startLocalGraphServer({ directory: [ALICE], verifyToken, tls: 'self-signed' });
    try {
      expect(server.baseUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/graph\/v1\.0$/);
      const status = await new Promise<number | undefined>((resolve, reject) => {
        const url = new URL(`${server.baseUrl}/users/${ALICE.id}/events`);
        const ca = server.caCertificate ?? '';
        request(url, { ca, headers: { Authorization: 'Bearer app' } }, (response) => {
          response.resume();
          resolve(response.statusCode);
        })
          .on('error', reject)
          .end();
      });
      expect(status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('answers what Fastify itself refuses as a Graph error', async () => {
    const graph = await startTestGraph();
    try {
      const answer = await fetch(`${graph.server.baseUrl}/users/${ALICE.id}/events`, {
        method: 'POST',
        headers: { Authorization: 'Bearer app', 'Content-Type': '' },
        body: JSON.stringify(timedEvent('2026-01-05')),
      });
      expect(answer.status).toBe(415);
      expect(await answer.json()).toMatchObject({ error: { code: 'UnsupportedMediaType' } });
      const root = await graph.call('GET', '');
      expect(root.body).toMatchObject({ error: { code: 'BadRequest' } });
      expect(graph.server.contractViolations()).toEqual([]);
    } finally {
      await graph.close();
    }
  });
});
