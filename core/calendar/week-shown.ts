import { addDays, type LocalDate, startOfWeek, weekdayOf } from './local-date.js';

/**
 * The Monday of the working week "this week" means on `today`. On a Saturday or a Sunday the
 * week just ended is over: nothing in it can be declared or cancelled any more, and the person
 * asking wants the week that comes.
 */
export function mondayOfWeekShown(today: LocalDate): LocalDate {
  const weekend = weekdayOf(today) === 'sat' || weekdayOf(today) === 'sun';
  return startOfWeek(weekend ? addDays(today, 7) : today);
}
