/**
 * The territory map as rows: the two data tables under the map and the CSV file are built from the
 * same rows, so they list the same places and numbers as the map.
 */
import { toCsv } from '../csv.ts';
import type { ChartTable, TableCell } from './chart-tables.ts';
import { NO_PROJECTS_TEXT, VOIVODESHIP_NOT_GIVEN_TEXT, type TerritoryMapData } from './territory-map.ts';

/** Where the CSV file is built (`src/pages/dane/zasieg-terytorialny.csv.ts`). */
export const TERRITORY_CSV_PATH = '/dane/zasieg-terytorialny.csv';

export interface TerritoryRow {
  type: 'wojewodztwo' | 'powiat' | 'gmina';
  placeId: string;
  teryt?: string | undefined;
  /** "podlaskie" for a województwo; "Powiat hajnowski", "Miasto Rybnik" for the others. */
  name: string;
  /** The województwo's name, or `VOIVODESHIP_NOT_GIVEN_TEXT` when no source states it. */
  voivodeship: string;
  projectCount: number;
  /** Full project titles. */
  projects: string[];
  projectIds: string[];
  /** The place page, when there is one. */
  href?: string | undefined;
}

export const PLACE_TYPE_LABELS: Record<TerritoryRow['type'], string> = { wojewodztwo: 'województwo', powiat: 'powiat', gmina: 'gmina' };

/**
 * The rows behind both the data table and the CSV file: all 16 województwa in TERYT order (with
 * 0 projects where no source names them), then the powiaty and gminy the sources name.
 */
export function territoryRows(data: TerritoryMapData): TerritoryRow[] {
  const titles = (ids: readonly string[]) => ids.map((id) => data.projects.find((project) => project.id === id)?.title ?? id);
  const voivodeships: TerritoryRow[] = [...data.tiles]
    .sort((a, b) => (a.teryt < b.teryt ? -1 : a.teryt > b.teryt ? 1 : 0))
    .map((tile) => ({
      type: 'wojewodztwo',
      placeId: tile.placeId,
      teryt: tile.teryt,
      name: tile.name,
      voivodeship: tile.name,
      projectCount: tile.projectIds.length,
      projects: titles(tile.projectIds),
      projectIds: [...tile.projectIds],
      href: tile.href,
    }));
  const local: TerritoryRow[] = data.localPlaces.map((place) => ({
    type: place.type,
    placeId: place.id,
    teryt: place.teryt,
    name: place.title,
    voivodeship: place.voivodeship?.name ?? VOIVODESHIP_NOT_GIVEN_TEXT,
    projectCount: place.projectIds.length,
    projects: titles(place.projectIds),
    projectIds: [...place.projectIds],
    href: place.href,
  }));
  return [...voivodeships, ...local];
}

/**
 * The same rows as the two tables under the map (see `ChartDataTable.astro`): the województwa,
 * then the powiaty and gminy. The first column is the row's header, linked to the place page.
 */
export function territoryTables(rows: readonly TerritoryRow[]): { voivodeships: ChartTable; places: ChartTable } {
  const place = (row: TerritoryRow): TableCell => ({ kind: 'text', text: row.name, href: row.href });
  const teryt = (row: TerritoryRow): TableCell => (row.teryt ? { kind: 'text', text: row.teryt } : { kind: 'missing', text: 'nie podano' });
  const projects = (row: TerritoryRow): TableCell => ({ kind: 'text', text: row.projects.length > 0 ? row.projects.join('; ') : NO_PROJECTS_TEXT });
  return {
    voivodeships: {
      headers: ['Województwo', 'Kod TERYT', 'Liczba projektów', 'Projekty'],
      numeric: [false, false, true, false],
      rows: rows.filter((row) => row.type === 'wojewodztwo').map((row) => [place(row), teryt(row), { kind: 'number', value: row.projectCount }, projects(row)]),
    },
    places: {
      headers: ['Nazwa', 'Kod TERYT', 'Rodzaj', 'Województwo', 'Projekty'],
      numeric: [false, false, false, false, false],
      rows: rows
        .filter((row) => row.type !== 'wojewodztwo')
        .map((row) => [place(row), teryt(row), { kind: 'text', text: PLACE_TYPE_LABELS[row.type] }, { kind: 'text', text: row.voivodeship }, projects(row)]),
    },
  };
}

export const TERRITORY_CSV_HEADERS = ['Rodzaj jednostki', 'Kod TERYT', 'Nazwa', 'Województwo', 'Liczba projektów', 'Projekty'] as const;

/**
 * The CSV file (see `../csv.ts`: UTF-8 with BOM, `;`, CRLF). Project titles in one field are
 * separated by " | ", which no title contains. A spreadsheet that guesses column types turns TERYT
 * "02" into 2; the file keeps the leading zero, and importing the column as text keeps it too.
 */
export function territoryCsv(rows: readonly TerritoryRow[]): string {
  return toCsv(
    TERRITORY_CSV_HEADERS,
    rows.map((row) => [PLACE_TYPE_LABELS[row.type], row.teryt ?? '', row.name, row.voivodeship, String(row.projectCount), row.projects.join(' | ')]),
  );
}
