import { addDays, type LocalDate, startOfWeek, WEEKDAYS } from '../calendar/local-date.js';
import type { DayRequest } from '../policy/decision.js';
import type { Person } from './organisation.js';

/** "/telework next week": the days of the person's agreed structural pattern in that week. */
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
