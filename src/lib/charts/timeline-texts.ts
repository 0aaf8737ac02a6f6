/**
 * What the timeline says in words, in its labels, tooltips, accessible names and data table: each
 * project's period as exactly as its source gives it, and whether it had ended on the build date.
 */
import { formatDatePl, formatPeriodPl } from '../dates.ts';
import type { TimelineRow } from './figures.ts';

/** "Program Operacyjny Wiedza Edukacja Rozwój (PO WER) 2014–2020" → "PO WER 2014–2020". */
export function programmeShortLabel(programme: string): string {
  const match = /\(([^)]+)\)\s*(\d{4}[–-]\d{4})?\s*$/.exec(programme);
  if (!match) return programme;
  return match[2] ? `${match[1]} ${match[2]}` : match[1]!;
}

/** Today as a whole UTC day, the way the content's dates are stored. */
export function utcToday(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** The period in words, as exact as the source: dates, years only, only the end, or nothing. */
export function periodText(row: TimelineRow): string {
  switch (row.precision) {
    case 'day':
      return formatPeriodPl(row.start, row.end);
    case 'year':
      return `lata ${row.start!.getUTCFullYear()}–${row.end!.getUTCFullYear()} (źródło podaje tylko lata)`;
    case 'end-only':
      return `do ${formatDatePl(row.end!)}; początek: nie podano`;
    case 'none':
      return 'okres: nie podano';
  }
}

/** Whether the project had ended on `today`, saying "nie wiadomo" where the source's precision cannot tell. */
export function periodStatus(row: TimelineRow, today: Date): string {
  const day = utcToday(today);
  if (row.precision === 'none' || !row.end) return 'nie wiadomo (okres: nie podano)';
  if (row.precision === 'year') {
    const year = day.getUTCFullYear();
    const [startYear, endYear] = [row.start!.getUTCFullYear(), row.end.getUTCFullYear()];
    if (endYear < year) return 'zakończony';
    if (startYear > year) return 'jeszcze się nie rozpoczął';
    if (startYear < year && year < endYear) return 'w trakcie';
    return 'nie wiadomo (źródło podaje tylko lata)';
  }
  if (row.end < day) return 'zakończony';
  if (row.precision === 'end-only') return 'nie wiadomo (początek: nie podano)';
  if (row.start! > day) return 'jeszcze się nie rozpoczął';
  return 'w trakcie';
}

/**
 * "stan na 23 listopada 2026 (według dat ze źródła)": the status is worked out from the dates the
 * source gives (often planned ones), not from a report that the project has ended.
 */
export function statusHeading(today: Date): string {
  return `stan na ${formatDatePl(utcToday(today))} (według dat ze źródła)`;
}

export function todayLabel(today: Date): string {
  return `dziś (stan na ${formatDatePl(utcToday(today))})`;
}

export function timelineAriaLabel(row: TimelineRow, today: Date, highlighted: boolean): string {
  const parts = [`${row.title}: ${row.programme}`, periodText(row), `${statusHeading(today)}: ${periodStatus(row, today)}`];
  return `${parts.join('; ')}.${highlighted ? ' Projekt opisany na tej stronie.' : ''}`;
}
