/**
 * The territory map island. On the server it renders the whole map for all its projects: every
 * tile names its projects in its accessible name, and the filter is a plain GET form. Once
 * hydrated, choosing a project redraws the map at once and keeps the choice in the address
 * (`?projekt=…#<figure id>`, replaced, not pushed), tiles show a tooltip on hover and focus, and
 * the tiles become one tab stop with the arrow keys moving between them. The geometry and all
 * texts come from `src/lib/charts/territory-map.ts`.
 */
import { useEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import {
  addressFor,
  DEFAULT_LAYOUT,
  localPlaceGroups,
  mapLabel,
  mapSize,
  moveInTileGrid,
  NO_PROJECTS_TEXT,
  PROJECT_PARAM,
  projectFromSearch,
  selectionSummary,
  tileViews,
  tooltipPlacement,
  type CountLevel,
  type TerritoryMapData,
  type TileView,
} from '../lib/charts/territory-map.ts';
import { CHART_COLOURS } from '../lib/charts/svg-markup.ts';
import { replaceAddress, useAddressQuery } from './use-address-query.ts';
import { useHydrated } from './use-hydrated.ts';

interface Props {
  /** The figure's id: the anchor of shared links and the prefix of the ids inside. */
  id: string;
  /** With one project only (a project page) the map shows that project and has no filter. */
  data: TerritoryMapData;
}

const LEVEL_LABELS: Record<CountLevel, string> = { 0: `0 – ${NO_PROJECTS_TEXT}`, 1: '1 projekt', 2: '2 projekty', 3: '3 projekty lub więcej' };

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

      <ul className="territory-map__legend">
        {selectedProject && (
          <li>
            <Swatch fill={`url(#${pattern})`} selected />w zasięgu projektu „{selectedProject.shortTitle}”
          </li>
        )}
        {selectedProject && (
          <li>
            <Swatch className="territory-map__shape--unselected" />
            poza zasięgiem projektu
          </li>
        )}
        {!selectedProject &&
          ([0, 1, 2, 3] as const).map((level) => (
            <li key={level}>
              <Swatch className={`territory-map__shape--level-${level}`} />
              {LEVEL_LABELS[level]}
            </li>
          ))}
        <li className="territory-map__legend-note">Liczba na kafelku: ile projektów z bazy obejmuje województwo. Skrót nazwy województwa jest nad liczbą.</li>
      </ul>

      <div className="territory-map__places">
        <p className="territory-map__places-title" id={`${id}-miejsca`}>
          Powiaty i gminy wymienione w źródłach
        </p>
        {placeGroups.length > 0 ? (
          <ul className="territory-map__place-groups" aria-labelledby={`${id}-miejsca`}>
            {placeGroups.map((group) => (
              <li key={group.projectId}>
                Projekt „<a href={group.projectHref}>{group.projectTitle}</a>”:
                <ul>
                  {group.places.map((place) => (
                    <li key={place.id}>
                      <a href={place.href}>{place.title}</a> ({place.details})
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        ) : (
          <p>
            {selectedProject ? `Źródło projektu „${selectedProject.shortTitle}” nie wymienia powiatów ani gmin.` : 'Źródła nie wymieniają powiatów ani gmin.'}
          </p>
        )}
      </div>
    </div>
  );
}

interface TileProps {
  view: TileView;
  pattern: string;
  tabbable: boolean;
  /** Without JavaScript the browser's own tooltip (<title>) is the only one; with it, ours replaces it. */
  withTitle: boolean;
  register: (element: SVGGElement | null) => void;
  onFocus: () => void;
  onBlur: () => void;
  onMouseEnter: () => void;
  onKeyDown: (event: KeyboardEvent<SVGGElement>) => void;
}

function Tile({ view, pattern, tabbable, withTitle, register, ...handlers }: TileProps) {
  const { box, tile, state, level, count } = view;
  return (
    <g
      ref={register}
      className={`chart-mark territory-map__tile territory-map__tile--${state}`}
      transform={`translate(${box.x} ${box.y})`}
      tabIndex={tabbable ? 0 : -1}
      role="img"
      aria-label={view.label}
      data-teryt={tile.teryt}
      data-projects={tile.projectIds.join(' ')}
      {...handlers}
    >
      {withTitle && <title>{view.label}</title>}
      <rect
        className={`territory-map__shape ${state === 'count' ? `territory-map__shape--level-${level}` : `territory-map__shape--${state}`}`}
        width={box.width}
        height={box.height}
        rx={3}
        fill={state === 'selected' ? `url(#${pattern})` : undefined}
      />
      <text className="territory-map__abbreviation" x={7} y={19} aria-hidden="true">
        {tile.abbreviation}
      </text>
      <text className="territory-map__count" x={box.width / 2} y={box.height - 11} textAnchor="middle" aria-hidden="true">
        {count}
      </text>
      <rect className="territory-map__focus" x={-3} y={-3} width={box.width + 6} height={box.height + 6} rx={5} />
    </g>
  );
}

function Tooltip({ view, size }: { view: TileView; size: { width: number; height: number } }) {
  const placement = tooltipPlacement(view.box, size);
  const style: CSSProperties = { top: `${placement.y}%`, maxWidth: `min(20rem, ${placement.room}%)` };
  if (placement.align === 'start') style.left = `${placement.x}%`;
  if (placement.align === 'end') style.right = `${100 - placement.x}%`;
  if (placement.align === 'center') style.left = `${placement.x}%`;
  const { heading, status, projects } = view.tooltip;
  // The tile's accessible name says all this and more (powiaty, gminy: those are listed under the
  // map, which keeps the tooltip short on a phone); the tooltip is for the eye only.
  return (
    <div className={`territory-map__tip territory-map__tip--${placement.align}`} style={style} aria-hidden="true" data-teryt={view.tile.teryt}>
      <strong>{heading}</strong>
      <span>{status}</span>
      {projects.length > 0 && (
        <ul>
          {projects.map((title) => (
            <li key={title}>{title}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function Swatch({ className, fill, selected = false }: { className?: string; fill?: string; selected?: boolean }) {
  return (
    <svg className="territory-map__swatch" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
      <rect
        className={`territory-map__shape ${className ?? ''} ${selected ? 'territory-map__shape--selected' : ''}`}
        x={2}
        y={2}
        width={20}
        height={20}
        rx={2}
        fill={fill}
      />
    </svg>
  );
}

function firstTile(data: TerritoryMapData): string | undefined {
  return [...data.tiles].sort((a, b) => a.row - b.row || a.column - b.column)[0]?.teryt;
}
