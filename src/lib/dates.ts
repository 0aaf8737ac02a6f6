/** Calendar dates as the knowledge base uses them: whole days, no time zone, shown in Polish. */

export type DateParseResult = { ok: true; date: Date } | { ok: false; reason: string };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Parses `RRRR-MM-DD` strictly. `Date.parse` would roll 2024-02-30 over to 1 March, which is how a
 * wrong date in a source would slip onto a page unnoticed, so each part is checked against the calendar.
 */
export function parseIsoDate(text: string): DateParseResult {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return { ok: false, reason: 'zapis nie ma postaci RRRR-MM-DD' };
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) return { ok: false, reason: `nie ma miesiąca ${month}` };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) {
    return { ok: false, reason: `miesiąc ${month}/${year} ma ${daysInMonth} dni, nie ma dnia ${day}` };
  }
  return { ok: true, date: new Date(Date.UTC(year, month - 1, day)) };
}

/** `2024-02-29`, the form used in frontmatter, feeds and `<time datetime>`. */
export function toIsoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

const polishLongDate = new Intl.DateTimeFormat('pl-PL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "29 lutego 2024": month in the genitive, as Polish writes dates in running text. */
export function formatDatePl(date: Date): string {
  return polishLongDate.format(date);
}

/** A period for display: "3 grudnia 2018 – 30 czerwca 2021", or one end with "od"/"do". */
export function formatPeriodPl(start: Date | undefined, end: Date | undefined): string {
  if (start && end) return `${formatDatePl(start)} – ${formatDatePl(end)}`;
  if (start) return `od ${formatDatePl(start)}`;
  if (end) return `do ${formatDatePl(end)}`;
  return 'brak danych';
}

const englishLongDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "29 February 2024", the British way. */
export function formatDateEn(date: Date): string {
  return englishLongDate.format(date);
}

/** A period for English pages: "3 December 2018 – 30 June 2021", or one end with "from"/"until". */
export function formatPeriodEn(start: Date | undefined, end: Date | undefined): string {
  if (start && end) return `${formatDateEn(start)} – ${formatDateEn(end)}`;
  if (start) return `from ${formatDateEn(start)}`;
  if (end) return `until ${formatDateEn(end)}`;
  return 'no data';
}

/** Latest of the given dates; undefined for none. */
export function latestDate(dates: readonly Date[]): Date | undefined {
  let latest: Date | undefined;
  for (const date of dates) if (!latest || date.getTime() > latest.getTime()) latest = date;
  return latest;
}
