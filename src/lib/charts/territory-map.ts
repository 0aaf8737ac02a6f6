/**
 * The territory map's data: which projects cover each of the 16 województwa (tiles laid out in
 * `voivodeship-tiles.ts`), plus the powiaty and gminy the sources name. The island draws it
 * (`territory-map-view.ts`, `tile-grid.ts`) and the data table and CSV file list it
 * (`territory-map-table.ts`), so the map, the table and the file always show the same numbers.
 *
 * Only what the sources state counts: a place whose województwo no source gives (Miasto Rybnik) is
 * listed by name with "województwo nie podane w źródle" and colours no tile.
 */
import { coverage, selectProjects, type PlaceFigures, type ProjectFigures } from './figures.ts';
import { VOIVODESHIP_TILES, type VoivodeshipTile } from './voivodeship-tiles.ts';

export const NO_PROJECTS_TEXT = 'brak projektów w bazie';
export const VOIVODESHIP_NOT_GIVEN_TEXT = 'województwo nie podane w źródle';

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
      href: place.href,
    });
  }

  return {
    projects: shown.map((project) => ({ id: project.id, title: project.title, shortTitle: project.shortTitle, href: project.href })),
    tiles: tiles.map((tile) => ({
      ...tile,
      projectIds: [...(byVoivodeship.get(tile.placeId) ?? [])],
      href: placeById.get(tile.placeId)?.href,
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
