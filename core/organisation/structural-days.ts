import { addDays, type LocalDate, startOfWeek, WEEKDAYS } from '../calendar/local-date.js';
import { DomainError } from '../errors/error-catalogue.js';
import type { DayRequest } from '../policy/decision.js';
import type { Person } from './organisation.js';

/** The days of the person's agreed structural pattern in the week of a date. */
export function structuralDaysOfWeek(
  person: Pick<Person, 'arrangement'>,
  anyDayOfWeek: LocalDate,
): DayRequest[] {
  if (person.arrangement.type !== 'structural') return [];
  const monday = startOfWeek(anyDayOfWeek);
  return person.arrangement.pattern
    .map((item) => ({ date: addDays(monday, WEEKDAYS.indexOf(item.weekday)), part: item.part }))
    .sort((a, b) => a.date.localeCompare(b.date) || a.part.localeCompare(b.part));
}

/**
 * "/telework next week": the pattern's days in that week, with any days named beside it, once
 * each. Without a pattern and without named days there is nothing to declare:
 * NO_STRUCTURAL_PATTERN, rather than a request that names no day.
 */
export function withStructuralWeek(
  person: Pick<Person, 'id' | 'arrangement'>,
  anyDayOfWeek: LocalDate,
  named: DayRequest[],
): DayRequest[] {
  const pattern = structuralDaysOfWeek(person, anyDayOfWeek);
  if (pattern.length === 0 && named.length === 0) {
    throw new DomainError('NO_STRUCTURAL_PATTERN', { personId: person.id });
  }
  const days = new Map([...pattern, ...named].map((day) => [`${day.date} ${day.part}`, day]));
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date) || a.part.localeCompare(b.part));
}
