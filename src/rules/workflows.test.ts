import { describe, expect, test } from 'vitest';
import type { GraphStep } from '../lib/workflow-graph.ts';
import { ruleInput, type TestPage } from './__fixtures__/rule-input.ts';
import { workflows, workflowsOf } from './workflows.ts';

/** `a>b,c` is step `a` with ways to `b` and `c`; `when` is filled in where there is a choice, `loop` where marked with `^`. */
function steps(...written: string[]): GraphStep[] {
  return written.map((line) => {
    const [id, next = ''] = line.split('>');
    const ways = next.split(',').filter(Boolean);
    return {
      id: id!,
      next: ways.map((way) => ({ step: way.replace('^', ''), loop: way.startsWith('^'), ...(ways.length > 1 ? { when: `gdy ${way}` } : {}) })),
    };
  });
}

function model(id: string, code: string, workflowSteps: GraphStep[]): TestPage {
  return { type: 'models', id, file: `content/models/${id}.mdx`, data: { workflow: { code, steps: workflowSteps } } };
}

const LINEAR = steps('diagnoza>plan', 'plan>realizacja', 'realizacja>monitoring', 'monitoring>^diagnoza,koniec', 'koniec');

describe('workflows', () => {
  test('accepts workflows with a choice, a marked way back and an end, each with its own code', () => {
    const input = ruleInput([model('model-a', 'MA', LINEAR), model('model-b', 'MK-M', steps('a>b', 'b'))]);
    expect(workflows.check(input)).toEqual({ problems: [] });
  });

  test('two models with one code: the second is reported, naming the first', () => {
    const input = ruleInput([model('model-a', 'MT', LINEAR), model('model-b', 'MT', LINEAR), model('model-c', 'MC', LINEAR)]);
    expect(workflows.check(input).problems).toEqual([
      {
        file: 'content/models/model-b.mdx',
        field: 'workflow › code',
        message: 'kod „MT” ma już przebieg w content/models/model-a.mdx; kody kroków („MT 1”) muszą wskazywać jeden model, wybierz inny kod',
      },
    ]);
  });

  test("the graph's problems, at the model's file, under the step and its field", () => {
    const input = ruleInput([model('model-a', 'MA', steps('diagnoza>plna', 'plan', 'plan', 'sierota'))]);
    expect(workflows.check(input).problems).toEqual([
      { file: 'content/models/model-a.mdx', field: 'workflow › krok plan › id', message: 'identyfikator „plan” ma już krok nr 2; każdy krok musi mieć własny' },
      {
        file: 'content/models/model-a.mdx',
        field: 'workflow › krok diagnoza › next › pozycja 1',
        message: 'krok „plna” nie istnieje w tym przebiegu. Czy chodziło o „plan”?',
      },
      {
        file: 'content/models/model-a.mdx',
        field: 'workflow › krok plan',
        message: 'do tego kroku nie prowadzi żadna droga od pierwszego kroku („diagnoza”); dopisz go do „next” któregoś kroku albo usuń',
      },
      { file: 'content/models/model-a.mdx', field: 'workflow › krok plan', message: expect.stringContaining('do tego kroku nie prowadzi żadna droga') },
      { file: 'content/models/model-a.mdx', field: 'workflow › krok sierota', message: expect.stringContaining('do tego kroku nie prowadzi żadna droga') },
    ]);
  });

  test('a workflow without an end is a problem of the whole list of steps', () => {
    const input = ruleInput([model('model-a', 'MA', steps('a>b', 'b>^a'))]);
    expect(workflows.check(input).problems).toEqual([
      expect.objectContaining({ field: 'workflow › steps', message: expect.stringContaining('żaden krok nie kończy przebiegu') }),
    ]);
  });

  test('ways that go back unmarked, or lack „when” at a choice, under their position in „next”', () => {
    const input = ruleInput([model('model-a', 'MA', steps('a>b', 'b>a,c', 'c'))]);
    const found = workflows.check(input).problems.map((problem) => `${problem.field}: ${problem.message.split(';')[0]}`);
    expect(found).toEqual(['workflow › krok b › next › pozycja 1: przejście do „a” wraca do wcześniejszego kroku na liście (nr 1)']);
    const noWhen = steps('a>b,c', 'b', 'c');
    delete (noWhen[0]!.next[1] as { when?: string }).when;
    expect(workflows.check(ruleInput([model('model-a', 'MA', noWhen)])).problems).toEqual([
      {
        file: 'content/models/model-a.mdx',
        field: 'workflow › krok a › next › pozycja 2',
        message: 'krok ma kilka dróg dalej, więc każda musi mieć „when” (kiedy ją wybrać); brak go przy przejściu do „c”',
      },
    ]);
  });

  test('only models that passed their schema and have a workflow are read', () => {
    const input = ruleInput([
      { ...model('model-a', 'MT', steps('a>b')), data: undefined },
      model('model-b', 'MT', LINEAR),
      { type: 'models', id: 'model-c', file: 'content/models/model-c.mdx', data: { title: 'Bez przebiegu' } },
    ]);
    expect(workflowsOf(input)).toEqual([{ file: 'content/models/model-b.mdx', code: 'MT', steps: LINEAR }]);
    expect(workflows.check(input).problems).toEqual([]);
  });
});
