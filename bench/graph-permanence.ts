import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startCalendarSync } from '../adapters/calendar-sync/start-calendar-sync.js';
import { systemClock } from '../adapters/clock/brussels-clock.js';
import { appTokenProvider } from '../adapters/entra/app-token-provider.js';
import { pinnedCaNetworkClient } from '../adapters/entra/pinned-ca-network-client.js';
import { belgianWorkingCalendar } from '../adapters/holidays/belgian-holidays.js';
import { openStore } from '../adapters/store/open-store.js';
import { dayOff } from '../core/calendar/day-off.js';
import { eachDay } from '../core/calendar/local-date.js';
import type { Organisation, Person } from '../core/organisation/organisation.js';
import { leuvenPreset } from '../core/policy/presets/leuven.js';
import { startLocalGraphServer } from '../local-m365/graph/local-graph-server.js';
import { graphTokenVerifier } from '../local-m365/identity/graph-token-verifier.js';
import { startLocalIdentityProvider } from '../local-m365/identity/identity-provider-server.js';

// Benchmark, not a test: publish a month of permanence for a 40-person team to the team's
// permanence calendar and the people's own, through the local Graph with 100 ms of latency on
// every request and $batch item. Prints the requests sent against the floor (20 events per
// $batch) and the wall time. Run: npx tsx bench/graph-permanence.ts

const TENANT = '0b0b0b0b-0000-4000-8000-00000000d001';
const CLIENT = {
  clientId: '0b0b0b0b-0000-4000-8000-00000000c001',
  clientSecret: 'bench',
  graphRoles: ['Calendars.ReadWrite'],
};
const TEAM_SIZE = 40;
const ON_DUTY_PER_HALF_DAY = 3;
const MONTH = { from: '2026-06-01', to: '2026-06-30' };
const MAILBOX = 'permanence-social@cpas.example';
const LATENCY_MS = 100;

export interface BenchResult {
  people: number;
  workingDays: number;
  duties: number;
  events: number;
  requests: number;
  floor: number;
  ratio: number;
  wallMs: number;
  maxConcurrencyPerMailbox: number;
}

function team(): Person[] {
  return Array.from({ length: TEAM_SIZE }, (_, index) => ({
    id: `0b0b0b0b-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    upn: `agent${index + 1}@cpas.example`,
    displayName: `Agent ${index + 1}`,
    locale: (['fr', 'nl'] as const)[index % 2] ?? 'fr',
    teams: ['social'],
    function: 'social-worker',
    regime: { numerator: 1, denominator: 1, days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
    arrangement: { type: 'occasional' },
    roles: [],
  }));
}

export async function run(): Promise<BenchResult> {
  const people = team();
  const organisation: Organisation = {
    employer: {
      name: 'CPAS Bench',
      holidayRegion: 'BRU',
      closingDays: { dates: [], yearly: [] },
      timeZone: 'Europe/Brussels',
    },
    people,
    teams: [{ id: 'social', name: 'Social', managers: [], permanence: [], permanenceMailbox: MAILBOX }],
    policy: leuvenPreset,
  };
  const calendar = belgianWorkingCalendar({ region: 'BRU', closingDays: organisation.employer.closingDays });
  const provider = await startLocalIdentityProvider({ tenantId: TENANT, clients: [CLIENT] });
  const graph = await startLocalGraphServer({
    directory: [
      ...people.map((p) => ({ id: p.id, userPrincipalName: p.upn, displayName: p.displayName })),
      { id: '0b0b0b0b-0000-4000-8000-0000000000ff', userPrincipalName: MAILBOX, displayName: 'Permanence' },
    ],
    verifyToken: graphTokenVerifier(provider.identity),
    faults: { latencyMs: LATENCY_MS },
  });
  const dir = await mkdtemp(join(tmpdir(), 'bench-permanence-'));
  const opened = await openStore({ sqliteFile: join(dir, 'ledger.sqlite') });
  try {
    // The duty pattern: every working half day, the next three people in turn.
    const days = eachDay(MONTH.from, MONTH.to).filter((date) => dayOff(date, calendar) === undefined);
    const at = new Date().toISOString();
    let turn = 0;
    let duties = 0;
    for (const date of days)
      for (const half of ['am', 'pm'] as const)
        for (let k = 0; k < ON_DUTY_PER_HALF_DAY; k++) {
          const person = people[turn++ % people.length] as Person;
          await opened.store.assignDuty(
            { teamId: 'social', personId: person.id, date, half },
            { actorId: person.id, source: 'tab', at },
          );
          duties += 1;
        }
    const sync = startCalendarSync({
      store: opened.store,
      db: opened.db,
      organisation,
      calendar,
      graph: {
        baseUrl: graph.baseUrl,
        tokens: appTokenProvider({
          tenantId: TENANT,
          clientId: CLIENT.clientId,
          credential: { kind: 'secret', secret: CLIENT.clientSecret },
          authority: provider.authority,
          networkClient: pinnedCaNetworkClient(provider.caCertificate),
        }),
      },
      clock: systemClock(),
      run: false,
    });
    const started = performance.now();
    const report = await sync.drainUntilIdle();
    const wallMs = Math.round(performance.now() - started);
    const stats = graph.faults.stats();
    const events = duties * 2;
    if (report.done !== events || report.parked !== 0)
      throw new Error(`expected ${events} events done, got ${JSON.stringify(report)}`);
    const floor = Math.ceil(events / 20);
    return {
      people: people.length,
      workingDays: days.length,
      duties,
      events,
      requests: stats.requests,
      floor,
      ratio: Math.round((stats.requests / floor) * 100) / 100,
      wallMs,
      maxConcurrencyPerMailbox: Math.max(...Object.values(stats.maxConcurrencyByMailbox)),
    };
  } finally {
    await opened.close();
    await rm(dir, { recursive: true, force: true });
    await graph.close();
    await provider.close();
  }
}

/** Prints what run() measured. */
export function printPermanenceResult(result: BenchResult): void {
  console.log(
    [
      `permanence month: ${result.people} people, ${result.workingDays} working days, ${ON_DUTY_PER_HALF_DAY} on duty per half day`,
      `  duties ${result.duties}, events ${result.events} (team calendar + own calendar)`,
      `  requests sent ${result.requests}, floor ⌈events/20⌉ ${result.floor}, ratio ${result.ratio}`,
      `  wall time ${result.wallMs} ms with ${LATENCY_MS} ms latency per request and $batch item`,
      `  most requests in flight on one mailbox: ${result.maxConcurrencyPerMailbox}`,
    ].join('\n'),
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  run().then(printPermanenceResult, (error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
