/**
 * The logic behind the model explorer, with no DOM and no React: which step is current, where
 * "Poprzedni"/"Następny" lead, what a `#krok-…` address means, which steps a filter highlights and
 * how keys move around the swimlane grid. The island only keeps state and wires events to this.
 */

/** A thing linked from a step (an actor, a glossary term, the source), already resolved to text and address. */
export interface LinkView {
  label: string;
  href?: string | undefined;
}

export interface WayView {
  step: string;
  title: string;
  when?: string | undefined;
  loop: boolean;
}

/** One step as the explorer shows it: everything resolved, serialisable as island props. */
/** Someone acting in a step; `short` is the name that fits a swimlane row, e.g. "ROPS w Białymstoku". */
export interface ActorView extends LinkView {
  id: string;
  short: string;
}

export interface StepView {
  id: string;
  /** The citable code, e.g. "MK-M 3"; the step also answers to `#mk-m-3`. */
  code: string;
  title: string;
  summary: string;
  actors: ActorView[];
  sectors: { id: string; label: string }[];
  levels: string[];
  inputs: LinkView[];
  outputs: LinkView[];
  optional: boolean;
  next: WayView[];
  source: LinkView;
}

export interface WorkflowView {
  note?: string | undefined;
  steps: StepView[];
}

import { normalStepCode } from './step-codes.ts';
import { safeDecode } from './safe-decode.ts';

const STEP_PREFIX = 'krok-';

/** The element id and address fragment of a step: `krok-<id>`. */
export function stepAnchor(stepId: string): string {
  return `${STEP_PREFIX}${stepId}`;
}

/** The step a `#krok-<id>` or `#mk-m-3` (step code) address points at, if it is a step of this workflow. */
export function stepFromHash(hash: string, steps: readonly StepView[]): string | undefined {
  const fragment = safeDecode(hash.replace(/^#/, ''));
  if (fragment.startsWith(STEP_PREFIX)) {
    const id = fragment.slice(STEP_PREFIX.length);
    return steps.some((step) => step.id === id) ? id : undefined;
  }
  const code = normalStepCode(fragment);
  if (!code) return undefined;
  return steps.find((step) => step.code === code)?.id;
}

export function stepIndex(steps: readonly StepView[], stepId: string): number {
  return steps.findIndex((step) => step.id === stepId);
}

/** Neighbours in the listed order, which is the order "Poprzedni krok" / "Następny krok" follow. */
export function neighbours(steps: readonly StepView[], stepId: string): { previous?: string; next?: string } {
  const index = stepIndex(steps, stepId);
  if (index < 0) return {};
  return {
    ...(index > 0 ? { previous: steps[index - 1]!.id } : {}),
    ...(index < steps.length - 1 ? { next: steps[index + 1]!.id } : {}),
  };
}

/** "Krok 3 z 8". */
export function progressLabel(steps: readonly StepView[], stepId: string, label: (position: number, total: number) => string): string {
  return label(stepIndex(steps, stepId) + 1, steps.length);
}

/** The ways on from a step worth showing as choices: several `next`, or any marked way back. */
export function choicesFrom(step: StepView): WayView[] {
  return step.next.length > 1 || step.next.some((way) => way.loop) ? step.next : [];
}

export interface StepFilter {
  actor?: string | undefined;
  sector?: string | undefined;
}

/** Steps the filter highlights; with no filter set, none. */
export function matchingSteps(steps: readonly StepView[], filter: StepFilter): Set<string> {
  if (!filter.actor && !filter.sector) return new Set();
  return new Set(
    steps
      .filter((step) => !filter.actor || step.actors.some((actor) => actor.id === filter.actor))
      .filter((step) => !filter.sector || step.sectors.some((sector) => sector.id === filter.sector))
      .map((step) => step.id),
  );
}

/** Everyone who acts in the workflow, in order of first appearance. */
export function actorsOf(steps: readonly StepView[]): ActorView[] {
  const seen = new Map<string, ActorView>();
  for (const step of steps) for (const actor of step.actors) if (!seen.has(actor.id)) seen.set(actor.id, actor);
  return [...seen.values()];
}

/** Every sector in the workflow, in order of first appearance. */
export function sectorsOf(steps: readonly StepView[]): { id: string; label: string }[] {
  const seen = new Map<string, { id: string; label: string }>();
  for (const step of steps) for (const sector of step.sectors) if (!seen.has(sector.id)) seen.set(sector.id, sector);
  return [...seen.values()];
}

/** A position in the swimlane grid: row = actor, column = step. */
export interface GridCell {
  row: number;
  column: number;
}

/** Cells where an actor acts in a step, row by row, each row left to right. */
export function swimlaneCells(steps: readonly StepView[], actors: readonly { id: string }[]): (GridCell & { stepId: string; actorId: string })[] {
  return actors.flatMap((actor, row) =>
    steps.flatMap((step, column) => (step.actors.some((other) => other.id === actor.id) ? [{ row, column, stepId: step.id, actorId: actor.id }] : [])),
  );
}

/**
 * Where a key moves focus among the swimlane's cells: left/right along the actor's row, up/down to
 * the nearest cell of the row above/below, Home/End to the row's ends. Undefined for other keys.
 */
export function moveInSwimlane(cells: readonly GridCell[], from: GridCell, key: string): GridCell | undefined {
  const sameRow = cells.filter((cell) => cell.row === from.row).sort((a, b) => a.column - b.column);
  const position = sameRow.findIndex((cell) => cell.column === from.column);
  switch (key) {
    case 'ArrowRight':
      return sameRow[Math.min(position + 1, sameRow.length - 1)];
    case 'ArrowLeft':
      return sameRow[Math.max(position - 1, 0)];
    case 'Home':
      return sameRow[0];
    case 'End':
      return sameRow[sameRow.length - 1];
    case 'ArrowDown':
    case 'ArrowUp': {
      const rows = [...new Set(cells.map((cell) => cell.row))].sort((a, b) => a - b);
      const targetRow = rows[rows.indexOf(from.row) + (key === 'ArrowDown' ? 1 : -1)];
      if (targetRow === undefined) return from;
      const candidates = cells.filter((cell) => cell.row === targetRow);
      return candidates.reduce((best, cell) => (Math.abs(cell.column - from.column) < Math.abs(best.column - from.column) ? cell : best));
    }
    default:
      return undefined;
  }
}
