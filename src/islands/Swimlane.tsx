/**
 * Swimlane overview of a workflow: one row per actor, one column per step, a mark where the actor
 * acts. Every mark is a link to its step, so the overview works without JavaScript; with it, the
 * marks form one tab stop and the arrow keys move between them (see `moveInSwimlane`).
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { ExplorerText } from '../lib/i18n/interface-text.ts';
import { moveInSwimlane, stepAnchor, swimlaneCells, type ActorView, type GridCell, type StepView } from '../lib/workflow-explorer.ts';

interface Props {
  steps: readonly StepView[];
  ui: ExplorerText;
  actors: readonly ActorView[];
  highlighted: ReadonlySet<string>;
  /** With an actor chosen in the filter, only that actor's marks are highlighted. */
  highlightedActor: string;
  current: string | undefined;
  interactive: boolean;
  titleId: string;
  onOpenStep: (stepId: string) => void;
}

const LABEL_WIDTH = 250;
const COLUMN_WIDTH = 40;
const ROW_HEIGHT = 34;
const HEADER_HEIGHT = 30;
const MARK_RADIUS = 9;

export function Swimlane({ steps, ui, actors, highlighted, highlightedActor, current, interactive, titleId, onOpenStep }: Props) {
  const cells = useMemo(() => swimlaneCells(steps, actors), [steps, actors]);
  const [focusCell, setFocusCell] = useState<GridCell | undefined>(cells[0]);
  const marks = useRef(new Map<string, HTMLAnchorElement>());
  if (actors.length === 0) return null;

  const width = LABEL_WIDTH + steps.length * COLUMN_WIDTH;
  const height = HEADER_HEIGHT + actors.length * ROW_HEIGHT;
  const columnX = (column: number) => LABEL_WIDTH + column * COLUMN_WIDTH + COLUMN_WIDTH / 2;
  const rowY = (row: number) => HEADER_HEIGHT + row * ROW_HEIGHT + ROW_HEIGHT / 2;
  const key = (cell: GridCell) => `${cell.row}:${cell.column}`;

  const onKeyDown = (event: KeyboardEvent<Element>, from: GridCell) => {
    const target = moveInSwimlane(cells, from, event.key);
    if (!target) return;
    event.preventDefault();
    setFocusCell(target);
    marks.current.get(key(target))?.focus();
  };

  return (
    <figure className="swimlane">
      <figcaption id={titleId}>
        {ui.swimlaneCaption}
        {interactive && ui.swimlaneKeys}
      </figcaption>
      <div className="swimlane__scroll" data-scrolls>
        <svg viewBox={`0 0 ${width} ${height}`} width={width} height={height} role="group" aria-labelledby={titleId}>
          {steps.map((step, column) => (
            <text
              key={step.id}
              x={columnX(column)}
              y={HEADER_HEIGHT - 10}
              textAnchor="middle"
              className={step.id === current ? 'swimlane__column is-current' : 'swimlane__column'}
              aria-hidden="true"
            >
              {column + 1}
            </text>
          ))}
          {actors.map((actor, row) => (
            <g key={actor.id}>
              <line x1={0} x2={width} y1={rowY(row) + ROW_HEIGHT / 2} y2={rowY(row) + ROW_HEIGHT / 2} className="swimlane__rule" />
              <text x={0} y={rowY(row) + 5} className="swimlane__actor" aria-hidden="true">
                <title>{actor.label}</title>
                {shorten(actor.short)}
              </text>
            </g>
          ))}
          {current !== undefined && (
            <rect
              x={LABEL_WIDTH + steps.findIndex((step) => step.id === current) * COLUMN_WIDTH + 2}
              y={HEADER_HEIGHT - 2}
              width={COLUMN_WIDTH - 4}
              height={actors.length * ROW_HEIGHT}
              className="swimlane__current"
            />
          )}
          {cells.map((cell) => {
            const step = steps[cell.column]!;
            const actor = actors[cell.row]!;
            const isHighlighted = highlighted.has(step.id) && (highlightedActor === '' || highlightedActor === actor.id);
            const tabbable = !interactive || (focusCell !== undefined && key(focusCell) === key(cell));
            return (
              <a
                key={key(cell)}
                href={`#${stepAnchor(step.id)}`}
                aria-label={ui.swimlaneMark(cell.column + 1, step.title, actor.label, isHighlighted)}
                tabIndex={tabbable ? 0 : -1}
                ref={(element) => {
                  if (element) marks.current.set(key(cell), element);
                  else marks.current.delete(key(cell));
                }}
                onFocus={() => setFocusCell(cell)}
                onKeyDown={(event) => onKeyDown(event, cell)}
                onClick={(event) => {
                  if (!interactive) return;
                  event.preventDefault();
                  onOpenStep(step.id);
                }}
                className={isHighlighted ? 'swimlane__mark is-highlighted' : 'swimlane__mark'}
              >
                <circle cx={columnX(cell.column)} cy={rowY(cell.row)} r={MARK_RADIUS} />
              </a>
            );
          })}
        </svg>
      </div>
    </figure>
  );
}

/** Row labels must fit the label column; the full name is in each mark's accessible name. */
function shorten(label: string): string {
  return label.length > 34 ? `${label.slice(0, 33).trimEnd()}…` : label;
}
