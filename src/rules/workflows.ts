/**
 * A model's workflow as a graph (ids unique, every `next` exists, every step reachable and able to
 * reach the end, loops marked) and its code, which trainers print, naming one workflow only.
 */
import type { ContentProblem } from '../lib/editor-errors.ts';
import { checkWorkflow, workflowFieldLabel, type GraphStep } from '../lib/workflow-graph.ts';
import { readEntries } from './entries.ts';
import type { Rule, RuleInput } from './types.ts';

export interface WorkflowOf {
  file: string;
  code: string;
  steps: GraphStep[];
}

/** The entries that carry a workflow, with it. */
export function workflowsOf(input: RuleInput): WorkflowOf[] {
  return readEntries(input).flatMap((entry) => {
    const workflow = (entry.data as { workflow?: { code: string; steps: GraphStep[] } }).workflow;
    return workflow ? [{ file: entry.file, code: workflow.code, steps: workflow.steps }] : [];
  });
}

export const workflows: Rule = {
  name: 'workflows',
  check(input) {
    const problems: ContentProblem[] = [];
    const owners = new Map<string, string>();
    for (const { file, code, steps } of workflowsOf(input)) {
      const owner = owners.get(code);
      if (owner === undefined) owners.set(code, file);
      else {
        problems.push({
          file,
          field: 'workflow › code',
          message: `kod „${code}” ma już przebieg w ${owner}; kody kroków („${code} 1”) muszą wskazywać jeden model, wybierz inny kod`,
        });
      }
      for (const problem of checkWorkflow(steps)) problems.push({ file, field: workflowFieldLabel(problem), message: problem.message });
    }
    return { problems };
  },
};
