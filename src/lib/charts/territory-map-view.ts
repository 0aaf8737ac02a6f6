/**
 * What the territory map shows for one choice (all projects, or one): each tile's state, shade and
 * texts (accessible name, tooltip), the sentence summing the map up, the SVG's name and the powiaty
 * and gminy listed under the map. Pure functions from the map's data to what the island draws.
 */
import { countPl } from '../plural.ts';
import type { Box } from './svg-markup.ts';
import { DEFAULT_LAYOUT, tileBox, type TileLayout } from './tile-grid.ts';
import { NO_PROJECTS_TEXT, VOIVODESHIP_NOT_GIVEN_TEXT, type MapProject, type MapTile, type TerritoryMapData } from './territory-map.ts';

const PROJECT_FORMS = { one: 'projekt', few: 'projekty', many: 'projektów' };
const VOIVODESHIP_FORMS = { one: 'województwo', few: 'województwa', many: 'województw' };

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
