import { Worker } from 'node:worker_threads';

// A load generator in a worker thread, so the client does not steal the server's event loop:
// `concurrency` keep-alive connections send GET requests for `durationMs`, round-robin over the
// given authorization headers.

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { url, authorizations, durationMs, concurrency } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const end = Date.now() + durationMs;
let done = 0, failed = 0, turn = 0;
function one() {
  return new Promise((resolve) => {
    const authorization = authorizations.length ? authorizations[turn++ % authorizations.length] : undefined;
    const request = http.get(url, { agent, headers: authorization ? { authorization } : {} }, (response) => {
      response.resume();
      response.on('end', () => { if (response.statusCode === 200) done++; else failed++; resolve(); });
    });
    request.on('error', () => { failed++; resolve(); });
  });
}
async function loop() { while (Date.now() < end) await one(); }
Promise.all(Array.from({ length: concurrency }, loop)).then(() => {
  agent.destroy();
  parentPort.postMessage({ done, failed });
});
`;

export interface LoadResult {
  requestsPerSecond: number;
  failed: number;
}

export function load(
  url: string,
  options: { authorizations?: string[]; durationMs: number; concurrency: number },
): Promise<LoadResult> {
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: {
      url,
      authorizations: options.authorizations ?? [],
      durationMs: options.durationMs,
      concurrency: options.concurrency,
    },
  });
  return new Promise((resolve, reject) => {
    worker.once('message', (result: { done: number; failed: number }) => {
      resolve({ requestsPerSecond: result.done / (options.durationMs / 1000), failed: result.failed });
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
