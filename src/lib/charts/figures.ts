/**
 * Project figures for the charts, derived from the content and nothing else: budget parts with the
 * part a source leaves open computed (never typed in), periods, territory per województwo and
 * indicator targets. Pure data in, plain rows out; the chart components only draw them.
 */
import { interfaceText } from '../i18n/interface-text.ts';
import { toGrosze } from '../money.ts';
import { voivodeshipOf } from '../place-hierarchy.ts';

/** The slice of a project the charts need, independent of Astro's entry types. */
export interface ProjectFigures {
  id: string;
  title: string;
  /** Short label for axes and legends, e.g. "Liderzy Kooperacji". */
  shortTitle: string;
  programme: string;
  period: { start?: Date | undefined; end?: Date | undefined; startYear?: number | undefined; endYear?: number | undefined };
  budget?:
    | {
        total?: number | undefined;
        totalIsCeiling: boolean;
        euFunding?: number | undefined;
        targetedGrant?: number | undefined;
        source: string;
      }
    | undefined;
  /** Place ids the source names. */
  territory: readonly string[];
  source: string;
  /** The project's page. */
  href: string;
}

export interface PlaceFigures {
  id: string;
  name: string;
  title: string;
  type: 'wojewodztwo' | 'powiat' | 'gmina';
  parent?: string | undefined;
  teryt?: string | undefined;
  /** The place's page. */
  href: string;
}

/** A part of a project's value: EU co-financing, the targeted grant, or what the source leaves open. */
export interface BudgetPart {
  key: 'eu' | 'grant' | 'unspecified';
  label: string;
  /** In grosze, exact. */
  grosze: number;
  /** Share of the total, 0–1, when the total is known. */
  share?: number | undefined;
  /** `unspecified` parts are computed (total minus the known parts), never read from a source. */
  derived: boolean;
}

export interface BudgetRow {
  projectId: string;
  title: string;
  shortTitle: string;
  /** Total in grosze, when the source gives it. */
  totalGrosze?: number | undefined;
  totalIsCeiling: boolean;
  parts: BudgetPart[];
  source?: string | undefined;
}

/** The parts' Polish names; a chart in another language renames them with its own `ChartText`. */
export const BUDGET_PART_LABELS: Record<BudgetPart['key'], string> = interfaceText('pl').charts.partLabels;

/**
 * One row per project. Parts follow the source: EU co-financing and the targeted grant where given,
 * and the rest of the total as "nie podano" when the parts do not add up to it. A project without a
 * total gets no parts at all: its value is "nie podano", never guessed.
 */
export function budgetRows(projects: readonly ProjectFigures[]): BudgetRow[] {
  return projects.map((project) => {
    const budget = project.budget;
    const total = budget?.total === undefined ? undefined : toGrosze(budget.total);
    const known: BudgetPart[] = [];
    if (budget?.euFunding !== undefined) known.push(part('eu', toGrosze(budget.euFunding), total, false));
    if (budget?.targetedGrant !== undefined) known.push(part('grant', toGrosze(budget.targetedGrant), total, false));
    const parts = [...known];
    if (total !== undefined) {
      const rest = total - known.reduce((sum, item) => sum + item.grosze, 0);
      if (rest > 0) parts.push(part('unspecified', rest, total, true));
    }
    return {
      projectId: project.id,
      title: project.title,
      shortTitle: project.shortTitle,
      totalGrosze: total,
      totalIsCeiling: budget?.totalIsCeiling ?? false,
      parts,
      source: budget?.source,
    };
  });
}

function part(key: BudgetPart['key'], grosze: number, total: number | undefined, derived: boolean): BudgetPart {
  return { key, label: BUDGET_PART_LABELS[key], grosze, share: total ? grosze / total : undefined, derived };
}

/** Where a project's period starts and ends, and how exactly the source gives it. */
export interface TimelineRow {
  projectId: string;
  title: string;
  shortTitle: string;
  programme: string;
  /** Start of the bar; for a period given in years, 1 January of the first year. */
  start?: Date | undefined;
  /** End of the bar; for a period given in years, 31 December of the last year. */
  end?: Date | undefined;
  /** `day`: exact dates; `year`: years only; `end-only`: the source gives only the end. */
  precision: 'day' | 'year' | 'end-only' | 'none';
  source: string;
}

export function timelineRows(projects: readonly ProjectFigures[]): TimelineRow[] {
  return projects.map((project) => {
    const { start, end, startYear, endYear } = project.period;
    const base = { projectId: project.id, title: project.title, shortTitle: project.shortTitle, programme: project.programme, source: project.source };
    if (start && end) return { ...base, start, end, precision: 'day' as const };
    if (!start && end) return { ...base, end, precision: 'end-only' as const };
    if (startYear !== undefined && endYear !== undefined) {
      return { ...base, start: new Date(Date.UTC(startYear, 0, 1)), end: new Date(Date.UTC(endYear, 11, 31)), precision: 'year' as const };
    }
    return { ...base, precision: 'none' as const };
  });
}

/** A chart asked for a project that does not exist: the build stops and lists the known ids. */
export class UnknownProjectError extends Error {
  override name = 'UnknownProjectError';
  constructor(chart: string, unknown: readonly string[], known: readonly string[]) {
    super(
      `${chart}: nie ma projektów o identyfikatorach ${unknown.map((id) => `„${id}”`).join(', ')} (props projectIds). Znane projekty: ${known.join(', ')}.`,
    );
  }
}

/** The projects a chart shows: all, or the ones named, in the order of `projects`. */
export function selectProjects<P extends { id: string }>(projects: readonly P[], projectIds: readonly string[] | undefined, chart: string): P[] {
  if (!projectIds) return [...projects];
  const unknown = projectIds.filter((id) => !projects.some((project) => project.id === id));
  if (unknown.length > 0)
    throw new UnknownProjectError(
      chart,
      unknown,
      projects.map((project) => project.id),
    );
  return projects.filter((project) => projectIds.includes(project.id));
}

export interface Coverage {
  /** województwo id → ids of projects covering it, in project order. */
  byVoivodeship: Map<string, string[]>;
  /** Powiaty and gminy each project names, with the województwo when the sources state it. */
  localPlaces: { projectId: string; placeId: string; voivodeship?: string | undefined }[];
}

export function coverage(projects: readonly ProjectFigures[], places: readonly PlaceFigures[]): Coverage {
  const byId = new Map(places.map((place) => [place.id, place]));
  const byVoivodeship = new Map<string, string[]>();
  const localPlaces: Coverage['localPlaces'] = [];
  for (const project of projects) {
    for (const placeId of project.territory) {
      const place = byId.get(placeId);
      if (!place) continue;
      const voivodeship = voivodeshipOf(placeId, byId);
      if (place.type !== 'wojewodztwo') localPlaces.push({ projectId: project.id, placeId, voivodeship });
      if (!voivodeship) continue;
      const list = byVoivodeship.get(voivodeship) ?? [];
      if (!list.includes(project.id)) list.push(project.id);
      byVoivodeship.set(voivodeship, list);
    }
  }
  return { byVoivodeship, localPlaces };
}

export interface IndicatorFigures {
  id: string;
  label: string;
  kind: string;
  unit: string;
  target: number;
  achieved?: number | undefined;
  projectId: string;
  source: string;
}

/** Achieved as a share of the target, only when a source gives the achieved value. */
export function progressShare(indicator: Pick<IndicatorFigures, 'target' | 'achieved'>): number | undefined {
  if (indicator.achieved === undefined || indicator.target === 0) return undefined;
  return indicator.achieved / indicator.target;
}
