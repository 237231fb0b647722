import type { DayPart, LocalDate } from '../../core/calendar/local-date.js';
import type { LedgerStore } from '../../core/ledger/ledger.js';
import type { Organisation, Person, Team } from '../../core/organisation/organisation.js';
import type { TeleworkPolicy } from '../../core/policy/policy.js';
import { leuvenPreset } from '../../core/policy/presets/leuven.js';
import { declareTelework } from '../../core/use-cases/declare-telework.js';
import { calendar, FULL_TIME } from '../core/fixtures.js';

// The organisation and the requests of the concurrency tests, shared by the in-process test and
// the child processes that play two server instances on one SQLite file.

export const TODAY = '2026-11-23'; // a Monday
export const AT = '2026-11-23T08:00:00.000Z';
/** The week after, Monday 30 November to Friday 4 December 2026: five working days in Flanders. */
export const NEXT_WEEK: LocalDate[] = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'];

function person(id: string, teams: string[]): Person {
  return {
    id,
    upn: `${id}@cpas.example`,
    displayName: id,
    locale: 'nl',
    teams,
    function: 'social-worker',
    regime: FULL_TIME,
    arrangement: { type: 'occasional' },
    roles: [],
  };
}

function team(id: string, minimumOnSite: number): Team {
  return {
    id,
    name: id,
    managers: ['manager'],
    permanence: minimumOnSite > 0 ? [{ minimumOnSite, byFunction: {}, weekdays: [], halves: [] }] : [],
  };
}

export const mates = Array.from({ length: 10 }, (_, i) => `mate-${String(i + 1).padStart(2, '0')}`);

/**
 * "solo" works alone in a team with no minimum; the ten mates make up "social", 8 of 10 on site;
 * "north" and "south" (minimum 2 of 4 each) share two people, who lock both teams.
 * Occasional days need no approval here, so "accepted" shows what the policy let through.
 */
export function organisationWith(permanenceBreach: TeleworkPolicy['permanenceBreach']): Organisation {
  return {
    employer: {
      name: 'CPAS',
      holidayRegion: 'VLG',
      closingDays: { dates: [], yearly: [] },
      timeZone: 'Europe/Brussels',
    },
    people: [
      person('manager', ['board']),
      person('solo', ['alone']),
      ...mates.map((id) => person(id, ['social'])),
      person('north-1', ['north']),
      person('north-2', ['north']),
      person('both-1', ['north', 'south']),
      person('both-2', ['south', 'north']),
      person('south-1', ['south']),
      person('south-2', ['south']),
    ],
    teams: [team('board', 0), team('alone', 0), team('social', 8), team('north', 2), team('south', 2)],
    policy: { ...leuvenPreset, occasionalNeedsApproval: false, permanenceBreach },
  };
}

export interface Asked {
  personId: string;
  date: LocalDate;
  part: DayPart;
}

export const tenHalvesOfOnePerson: Asked[] = NEXT_WEEK.flatMap((date) =>
  (['am', 'pm'] as const).map((part) => ({ personId: 'solo', date, part })),
);

/** One button press: the person declares one day or half day, today being TODAY. */
export function declareOne(
  store: Pick<LedgerStore, 'decideAndRecord'>,
  organisation: Organisation,
  asked: Asked,
) {
  return declareTelework(
    { organisation, calendar, store },
    {
      request: { personId: asked.personId, days: [{ date: asked.date, part: asked.part }] },
      today: TODAY,
      at: AT,
      source: 'bot',
    },
  );
}
