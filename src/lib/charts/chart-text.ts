/**
 * The words and number formats of the budget and timeline charts, their tables and CSV files, in
 * one language: a section of the interface dictionary (src/lib/i18n/). The chart functions take
 * it as their last argument; without it they write Polish, the site's own language.
 */
import type { BudgetPart, TimelineRow } from './figures.ts';

export interface ChartText {
  partLabels: Record<BudgetPart['key'], string>;
  /** A value the source does not give, and a value nobody has (an indicator's achieved value). */
  notGiven: string;
  noData: string;
  money: (grosze: number) => string;
  /** An axis tick of the złoty scale; below two million the axis counts whole złoty. */
  moneyTick: (zloty: number, domainMax: number) => string;
  value: (money: string, ceiling: boolean) => string;
  valueMissing: string;
  date: (date: Date) => string;
  period: (start: Date, end: Date) => string;
  yearsOnly: (from: number, to: number) => string;
  endOnly: (end: string) => string;
  periodMissing: string;
  status: { ended: string; notStarted: string; running: string; unknownNoPeriod: string; unknownYears: string; unknownNoStart: string };
  statusHeading: (date: string) => string;
  todayLabel: (date: string) => string;
  thisProject: string;
  describedHere: string;
  startNotGiven: string;
  precisionLegend: { day: string; year: string };
  precision: Record<TimelineRow['precision'], string>;
  budgetTable: {
    project: string;
    total: string;
    howGiven: string;
    part: (label: string) => string;
    unspecified: string;
    missingColumn: string;
    source: string;
    ceiling: string;
    exact: string;
    totalName: string;
    allParts: string;
    missingList: (items: string) => string;
  };
  timelineTable: { project: string; programme: string; start: string; end: string; howGiven: string; source: string };
  csvMoney: (grosze: number) => string;
  csvSeparator: string;
  showTable: string;
  downloadCsv: string;
  source: string;
}

export function capitalise(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}
