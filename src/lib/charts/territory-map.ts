/**
 * The territory map: which projects cover each of the 16 województwa, drawn as a tile grid (see
 * `voivodeship-tiles.ts`), plus the powiaty and gminy the sources name. Pure functions from plain
 * data to what the island draws (tile boxes, states, texts) and to the rows of the data table and
 * the CSV file, so the map, the table and the file always show the same numbers.
 *
 * Only what the sources state counts: a place whose województwo no source gives (Miasto Rybnik) is
 * listed by name with "województwo nie podane w źródle" and colours no tile.
 */
import { countPl } from '../plural.ts';
import { entryHref } from '../routes.ts';
import type { ChartTable, TableCell } from './chart-tables.ts';
import { toCsv } from '../csv.ts';
import type { Box } from './svg-markup.ts';
import { coverage, selectProjects, type PlaceFigures, type ProjectFigures } from './figures.ts';
import { VOIVODESHIP_TILES, type VoivodeshipTile } from './voivodeship-tiles.ts';

/** The query parameter that keeps the chosen project in the address: `?projekt=liderzy-kooperacji`. */
export const PROJECT_PARAM = 'projekt';

/** Where the CSV file is built (`src/pages/dane/zasieg-terytorialny.csv.ts`). */
export const TERRITORY_CSV_PATH = '/dane/zasieg-terytorialny.csv';

export const NO_PROJECTS_TEXT = 'brak projektów w bazie';
export const VOIVODESHIP_NOT_GIVEN_TEXT = 'województwo nie podane w źródle';

const PROJECT_FORMS = { one: 'projekt', few: 'projekty', many: 'projektów' };
const VOIVODESHIP_FORMS = { one: 'województwo', few: 'województwa', many: 'województw' };

export interface MapProject {
  id: string;
  title: string;
  shortTitle: string;
  href: string;
}

export interface MapTile extends VoivodeshipTile {
  /** Projects whose sources name this województwo (directly or through a powiat or gmina), in project order. */
  projectIds: string[];
  /** The place page, when the knowledge base has one for this województwo. */
  href?: string | undefined;
}

export interface MapLocalPlace {
  id: string;
  /** "Powiat hajnowski", "Gmina Narew", "Miasto Rybnik". */
  title: string;
  type: 'powiat' | 'gmina';
  teryt?: string | undefined;
  /** The województwo, only when a source states it. */
  voivodeship?: { id: string; name: string } | undefined;
  projectIds: string[];
  href: string;
}

/** Everything the map needs, serialisable (it is passed to the island as props). */
export interface TerritoryMapData {
  projects: MapProject[];
  tiles: MapTile[];
  localPlaces: MapLocalPlace[];
}

export class UnknownVoivodeshipError extends Error {
  override name = 'UnknownVoivodeshipError';
  constructor(placeId: string) {
    super(
      `Mapa zasięgu: miejsce „${placeId}” ma typ wojewodztwo, ale nie ma go wśród 16 kafelków w src/lib/charts/voivodeship-tiles.ts. Sprawdź identyfikator pliku w content/places/ (np. „wojewodztwo-podlaskie”).`,
    );
  }
}

/**
 * The map's data for the given projects (all of them by default, or only `projectIds`, e.g. on a
 * project page). Tiles come in the order of `VOIVODESHIP_TILES`; local places in TERYT order.
 */
export function territoryMapData(
  projects: readonly ProjectFigures[],
  places: readonly PlaceFigures[],
  options: { projectIds?: readonly string[] | undefined; tiles?: readonly VoivodeshipTile[] } = {},
): TerritoryMapData {
  const tiles = options.tiles ?? VOIVODESHIP_TILES;
  const shown = selectProjects(projects, options.projectIds, 'Mapa zasięgu');
  const { byVoivodeship, localPlaces } = coverage(shown, places);
  const placeById = new Map(places.map((place) => [place.id, place]));

  for (const placeId of byVoivodeship.keys()) {
    if (!tiles.some((tile) => tile.placeId === placeId)) throw new UnknownVoivodeshipError(placeId);
  }

  const local = new Map<string, MapLocalPlace>();
  for (const { projectId, placeId, voivodeship } of localPlaces) {
    const place = placeById.get(placeId)!;
    const existing = local.get(placeId);
    if (existing) {
      if (!existing.projectIds.includes(projectId)) existing.projectIds.push(projectId);
      continue;
    }
    const tile = voivodeship ? tiles.find((candidate) => candidate.placeId === voivodeship) : undefined;
    local.set(placeId, {
      id: placeId,
      title: place.title,
      type: place.type === 'powiat' ? 'powiat' : 'gmina',
      teryt: place.teryt,
      voivodeship: voivodeship ? { id: voivodeship, name: tile?.name ?? placeById.get(voivodeship)?.name ?? voivodeship } : undefined,
      projectIds: [projectId],
      href: entryHref('places', placeId),
    });
  }

  return {
    projects: shown.map((project) => ({ id: project.id, title: project.title, shortTitle: project.shortTitle, href: entryHref('projects', project.id) })),
    tiles: tiles.map((tile) => ({
      ...tile,
      projectIds: [...(byVoivodeship.get(tile.placeId) ?? [])],
      href: placeById.has(tile.placeId) ? entryHref('places', tile.placeId) : undefined,
    })),
    localPlaces: [...local.values()].sort(byTerytThenTitle),
  };
}

function byTerytThenTitle(a: { teryt?: string | undefined; title: string }, b: { teryt?: string | undefined; title: string }): number {
  if (a.teryt && b.teryt && a.teryt !== b.teryt) return a.teryt < b.teryt ? -1 : 1;
  if (a.teryt && !b.teryt) return -1;
  if (!a.teryt && b.teryt) return 1;
  return a.title.localeCompare(b.title, 'pl-PL');
}

/* ---------------------------------------------------------------------------------------------
 * Geometry
 * ------------------------------------------------------------------------------------------- */

export interface TileLayout {
  /** Side of a tile in SVG units. */
  tileSize: number;
  gap: number;
}

/**
 * About 320 units wide, so on a 320 px phone the SVG is drawn at almost 1:1 and the text on the
 * tiles keeps its size; on wider screens the stylesheet caps the map's width.
 */
export const DEFAULT_LAYOUT: TileLayout = { tileSize: 60, gap: 6 };

export function tileBox(tile: Pick<VoivodeshipTile, 'column' | 'row'>, layout: TileLayout = DEFAULT_LAYOUT): Box {
  const step = layout.tileSize + layout.gap;
  return { x: tile.column * step, y: tile.row * step, width: layout.tileSize, height: layout.tileSize };
}

/** The SVG's size: the grid's bounding box, without a gap after the last column or row. */
export function mapSize(tiles: readonly Pick<VoivodeshipTile, 'column' | 'row'>[], layout: TileLayout = DEFAULT_LAYOUT): { width: number; height: number } {
  if (tiles.length === 0) return { width: 0, height: 0 };
  const columns = Math.max(...tiles.map((tile) => tile.column)) + 1;
  const rows = Math.max(...tiles.map((tile) => tile.row)) + 1;
  const step = layout.tileSize + layout.gap;
  return { width: columns * step - layout.gap, height: rows * step - layout.gap };
}

/* ---------------------------------------------------------------------------------------------
 * Tile states and texts
 * ------------------------------------------------------------------------------------------- */

/** Fill step by the number of projects: 0, 1, 2, 3 or more. */
export type CountLevel = 0 | 1 | 2 | 3;

export function countLevel(count: number): CountLevel {
  if (!Number.isFinite(count) || count <= 0) return 0;
  return Math.min(3, Math.floor(count)) as CountLevel;
}

/**
 * `count`: no project chosen, the tile is shaded by how many projects cover it.
 * `selected`: the chosen project covers the tile (pattern and thick outline).
 * `unselected`: a project is chosen and does not cover the tile (plain, light).
 */
export type TileState = 'count' | 'selected' | 'unselected';

export interface TileView {
  tile: MapTile;
  box: Box;
  count: number;
  level: CountLevel;
  state: TileState;
  /** What the tile says to a screen reader and in its tooltip, in one sentence or two. */
  label: string;
  tooltip: TileTooltip;
}

export interface TileTooltip {
  heading: string;
  /** "2 projekty w bazie", "brak projektów w bazie", "w zasięgu projektu „…”; razem 2 projekty w bazie". */
  status: string;
  /** Short titles of the projects covering the tile. */
  projects: string[];
  /** Powiaty and gminy named in the sources that lie in this województwo. */
  places: string[];
}

export function tileViews(data: TerritoryMapData, selectedProjectId: string | undefined, layout: TileLayout = DEFAULT_LAYOUT): TileView[] {
  const selected = selectedProjectId ? data.projects.find((project) => project.id === selectedProjectId) : undefined;
  return data.tiles.map((tile) => {
    const count = tile.projectIds.length;
    const state: TileState = !selected ? 'count' : tile.projectIds.includes(selected.id) ? 'selected' : 'unselected';
    const tooltip = tileTooltip(data, tile, selected);
    return { tile, box: tileBox(tile, layout), count, level: countLevel(count), state, label: tileLabel(tooltip), tooltip };
  });
}

function tileTooltip(data: TerritoryMapData, tile: MapTile, selected: MapProject | undefined): TileTooltip {
  const count = tile.projectIds.length;
  const countText = count === 0 ? NO_PROJECTS_TEXT : `${countPl(count, PROJECT_FORMS)} w bazie`;
  let status = countText;
  if (selected) {
    const covers = tile.projectIds.includes(selected.id);
    status = `${covers ? 'w zasięgu' : 'poza zasięgiem'} projektu „${selected.shortTitle}”; ${count === 0 ? countText : `razem ${countText}`}`;
  }
  return {
    heading: `${tile.name} (TERYT ${tile.teryt})`,
    status,
    projects: tile.projectIds.map((id) => data.projects.find((project) => project.id === id)?.shortTitle ?? id),
    places: data.localPlaces.filter((place) => place.voivodeship?.id === tile.placeId).map((place) => place.title),
  };
}

function tileLabel(tooltip: TileTooltip): string {
  const parts = [`Województwo ${tooltip.heading}: ${tooltip.status}.`];
  if (tooltip.projects.length > 0) parts.push(`Projekty: ${tooltip.projects.join('; ')}.`);
  if (tooltip.places.length > 0) parts.push(`Powiaty i gminy ze źródeł: ${tooltip.places.join(', ')}.`);
  return parts.join(' ');
}

/** One sentence under the filter saying what the map shows now; read out when it changes. */
export function selectionSummary(data: TerritoryMapData, selectedProjectId: string | undefined): string {
  const total = data.tiles.length;
  const selected = selectedProjectId ? data.projects.find((project) => project.id === selectedProjectId) : undefined;
  if (!selected) {
    const covered = data.tiles.filter((tile) => tile.projectIds.length > 0);
    if (covered.length === 0) return `Żaden projekt nie ma w źródłach województwa. Wszystkie ${total} województw: ${NO_PROJECTS_TEXT}.`;
    return `${data.projects.length === 1 ? 'Projekt obejmuje' : 'Projekty z bazy obejmują'} ${covered.length} z ${total} województw. Pozostałe ${total - covered.length}: ${NO_PROJECTS_TEXT}.`;
  }
  const covered = data.tiles.filter((tile) => tile.projectIds.includes(selected.id));
  const withoutVoivodeship = data.localPlaces.filter((place) => place.projectIds.includes(selected.id) && !place.voivodeship);
  const named = withoutVoivodeship.map((place) => `${place.title} (${VOIVODESHIP_NOT_GIVEN_TEXT})`);
  if (covered.length === 0) {
    return named.length > 0
      ? `Projekt „${selected.shortTitle}”: źródło nie podaje województwa. Wymienia: ${named.join(', ')}.`
      : `Projekt „${selected.shortTitle}”: źródło nie podaje obszaru działania.`;
  }
  const list = `${countPl(covered.length, VOIVODESHIP_FORMS)}: ${covered.map((tile) => tile.name).join(', ')}`;
  return `Projekt „${selected.shortTitle}” obejmuje ${list}.${named.length > 0 ? ` Wymienia też: ${named.join(', ')}.` : ''}`;
}

/** The SVG's accessible name. */
export function mapLabel(data: TerritoryMapData, selectedProjectId: string | undefined): string {
  const selected = selectedProjectId ? data.projects.find((project) => project.id === selectedProjectId) : undefined;
  const base = `Mapa kafelkowa Polski: ${data.tiles.length} województw, na każdym liczba projektów z bazy`;
  return selected ? `${base}; wyróżnione województwa projektu „${selected.shortTitle}”` : base;
}

export interface LocalPlaceGroup {
  projectId: string;
  /** Short title, e.g. "Dać to, czego naprawdę potrzeba". */
  projectTitle: string;
  projectHref: string;
  places: { id: string; title: string; href: string; /** "TERYT 2005; województwo podlaskie". */ details: string }[];
}

/**
 * The powiaty and gminy under the map, grouped by the project whose source names them: all
 * projects, or only the chosen one. Projects that name none are left out.
 */
export function localPlaceGroups(data: TerritoryMapData, selectedProjectId: string | undefined): LocalPlaceGroup[] {
  return data.projects
    .filter((project) => !selectedProjectId || project.id === selectedProjectId)
    .map((project) => ({
      projectId: project.id,
      projectTitle: project.shortTitle,
      projectHref: project.href,
      places: data.localPlaces
        .filter((place) => place.projectIds.includes(project.id))
        .map((place) => ({
          id: place.id,
          title: place.title,
          href: place.href,
          details: [place.teryt ? `TERYT ${place.teryt}` : undefined, place.voivodeship ? `województwo ${place.voivodeship.name}` : VOIVODESHIP_NOT_GIVEN_TEXT]
            .filter(Boolean)
            .join('; '),
        })),
    }))
    .filter((group) => group.places.length > 0);
}

/** Where the tooltip of a tile goes, in per cent of the map, so it lines up at any width. */
export interface TooltipPlacement {
  /** Horizontal anchor: the tooltip's left edge, centre or right edge sits at `x`. */
  align: 'start' | 'center' | 'end';
  /** Per cent of the map's width. */
  x: number;
  /** Per cent of the map's height: the tooltip's top edge sits just below the tile. */
  y: number;
  /** How wide the tooltip may be without leaving the map, in per cent of the map's width. */
  room: number;
}

/**
 * Below the tile; tiles in the left third anchor the tooltip's left edge, the right third its
 * right edge, the middle its centre, so on a narrow phone it never runs off the screen.
 */
export function tooltipPlacement(box: Box, size: { width: number; height: number }): TooltipPlacement {
  const percent = (value: number, of: number) => Math.round((value / of) * 10000) / 100;
  const centre = box.x + box.width / 2;
  const y = percent(box.y + box.height, size.height);
  if (centre < size.width / 3) {
    const x = percent(box.x, size.width);
    return { align: 'start', x, y, room: Math.round((100 - x) * 100) / 100 };
  }
  if (centre > (2 * size.width) / 3) {
    const x = percent(box.x + box.width, size.width);
    return { align: 'end', x, y, room: x };
  }
  const x = percent(centre, size.width);
  return { align: 'center', x, y, room: Math.round(2 * Math.min(x, 100 - x) * 100) / 100 };
}

/* ---------------------------------------------------------------------------------------------
 * Keyboard
 * ------------------------------------------------------------------------------------------- */

/**
 * The tile the arrow keys move to from `fromTeryt`. Left and right stay in the row; up and down go
 * to the next row that has tiles, to the tile nearest the same column (the grid has holes). Home
 * and End go to the first and last tile in reading order. `undefined` when the key does not move
 * (edge of the map, another key).
 */
export function moveInTileGrid(tiles: readonly Pick<VoivodeshipTile, 'teryt' | 'column' | 'row'>[], fromTeryt: string, key: string): string | undefined {
  const from = tiles.find((tile) => tile.teryt === fromTeryt);
  if (!from) return undefined;
  const reading = [...tiles].sort((a, b) => a.row - b.row || a.column - b.column);
  const target = (() => {
    switch (key) {
      case 'Home':
        return reading[0];
      case 'End':
        return reading.at(-1);
      case 'ArrowRight':
        return nearest(
          tiles.filter((tile) => tile.row === from.row && tile.column > from.column),
          (tile) => tile.column - from.column,
        );
      case 'ArrowLeft':
        return nearest(
          tiles.filter((tile) => tile.row === from.row && tile.column < from.column),
          (tile) => from.column - tile.column,
        );
      case 'ArrowDown':
      case 'ArrowUp': {
        const sign = key === 'ArrowDown' ? 1 : -1;
        const ahead = tiles.filter((tile) => (tile.row - from.row) * sign > 0);
        const nextRow = nearest(ahead, (tile) => (tile.row - from.row) * sign)?.row;
        return nearest(
          ahead.filter((tile) => tile.row === nextRow),
          // Ties (a hole straight below) go to the tile on the left, as reading order would.
          (tile) => Math.abs(tile.column - from.column) * 2 + (tile.column > from.column ? 1 : 0),
        );
      }
      default:
        return undefined;
    }
  })();
  return target && target.teryt !== fromTeryt ? target.teryt : undefined;
}

function nearest<T>(items: readonly T[], distance: (item: T) => number): T | undefined {
  let best: T | undefined;
  for (const item of items) if (best === undefined || distance(item) < distance(best)) best = item;
  return best;
}

/* ---------------------------------------------------------------------------------------------
 * Address
 * ------------------------------------------------------------------------------------------- */

/** The chosen project from a query string, only if it is one of the map's projects. */
export function projectFromSearch(search: string, projectIds: readonly string[]): string | undefined {
  const value = new URLSearchParams(search).get(PROJECT_PARAM);
  return value && projectIds.includes(value) ? value : undefined;
}

/**
 * The address that reopens the map with `projectId` chosen (or all projects): the path, the
 * query with `projekt` set or removed (other parameters kept), and the figure's anchor.
 */
export function addressFor(location: { pathname: string; search: string }, projectId: string | undefined, anchor: string): string {
  const params = new URLSearchParams(location.search);
  if (projectId) params.set(PROJECT_PARAM, projectId);
  else params.delete(PROJECT_PARAM);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}#${anchor}`;
}

/* ---------------------------------------------------------------------------------------------
 * Table and CSV
 * ------------------------------------------------------------------------------------------- */

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
