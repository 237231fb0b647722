import { realpathSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, weekdayOf } from '../core/calendar/local-date.js';
import { composeProduct } from '../server/composition-root.js';
import { readConfig } from '../server/config.js';
import { freePort } from '../tests/support/free-port.js';

// Declarations through POST /api/messages on loopback, as Teams sends them (expectReplies, so the
// card comes back in the answer), beside GET /healthz measured the same way in the same run.
// Each declaration runs the policy, writes the ledger and drains the outbox to the local Graph.
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 400);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const TODAY = '2026-11-23';

async function measure(count: number, send: (index: number) => Promise<Response>) {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const index = next++;
        const t0 = performance.now();
        const response = await send(index);
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`request ${index} answered ${response.status}`);
        times.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  return { perSecond: count / seconds, p50: at(0.5), p99: at(0.99) };
}

export async function run(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-bot-'));
  const port = await freePort();
  const product = await composeProduct(
    readConfig({ DATA_DIR: dir, PORT: String(port), LOG_LEVEL: 'silent' }, dir),
    { clock: { today: () => TODAY, now: () => new Date().toISOString() }, runCalendarSync: false },
  );
  try {
    await product.app.listen({ port, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${port}`;
    const people = product.organisation.people;
    const workingDays = Array.from({ length: 200 }, (_, i) => addDays(TODAY, i + 1)).filter(
      (date) => !['sat', 'sun'].includes(weekdayOf(date)),
    );
    const declare = (index: number) => {
      const person = people[index % people.length];
      const date = workingDays[Math.floor(index / people.length) % workingDays.length];
      return fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message',
          id: `bench-${index}`,
          text: `/telework ${date}`,
          locale: 'en-GB',
          channelId: 'msteams',
          serviceUrl: 'http://127.0.0.1:9/unused',
          deliveryMode: 'expectReplies',
          from: { id: `teams-${person?.id}`, aadObjectId: person?.id },
          recipient: { id: 'bot' },
          conversation: { id: `bench-${person?.id}`, conversationType: 'personal' },
        }),
      });
    };
    await measure(20, declare); // warm-up: JIT, token cache, SQLite pages
    const bot = await measure(REQUESTS, (i) => declare(i + 20));
    const trivial = await measure(REQUESTS, () => fetch(`${base}/healthz`));
    const f = (n: number) => n.toFixed(1);
    console.log(`Bot declarations via POST /api/messages, ${REQUESTS} requests, ${CONCURRENCY} at a time`);
    console.log(
      `  /api/messages : ${f(bot.perSecond)} replies/s, p50 ${f(bot.p50)} ms, p99 ${f(bot.p99)} ms`,
    );
    console.log(
      `  /healthz      : ${f(trivial.perSecond)} requests/s, p50 ${f(trivial.p50)} ms, p99 ${f(trivial.p99)} ms`,
    );
    console.log(
      `  ratio         : ${(bot.perSecond / trivial.perSecond).toFixed(3)} of the trivial route's throughput`,
    );
  } finally {
    await product.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  run().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
