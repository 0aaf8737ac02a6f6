/**
 * The territory map island. On the server it renders the whole map for all its projects: every
 * tile names its projects in its accessible name, and the filter is a plain GET form. Once
 * hydrated, choosing a project redraws the map at once and keeps the choice in the address
 * (`?projekt=…#<figure id>`, replaced, not pushed), tiles show a tooltip on hover and focus, and
 * the tiles become one tab stop with the arrow keys moving between them. The geometry and all
 * texts come from `src/lib/charts/` (`territory-map-view.ts`, `tile-grid.ts`).
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { CHART_COLOURS } from '../lib/charts/chart-colours.ts';
import type { TerritoryMapData } from '../lib/charts/territory-map.ts';
import { addressFor, PROJECT_PARAM, projectFromSearch } from '../lib/charts/territory-map-address.ts';
import { localPlaceGroups, mapLabel, selectionSummary, tileViews } from '../lib/charts/territory-map-view.ts';
import { DEFAULT_LAYOUT, mapSize, moveInTileGrid } from '../lib/charts/tile-grid.ts';
import { TerritoryMapLegend } from './TerritoryMapLegend.tsx';
import { TerritoryMapPlaces } from './TerritoryMapPlaces.tsx';
import { Tile, Tooltip } from './TerritoryMapTile.tsx';
import { replaceAddress, useAddressQuery } from './use-address-query.ts';
import { useHydrated } from './use-hydrated.ts';

interface Props {
  /** The figure's id: the anchor of shared links and the prefix of the ids inside. */
  id: string;
  /** With one project only (a project page) the map shows that project and has no filter. */
  data: TerritoryMapData;
}

export default function TerritoryMap({ id, data }: Props) {
  const fixed = data.projects.length === 1 ? data.projects[0]!.id : undefined;
  const interactive = useHydrated();
  const [focused, setFocused] = useState<string | undefined>(undefined);
  const [hovered, setHovered] = useState<string | undefined>(undefined);
  const [dismissed, setDismissed] = useState(false);
  /** The tooltip follows whichever came last, the pointer or the keyboard. */
  const [lastInput, setLastInput] = useState<'focus' | 'hover'>('focus');
  const [tabStop, setTabStop] = useState(() => firstTile(data));
  const tiles = useRef(new Map<string, SVGGElement>());

  const addressQuery = useAddressQuery();
  const projectIds = useMemo(() => data.projects.map((project) => project.id), [data]);
  // A map of one project shows that project whatever the address says; others show the address's choice.
  const selected = fixed ?? projectFromSearch(addressQuery, projectIds);
  const views = useMemo(() => tileViews(data, selected), [data, selected]);
  const size = useMemo(() => mapSize(data.tiles, DEFAULT_LAYOUT), [data]);
  const placeGroups = useMemo(() => localPlaceGroups(data, selected), [data, selected]);
  const selectedProject = data.projects.find((project) => project.id === selected);

  const choose = (projectId: string | undefined) => replaceAddress(addressFor(location, projectId, id));

  const onKeyDown = (event: KeyboardEvent<SVGGElement>, teryt: string) => {
    if (!interactive) return;
    const target = moveInTileGrid(data.tiles, teryt, event.key);
    if (!target) return;
    event.preventDefault();
    setTabStop(target);
    tiles.current.get(target)?.focus();
  };

  const active = lastInput === 'focus' ? (focused ?? hovered) : (hovered ?? focused);
  const activeView = !dismissed && active ? views.find((view) => view.tile.teryt === active) : undefined;

  // Escape hides the tooltip wherever focus and pointer are (WCAG 1.4.13: dismissible).
  const showing = activeView !== undefined;
  useEffect(() => {
    if (!showing) return;
    const dismiss = (event: globalThis.KeyboardEvent) => {
      if (event.key === 'Escape') setDismissed(true);
    };
    document.addEventListener('keydown', dismiss);
    return () => document.removeEventListener('keydown', dismiss);
  }, [showing]);
  const pattern = `${id}-wzor`;

  return (
    <div className={`territory-map${interactive ? ' territory-map--interactive' : ''}`}>
      {!fixed && (
        <form
          className="territory-map__filter"
          method="get"
          action={`#${id}`}
          onSubmit={(event) => {
            event.preventDefault();
          }}
        >
          <label htmlFor={`${id}-projekt`}>Pokaż zasięg projektu</label>
          <div className="territory-map__filter-row">
            <select id={`${id}-projekt`} name={PROJECT_PARAM} value={selected ?? ''} onChange={(event) => choose(event.currentTarget.value || undefined)}>
              <option value="">wszystkie projekty</option>
              {data.projects.map((project) => (
                <option key={project.id} value={project.id}>
                  {project.shortTitle}
                </option>
              ))}
            </select>
            {!interactive && (
              <button type="submit" className="button">
                Pokaż
              </button>
            )}
          </div>
          {!interactive && (
            <p className="territory-map__hint">
              Bez JavaScriptu mapa zawsze pokazuje wszystkie projekty. Projekty każdego województwa są też w tabeli z danymi.
            </p>
          )}
        </form>
      )}

      <p className="territory-map__summary" aria-live="polite">
        {selectionSummary(data, selected)}
      </p>

      <div className="territory-map__canvas" onMouseLeave={() => setHovered(undefined)}>
        <svg className="territory-map__svg" viewBox={`0 0 ${size.width} ${size.height}`} role="group" aria-label={mapLabel(data, selected)}>
          <defs>
            <pattern id={pattern} patternUnits="userSpaceOnUse" width="8" height="8" patternTransform="rotate(45)">
              <rect width="8" height="8" fill={CHART_COLOURS.darkBlue} />
              <rect width="3" height="8" fill={CHART_COLOURS.blue} />
            </pattern>
          </defs>
          {views.map((view) => (
            <Tile
              key={view.tile.teryt}
              view={view}
              pattern={pattern}
              tabbable={!interactive || tabStop === view.tile.teryt}
              withTitle={!interactive}
              register={(element) => {
                if (element) tiles.current.set(view.tile.teryt, element);
                else tiles.current.delete(view.tile.teryt);
              }}
              onFocus={() => {
                setFocused(view.tile.teryt);
                setLastInput('focus');
                setTabStop(view.tile.teryt);
                setDismissed(false);
              }}
              onBlur={() => setFocused((current) => (current === view.tile.teryt ? undefined : current))}
              onMouseEnter={() => {
                setHovered(view.tile.teryt);
                setLastInput('hover');
                setDismissed(false);
              }}
              onKeyDown={(event) => onKeyDown(event, view.tile.teryt)}
            />
          ))}
        </svg>
        {activeView && <Tooltip view={activeView} size={size} />}
      </div>

      <TerritoryMapLegend selectedProject={selectedProject} pattern={pattern} />

      <TerritoryMapPlaces id={id} placeGroups={placeGroups} selectedProject={selectedProject} />
    </div>
  );
}

function firstTile(data: TerritoryMapData): string | undefined {
  return [...data.tiles].sort((a, b) => a.row - b.row || a.column - b.column)[0]?.teryt;
}
