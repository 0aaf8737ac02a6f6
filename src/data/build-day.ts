/**
 * The day the site is built for, by the Polish calendar: "today" on a static page (the timeline's
 * "dziś", the "stan na" of pages and tables, whether a consultation has ended). It is the day of
 * the build unless `KB_BUILD_DAY=RRRR-MM-DD` names another, so the tests build the same site
 * whatever the calendar says and an editor can preview how a page will look on a later day.
 */
import { warsawDay } from '../lib/consultation/consultation-phase.ts';
import { parseIsoDate } from '../lib/dates.ts';

export function buildDayFrom(setting: string | undefined, now: Date): string {
  if (setting === undefined || setting === '') return warsawDay(now);
  const parsed = parseIsoDate(setting);
  if (!parsed.ok)
    throw new Error(`Zmienna środowiskowa KB_BUILD_DAY: „${setting}” nie jest dniem (${parsed.reason}); podaj np. KB_BUILD_DAY=2026-12-07 albo usuń ją.`);
  return setting.trim();
}

/** The build's day as `RRRR-MM-DD`. */
export const BUILD_DAY = buildDayFrom(process.env.KB_BUILD_DAY, new Date());

/** The same day as a whole UTC day, like the entries' own dates. */
export const BUILD_DATE = new Date(`${BUILD_DAY}T00:00:00Z`);
