import { type ChildProcessByStdio, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../adapters/store/open-store.js';
import { type Asked, mates, NEXT_WEEK, tenHalvesOfOnePerson } from './concurrency-organisation.js';

// Two server instances on one SQLite file (two processes, two connections): each declares half of
// the requests at the same instant as the other. BEGIN IMMEDIATE lets one decision at a time read
// and write, whichever process it runs in, so together they end as one sequential run.

const CHILD = fileURLToPath(new URL('./declare-in-child-process.ts', import.meta.url));

type Child = ChildProcessByStdio<Writable, Readable, Readable>;

function start(file: string, asked: Asked[]): { child: Child; lines: string[]; ready: Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, file, JSON.stringify(asked)], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr += String(chunk);
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      if (lines.includes('ready')) resolve();
    });
    child.on('exit', (code) => {
      if (code !== 0) reject(new Error(`child exited ${code}: ${stderr}`));
    });
  });
  return { child, lines, ready };
}

async function inTwoProcesses(file: string, asked: Asked[]): Promise<string[]> {
  const half = Math.ceil(asked.length / 2);
  const children = [start(file, asked.slice(0, half)), start(file, asked.slice(half))];
  await Promise.all(children.map((c) => c.ready));
  for (const { child } of children) child.stdin.write('go\n');
  await Promise.all(
    children.map(async ({ child }) => {
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
    }),
  );
  return children.flatMap(({ lines }) => JSON.parse(lines.at(-1) ?? '[]') as string[]);
}

function counted(outcomes: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) counts[outcome] = (counts[outcome] ?? 0) + 1;
  return counts;
}

describe('two processes on one SQLite file', () => {
  let dir: string;
  let file: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'two-sqlite-'));
    file = join(dir, 'ledger.sqlite');
    // Migrated once here: the two instances then only open it.
    await (await openStore({ sqliteFile: file })).close();
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  async function acceptedEntries(people: string[]): Promise<number> {
    const opened = await openStore({ sqliteFile: file });
    try {
      const rows = await opened.db
        .selectFrom('entries')
        .select('status')
        .where('status', '=', 'accepted')
        .where('person_id', 'in', people)
        .execute();
      return rows.length;
    } finally {
      await opened.close();
    }
  }

  // Both cases at once (their people share no team), so the processes start only once.
  it('one person ten half days at 2 days a week, and ten mates with 8 of 10 on site: 4 halves and 2 mates', async () => {
    const mateDays = mates.map((personId) => ({
      personId,
      date: NEXT_WEEK[1] as string,
      part: 'full' as const,
    }));
    // Each process gets five of each, interleaved.
    const asked = tenHalvesOfOnePerson.flatMap((half, i) => [half, mateDays[i] as Asked]);
    const outcomes = await inTwoProcesses(file, asked);
    expect(counted(outcomes)).toEqual({
      'accept WITHIN_POLICY': 6,
      'refuse WEEKLY_QUOTA_EXCEEDED': 6,
      'refuse PERMANENCE_AT_MINIMUM': 8,
    });
    expect(await acceptedEntries(['solo'])).toBe(4);
    expect(await acceptedEntries(mates)).toBe(2);
  });
});
