/**
 * Rules for a model's workflow as a graph, checked before the build so a page never shows a step
 * that leads nowhere: unique ids, every `next` exists, every step reachable from the first, at
 * least one end reachable from every step, and ways back up the list only where marked `loop: true`.
 */
import { suggestId } from './references.ts';

export interface GraphNext {
  step: string;
  when?: string | undefined;
  loop: boolean;
}

export interface GraphStep {
  id: string;
  next: readonly GraphNext[];
}

export interface WorkflowProblem {
  /** Id of the step the problem is in; undefined for problems with the workflow as a whole. */
  stepId?: string;
  /** Field within the step, e.g. `next › pozycja 2`. */
  field: string;
  message: string;
}

/** Field path for an editor, e.g. `workflow › krok diagnoza › next › pozycja 2`. */
export function workflowFieldLabel(problem: WorkflowProblem): string {
  return ['workflow', problem.stepId === undefined ? undefined : `krok ${problem.stepId}`, problem.field || undefined]
    .filter((part) => part !== undefined)
    .join(' › ');
}

export function checkWorkflow(steps: readonly GraphStep[]): WorkflowProblem[] {
  const problems: WorkflowProblem[] = [];
  const firstIndex = new Map<string, number>();
  steps.forEach((step, index) => {
    const first = firstIndex.get(step.id);
    if (first === undefined) firstIndex.set(step.id, index);
    else problems.push({ stepId: step.id, field: 'id', message: `identyfikator „${step.id}” ma już krok nr ${first + 1}; każdy krok musi mieć własny` });
  });
  const ids = new Set(firstIndex.keys());

  for (const step of steps) {
    const targets = new Set<string>();
    step.next.forEach((way, index) => {
      const field = `next › pozycja ${index + 1}`;
      if (!ids.has(way.step)) {
        const suggestion = suggestId(way.step, ids);
        problems.push({
          stepId: step.id,
          field,
          message: `krok „${way.step}” nie istnieje w tym przebiegu` + (suggestion ? `. Czy chodziło o „${suggestion}”?` : ''),
        });
      }
      if (targets.has(way.step))
        problems.push({
          stepId: step.id,
          field,
          message: `przejście do „${way.step}” jest wpisane dwa razy; zostaw jedno (jeśli mają różne „when”, połącz je w jednym)`,
        });
      targets.add(way.step);
      if (step.next.length > 1 && !way.when) {
        problems.push({
          stepId: step.id,
          field,
          message: `krok ma kilka dróg dalej, więc każda musi mieć „when” (kiedy ją wybrać); brak go przy przejściu do „${way.step}”`,
        });
      }
    });
  }

  const start = steps[0];
  if (!start) return problems;
  const reachable = reachableFrom(start.id, steps, () => true);
  for (const step of steps) {
    if (!reachable.has(step.id)) {
      problems.push({
        stepId: step.id,
        field: '',
        message: `do tego kroku nie prowadzi żadna droga od pierwszego kroku („${start.id}”); dopisz go do „next” któregoś kroku albo usuń`,
      });
    }
  }

  if (!steps.some((step) => step.next.length === 0)) {
    problems.push({
      field: 'steps',
      message:
        'żaden krok nie kończy przebiegu: każdy ma „next”; krok końcowy to krok bez „next”, więc usuń „next” z kroku, na którym przebieg się kończy, albo dodaj taki krok',
    });
  }

  problems.push(...checkLoops(steps, ids), ...checkEndsReachable(steps));
  return problems;
}

/** Step ids reachable from `from` (inclusive) along ways that `follow` accepts. */
function reachableFrom(from: string, steps: readonly GraphStep[], follow: (way: GraphNext) => boolean): Set<string> {
  const byId = new Map<string, GraphStep>();
  for (const step of steps) if (!byId.has(step.id)) byId.set(step.id, step);
  const seen = new Set<string>([from]);
  const queue = [from];
  while (queue.length > 0) {
    const current = byId.get(queue.shift()!);
    for (const way of current?.next ?? []) {
      if (!follow(way) || seen.has(way.step) || !byId.has(way.step)) continue;
      seen.add(way.step);
      queue.push(way.step);
    }
  }
  return seen;
}

/**
 * Steps are listed in the order of the workflow, so an ordinary way goes down the list and only a
 * way marked `loop: true` may go back up (or stay on the same step). This keeps every cycle marked
 * and every marked way a real return, e.g. from monitoring to diagnosis.
 */
function checkLoops(steps: readonly GraphStep[], ids: ReadonlySet<string>): WorkflowProblem[] {
  const position = new Map<string, number>();
  steps.forEach((step, index) => {
    if (!position.has(step.id)) position.set(step.id, index);
  });
  const problems: WorkflowProblem[] = [];
  steps.forEach((step, from) => {
    step.next.forEach((way, index) => {
      if (!ids.has(way.step)) return;
      const to = position.get(way.step)!;
      const field = `next › pozycja ${index + 1}`;
      if (way.loop && to > from) {
        problems.push({
          stepId: step.id,
          field,
          message: `przejście do „${way.step}” ma „loop: true”, ale prowadzi do dalszego kroku na liście (nr ${to + 1}) zamiast wracać; usuń „loop: true”`,
        });
      }
      if (!way.loop && to === from) {
        problems.push({
          stepId: step.id,
          field,
          message: `przejście prowadzi do tego samego kroku; jeśli krok ma się powtarzać, dopisz „loop: true”`,
        });
      }
      if (!way.loop && to < from) {
        problems.push({
          stepId: step.id,
          field,
          message: `przejście do „${way.step}” wraca do wcześniejszego kroku na liście (nr ${to + 1}); kroki wpisuje się w kolejności przebiegu, a zamierzony powrót, np. z monitorowania do diagnozy, oznacza się „loop: true”`,
        });
      }
    });
  });
  return problems;
}

/** Every step must lead, along some way, to a step without `next`; a closed loop would trap the reader. */
function checkEndsReachable(steps: readonly GraphStep[]): WorkflowProblem[] {
  if (!steps.some((step) => step.next.length === 0)) return [];
  const known = new Set(steps.map((step) => step.id));
  // Walk backwards once from the ends. A step with a way to a missing step counts as an end too:
  // that way is already reported, and where it would have led is unknown.
  const seeds = steps.filter((step) => step.next.length === 0 || step.next.some((way) => !known.has(way.step))).map((step) => step.id);
  const comingFrom = new Map<string, string[]>();
  for (const step of steps) {
    for (const way of step.next) comingFrom.set(way.step, [...(comingFrom.get(way.step) ?? []), step.id]);
  }
  const leadsToEnd = new Set(seeds);
  const queue = [...seeds];
  while (queue.length > 0) {
    for (const previous of comingFrom.get(queue.shift()!) ?? []) {
      if (leadsToEnd.has(previous)) continue;
      leadsToEnd.add(previous);
      queue.push(previous);
    }
  }
  const reported = new Set<string>();
  return steps.flatMap((step) => {
    if (leadsToEnd.has(step.id) || reported.has(step.id)) return [];
    reported.add(step.id);
    return [
      { stepId: step.id, field: 'next', message: 'z tego kroku nie da się dojść do końca przebiegu (kroku bez „next”): drogi dalej zamykają się w pętli' },
    ];
  });
}
