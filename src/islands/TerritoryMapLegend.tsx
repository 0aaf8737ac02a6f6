/**
 * The territory map's legend: the shades of the project count, or, with a project chosen, what is
 * in and out of its reach.
 */
import { NO_PROJECTS_TEXT, type MapProject } from '../lib/charts/territory-map.ts';
import type { CountLevel } from '../lib/charts/territory-map-view.ts';

const LEVEL_LABELS: Record<CountLevel, string> = { 0: `0 – ${NO_PROJECTS_TEXT}`, 1: '1 projekt', 2: '2 projekty', 3: '3 projekty lub więcej' };

interface Props {
  selectedProject: MapProject | undefined;
  /** The id of the map's stripe pattern, which the chosen project's swatch shows too. */
  pattern: string;
}

export function TerritoryMapLegend({ selectedProject, pattern }: Props) {
  return (
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
