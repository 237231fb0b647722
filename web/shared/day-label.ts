/** A day as people read it, in their language: "Thursday, December 3", "jeudi 3 décembre". */
export function dayLabel(locale: string, date: string): string {
  // Noon UTC, read in UTC: the same calendar day whatever the browser's time zone.
  return new Date(`${date}T12:00:00Z`).toLocaleDateString(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  });
}
