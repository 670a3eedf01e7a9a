const long = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** "25 November 2026": unambiguous for readers everywhere. */
export function formatDate(date: Date): string {
  return long.format(date);
}

/** "2026-11-25", for `datetime` attributes and structured data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
