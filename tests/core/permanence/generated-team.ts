import type { DayPart } from '../../../core/calendar/local-date.js';
import {
  addDays,
  eachDay,
  type LocalDate,
  WORKING_WEEK,
  weekdayOf,
} from '../../../core/calendar/local-date.js';
import type { Person, Regime, Team } from '../../../core/organisation/organisation.js';
import type { DutyFacts } from '../../../core/permanence/team-coverage.js';
import type { EntryFacts } from '../../../core/policy/active-entries.js';

/** A small seeded generator (mulberry32): the same seed gives the same team, on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const REGIMES: Regime[] = [
  { numerator: 1, denominator: 1, days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
  { numerator: 4, denominator: 5, days: ['mon', 'tue', 'wed', 'thu'] },
  // 4/5 over five shorter days: works every day, carries 4/5 of the duties.
  { numerator: 4, denominator: 5, days: ['mon', 'tue', 'wed', 'thu', 'fri'] },
  { numerator: 3, denominator: 5, days: ['mon', 'tue', 'wed'] },
];
const FUNCTIONS = ['social-worker', 'social-worker', 'administrative', 'social-worker', 'administrative'];

export interface GeneratedTeam {
  team: Team;
  people: Person[];
  entries: EntryFacts[];
  /** History (the 12 weeks before `from`), a few planned duties, and some in another team. */
  duties: DutyFacts[];
}

export interface TeamShape {
  teamId: string;
  size: number;
  from: LocalDate;
  to: LocalDate;
  /** Duties per person in the 12 weeks before, at most; 0 for none. */
  history: number;
  planned: number;
}

/**
 * A team as a manager of a Belgian public service has one: 2 in 3 full time, the others at 4/5
 * or 3/5; each teleworks about two days a week (some pending, some half days), some on an agreed
 * pattern; 4 on site every half day, one social worker, and one administrative officer mornings.
 */
export function generateTeam(seed: number, shape: TeamShape): GeneratedTeam {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const people: Person[] = Array.from({ length: shape.size }, (_, i) => {
    const structural = next() < 0.3;
    return {
      id: `${shape.teamId}-p${String(i + 1).padStart(2, '0')}`,
      upn: `${shape.teamId}-p${i + 1}@cpas.example`,
      displayName: `Agent ${i + 1}`,
      locale: 'fr',
      teams: [shape.teamId],
      function: FUNCTIONS[i % FUNCTIONS.length] as string,
      regime: next() < 0.66 ? (REGIMES[0] as Regime) : pick(REGIMES.slice(1)),
      arrangement: structural
        ? { type: 'structural', pattern: [{ weekday: pick(WORKING_WEEK), part: 'full' }] }
        : { type: 'occasional' },
      roles: [],
    };
  });
  const entries: EntryFacts[] = [];
  for (const person of people) {
    for (const date of eachDay(shape.from, shape.to)) {
      if (!person.regime.days.includes(weekdayOf(date))) continue;
      const pattern =
        person.arrangement.type === 'structural' &&
        person.arrangement.pattern.some((d) => d.weekday === weekdayOf(date));
      if (!pattern && next() > 0.35) continue;
      const part = pick<DayPart>(['full', 'full', 'am', 'pm']);
      entries.push({ personId: person.id, date, part, status: next() < 0.2 ? 'pending' : 'accepted' });
    }
  }
  const duties: DutyFacts[] = [];
  const past = eachDay(addDays(shape.from, -84), addDays(shape.from, -1)).filter(
    (d) => !['sat', 'sun'].includes(weekdayOf(d)),
  );
  for (const person of people) {
    const count = Math.floor(next() * (shape.history + 1));
    for (let i = 0; i < count; i++) {
      duties.push({
        teamId: shape.teamId,
        personId: person.id,
        date: pick(past),
        half: pick(['am', 'pm']),
        status: 'assigned',
      });
    }
  }
  const period = eachDay(shape.from, shape.to);
  for (let i = 0; i < shape.planned; i++) {
    const person = pick(people);
    const teamId = i % 3 === 0 ? 'elsewhere' : shape.teamId;
    duties.push({
      teamId,
      personId: person.id,
      date: pick(period),
      half: pick(['am', 'pm']),
      status: 'assigned',
    });
  }
  const team: Team = {
    id: shape.teamId,
    name: shape.teamId,
    managers: [],
    permanence: [
      { minimumOnSite: 4, byFunction: { 'social-worker': 1 }, weekdays: [], halves: [] },
      { minimumOnSite: 0, byFunction: { administrative: 1 }, weekdays: [], halves: ['am'] },
    ],
  };
  return { team, people, entries, duties };
}
