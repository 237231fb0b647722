import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PG_SKIPPED } from '../store/store-backends.js';
import { type BotHarness, cardActionActivity, startBotHarness } from './bot-harness.js';

// The "declare" button (Action.Execute) pressed at the same instant, over HTTP on loopback, by one
// person for ten half days and by ten team mates for one day: the product answers each, and the
// ledger ends as a sequential run would leave it. On PostgreSQL in a schema of its own (the
// server's pool runs the requests in parallel), and on SQLite.

const databaseUrl = process.env.TEST_DATABASE_URL;
const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const MANAGER = id(100);
const SOLO = id(101);
const MATES = Array.from({ length: 10 }, (_, i) => id(110 + i));
const NEXT_WEEK = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'];

function personYaml(personId: string, team: string, roles = '[]'): string {
  return `
  - id: ${personId}
    upn: p${personId.slice(-3)}@cpas.example
    displayName: Person ${personId.slice(-3)}
    locale: fr
    teams: [${team}]
    function: social-worker
    regime: full-time
    telework: occasional
    roles: ${roles}`;
}

/** Occasional days need no approval and a breach is refused: what the rules let through is "accepted". */
const ORGANISATION = `
employer:
  name: CPAS
  holidayRegion: BRU
policy:
  preset: leuven
  occasionalNeedsApproval: false
  permanenceBreach: refuse
teams:
  - id: board
    name: Board
    managers: [${MANAGER}]
  - id: alone
    name: Alone
    managers: [${MANAGER}]
  - id: social
    name: Social
    managers: [${MANAGER}]
    permanence:
      - minimumOnSite: 8
people:${personYaml(MANAGER, 'board', '[Manager, HR]')}${personYaml(SOLO, 'alone')}${MATES.map((m) => personYaml(m, 'social')).join('')}
`;

const runs = [
  { name: 'PostgreSQL', skip: databaseUrl ? undefined : PG_SKIPPED },
  { name: 'SQLite', skip: undefined },
];

describe.each(runs)('the declare button pressed at once, on $name', ({ name, skip }) => {
  describe.skipIf(skip !== undefined)(skip ?? 'decided one after the other', () => {
    let harness: BotHarness;
    let dir: string;
    let dropSchema: () => Promise<void> = async () => {};
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'concurrent-declare-'));
      const orgFile = join(dir, 'organisation.yaml');
      await writeFile(orgFile, ORGANISATION);
      const env: Record<string, string> = { ORG_CONFIG: orgFile };
      if (name === 'PostgreSQL' && databaseUrl) {
        const schema = `bot_locks_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
        const url = new URL(databaseUrl);
        url.searchParams.set('options', `-c search_path=${schema}`);
        env.DATABASE_URL = url.toString();
        const admin = new pg.Client({ connectionString: databaseUrl });
        await admin.connect();
        await admin.query(`create schema ${schema}`);
        dropSchema = async () => {
          await admin.query(`drop schema if exists ${schema} cascade`);
          await admin.end();
        };
      }
      harness = await startBotHarness(env);
    });
    afterAll(async () => {
      await harness?.close();
      await dropSchema();
      await rm(dir, { recursive: true, force: true });
    });

    async function press(personId: string, date: string, part: 'full' | 'am' | 'pm'): Promise<string> {
      const response = await fetch(`${harness.baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(cardActionActivity(personId, 'declare', { date, part, locale: 'en' })),
      });
      const body = await response.text();
      expect(response.status, body).toBe(200);
      expect(body).toContain('application/vnd.microsoft.card.adaptive');
      return body;
    }

    async function statuses(people: string[]): Promise<string[]> {
      const active = await harness.product.store.activeEntries(people, NEXT_WEEK[0] as string, '2026-12-04');
      return active.map((entry) => entry.status);
    }

    it('one person, ten half days of one week at 2 days a week: exactly 4 halves accepted', async () => {
      const halves = NEXT_WEEK.flatMap((date) => (['am', 'pm'] as const).map((part) => ({ date, part })));
      await Promise.all(halves.map(({ date, part }) => press(SOLO, date, part)));
      expect(await statuses([SOLO])).toEqual(['accepted', 'accepted', 'accepted', 'accepted']);
    });

    it('ten team mates on one day, 8 of 10 on site: exactly 2 away', async () => {
      const answers = await Promise.all(MATES.map((mate) => press(mate, '2026-12-01', 'full')));
      expect(await statuses(MATES)).toEqual(['accepted', 'accepted']);
      // Two cards offer Undo; the eight others say the day was not granted and offer other days.
      expect(answers.filter((answer) => answer.includes('"verb":"undo"'))).toHaveLength(2);
    });
  });
});
