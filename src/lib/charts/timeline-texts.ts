/**
 * What the timeline says in words, in its labels, tooltips, accessible names and data table: each
 * project's period as exactly as its source gives it, and whether it had ended on the build date.
 */
import { interfaceText } from '../i18n/interface-text.ts';
import type { ChartText } from './chart-text.ts';
import type { TimelineRow } from './figures.ts';

/** The chart's words when none are given: Polish, the site's own language. */
const POLISH: ChartText = interfaceText('pl').charts;

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
export function periodText(row: TimelineRow, text: ChartText = POLISH): string {
  switch (row.precision) {
    case 'day':
      return text.period(row.start!, row.end!);
    case 'year':
      return text.yearsOnly(row.start!.getUTCFullYear(), row.end!.getUTCFullYear());
    case 'end-only':
      return text.endOnly(text.date(row.end!));
    case 'none':
      return text.periodMissing;
  }
}

/** Whether the project had ended on `today`, saying "nie wiadomo" where the source's precision cannot tell. */
export function periodStatus(row: TimelineRow, today: Date, text: ChartText = POLISH): string {
  const { status } = text;
  const day = utcToday(today);
  if (row.precision === 'none' || !row.end) return status.unknownNoPeriod;
  if (row.precision === 'year') {
    const year = day.getUTCFullYear();
    const [startYear, endYear] = [row.start!.getUTCFullYear(), row.end.getUTCFullYear()];
    if (endYear < year) return status.ended;
    if (startYear > year) return status.notStarted;
    if (startYear < year && year < endYear) return status.running;
    return status.unknownYears;
  }
  if (row.end < day) return status.ended;
  if (row.precision === 'end-only') return status.unknownNoStart;
  if (row.start! > day) return status.notStarted;
  return status.running;
}

/**
 * "stan na 23 listopada 2026 (według dat ze źródła)": the status is worked out from the dates the
 * source gives (often planned ones), not from a report that the project has ended.
 */
export function statusHeading(today: Date, text: ChartText = POLISH): string {
  return text.statusHeading(text.date(utcToday(today)));
}

export function todayLabel(today: Date, text: ChartText = POLISH): string {
  return text.todayLabel(text.date(utcToday(today)));
}

export function timelineAriaLabel(row: TimelineRow, today: Date, highlighted: boolean, text: ChartText = POLISH): string {
  const parts = [`${row.title}: ${row.programme}`, periodText(row, text), `${statusHeading(today, text)}: ${periodStatus(row, today, text)}`];
  return `${parts.join('; ')}.${highlighted ? text.describedHere : ''}`;
}
