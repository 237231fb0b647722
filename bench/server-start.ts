import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../tests/support/free-port.js';

// Time from spawning a server to its first /healthz 200, each start with a fresh DATA_DIR:
// `npm start` (the sources bundled by esbuild, the bundle cached after the first start; local mode) and the production build `node dist/server/start.js` (local mode),
// beside `node -e` listening on a port, measured in the same run. The three take turns, so that
// whatever else the machine does weighs on each alike; the median of ROUNDS starts is printed.
const ROUNDS = Number(process.env.BENCH_START_ROUNDS ?? 5);
const root = fileURLToPath(new URL('..', import.meta.url));

const BARE_NODE = `require('node:http').createServer((q, s) => s.end('ok')).listen(Number(process.env.PORT), '127.0.0.1')`;
const CANDIDATES: Array<{ name: string; command: string; args: string[] }> = [
  { name: 'node -e (a bare HTTP server)', command: process.execPath, args: ['-e', BARE_NODE] },
  { name: 'npm start (sources, bundle cached)', command: 'npm', args: ['start', '--silent'] },
  { name: 'node dist/server/start.js', command: process.execPath, args: ['dist/server/start.js'] },
];

async function firstHealthy(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${url}: the server exited with ${child.exitCode}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** One start: milliseconds from spawn to the first /healthz 200; then the process group is ended. */
async function startOnce(candidate: (typeof CANDIDATES)[number]): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'bench-start-'));
  const port = await freePort();
  const started = performance.now();
  const child = spawn(candidate.command, candidate.args, {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: 'ignore',
    // Its own process group: npm starts node under a shell, and all of them are ended together.
    detached: true,
  });
  try {
    // /healthz for the product; the bare server answers any path.
    await firstHealthy(`http://127.0.0.1:${port}/healthz`, child);
    return performance.now() - started;
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
    await exited;
    await rm(dataDir, { recursive: true, force: true });
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

export async function run(): Promise<void> {
  // The build measured is the one of the sources as they are now.
  const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts'], {
    cwd: root,
    stdio: 'ignore',
  });
  if (build.status !== 0) throw new Error('npm run build failed: run it to see why');
  const times = new Map<string, number[]>(CANDIDATES.map((candidate) => [candidate.name, []]));
  for (let round = 0; round < ROUNDS; round++)
    for (const candidate of CANDIDATES) times.get(candidate.name)?.push(await startOnce(candidate));
  const baseline = median(times.get(CANDIDATES[0]?.name ?? '') ?? []);
  console.log(`\nServer start to the first /healthz 200, fresh DATA_DIR, median of ${ROUNDS}:`);
  for (const { name } of CANDIDATES) {
    const all = times.get(name) ?? [];
    const ms = median(all);
    console.log(
      `  ${name.padEnd(32)} ${String(Math.round(ms)).padStart(6)} ms  (${(ms / baseline).toFixed(1)}× node -e; all: ${all.map(Math.round).join(', ')})`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
