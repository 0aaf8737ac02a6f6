/**
 * One tile of the territory map, and the tooltip of the tile that has focus or the pointer. Both
 * only draw what `src/lib/charts/territory-map-view.ts` worked out for the tile.
 */
import type { CSSProperties, KeyboardEvent } from 'react';
import type { TileView } from '../lib/charts/territory-map-view.ts';
import { tooltipPlacement } from '../lib/charts/tile-grid.ts';

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

export function Tile({ view, pattern, tabbable, withTitle, register, ...handlers }: TileProps) {
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

export function Tooltip({ view, size }: { view: TileView; size: { width: number; height: number } }) {
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
