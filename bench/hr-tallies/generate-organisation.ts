import { belgianWorkingCalendar } from '../../adapters/holidays/belgian-holidays.js';
import {
  type DayPart,
  eachDay,
  type LocalDate,
  type Weekday,
  weekdayOf,
} from '../../core/calendar/local-date.js';
import type {
  Organisation,
  Person,
  Team,
  TeleworkArrangement,
} from '../../core/organisation/organisation.js';
import { leuvenPreset } from '../../core/policy/presets/leuven.js';

// A generated employer for the benchmark: teams of 50, half the staff structural teleworkers with
// a weekly pattern, a third occasional, the rest none; and a year of accepted telework entries on
// the working days of the Brussels calendar. Deterministic: the same figures from run to run.

export const TEAM_SIZE = 50;

/** mulberry32: a small seeded generator, enough for spreading days. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const WORKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const FULL_TIME = { numerator: 1, denominator: 1, days: WORKDAYS };

export function personId(index: number): string {
  return `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`;
}

export function generateOrganisation(size: number): Organisation {
  const next = random(42);
  const people: Person[] = [];
  const teams: Team[] = [];
  for (let i = 0; i < size; i++) {
    const team = `team-${Math.floor(i / TEAM_SIZE)}`;
    const draw = next();
    const first = WORKDAYS[Math.floor(next() * 5)] as Weekday;
    const second = WORKDAYS[(WORKDAYS.indexOf(first) + 2) % 5] as Weekday;
    const arrangement: TeleworkArrangement =
      draw < 0.5
        ? {
            type: 'structural',
            pattern: [
              { weekday: first, part: 'full' },
              { weekday: second, part: next() < 0.3 ? 'am' : 'full' },
            ],
          }
        : draw < 0.83
          ? { type: 'occasional' }
          : { type: 'none' };
    const isManager = i % TEAM_SIZE === 0;
    people.push({
      id: personId(i),
      upn: `person${i}@bench.example`,
      displayName: `Person ${i}`,
      locale: 'nl',
      teams: [team],
      function: 'administrative-officer',
      regime: i % 7 === 0 ? { numerator: 4, denominator: 5, days: WORKDAYS } : FULL_TIME,
      arrangement,
      roles: i === 1 ? ['HR'] : isManager ? ['Manager'] : [],
    });
    if (isManager) teams.push({ id: team, name: team, managers: [personId(i)], permanence: [] });
  }
  return {
    employer: {
      name: 'Bench CPAS',
      holidayRegion: 'BRU',
      closingDays: { dates: [], yearly: [] },
      timeZone: 'Europe/Brussels',
    },
    people,
    teams,
    policy: leuvenPreset,
  };
}

export interface EntryRow {
  id: string;
  person_id: string;
  date: LocalDate;
  part: DayPart;
  kind: 'structural' | 'occasional';
}

/** Accepted entries of everyone between two dates, working days only. */
export function* generateEntries(
  organisation: Organisation,
  from: LocalDate,
  to: LocalDate,
): Generator<EntryRow> {
  const calendar = belgianWorkingCalendar({ region: 'BRU', closingDays: { dates: [], yearly: [] } });
  const days = eachDay(from, to)
    .filter((date) => WORKDAYS.includes(weekdayOf(date)) && !calendar.publicHoliday(date))
    .map((date) => ({ date, weekday: weekdayOf(date) }));
  const next = random(7);
  let serial = 0;
  for (const person of organisation.people) {
    const arrangement = person.arrangement;
    for (const { date, weekday } of days) {
      let part: DayPart | undefined;
      let kind: EntryRow['kind'] = 'occasional';
      if (arrangement.type === 'structural') {
        part = arrangement.pattern.find((item) => item.weekday === weekday)?.part;
        kind = 'structural';
      } else if (arrangement.type === 'occasional' && next() < 0.12) {
        part = next() < 0.75 ? 'full' : 'am';
      }
      if (part) yield { id: `bench-${serial++}`, person_id: person.id, date, part, kind };
    }
  }
}
