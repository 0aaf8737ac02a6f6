import { describe, expect, test } from 'vitest';
import { checkWorkflow, type GraphNext, type GraphStep, workflowFieldLabel } from './workflow-graph.ts';

/** A way on: a bare id, or `{ step, when, loop }` as the schema produces it. */
type Way = string | { step: string; when?: string; loop?: boolean };

/** A step as the schema hands it over: every `next` with `when` (maybe undefined) and `loop`. */
function step(id: string, ...next: Way[]): GraphStep {
  return {
    id,
    next: next.map((way): GraphNext => (typeof way === 'string' ? { step: way, when: undefined, loop: false } : { when: undefined, loop: false, ...way })),
  };
}

const noEnd =
  'żaden krok nie kończy przebiegu: każdy ma „next”; krok końcowy to krok bez „next”, więc usuń „next” z kroku, na którym przebieg się kończy, albo dodaj taki krok';
const trapped = 'z tego kroku nie da się dojść do końca przebiegu (kroku bez „next”): drogi dalej zamykają się w pętli';
const goesBack = (to: string, position: number) =>
  `przejście do „${to}” wraca do wcześniejszego kroku na liście (nr ${position}); kroki wpisuje się w kolejności przebiegu, a zamierzony powrót, np. z monitorowania do diagnozy, oznacza się „loop: true”`;
const loopForward = (to: string, position: number) =>
  `przejście do „${to}” ma „loop: true”, ale prowadzi do dalszego kroku na liście (nr ${position}) zamiast wracać; usuń „loop: true”`;

describe('checkWorkflow accepts', () => {
  test('a linear workflow', () => {
    expect(checkWorkflow([step('zgloszenie', 'diagnoza'), step('diagnoza', 'wsparcie'), step('wsparcie')])).toEqual([]);
  });

  test('a choice between two ways, each with its „when”, that meet again', () => {
    expect(
      checkWorkflow([
        step('partnerstwo', { step: 'mediacja', when: 'gdy potrzebny jest mediator' }, { step: 'wywiad', when: 'gdy partnerstwo działa bez pośrednika' }),
        step('mediacja', 'wywiad'),
        step('wywiad'),
      ]),
    ).toEqual([]);
  });

  test('a way back from monitoring to diagnosis marked with „loop: true”', () => {
    expect(
      checkWorkflow([
        step('zgloszenie', 'diagnoza'),
        step('diagnoza', 'wsparcie'),
        step('wsparcie', 'monitorowanie'),
        step(
          'monitorowanie',
          { step: 'diagnoza', when: 'gdy potrzeby się zmieniły', loop: true },
          { step: 'zakonczenie', when: 'gdy cel wsparcia został osiągnięty' },
        ),
        step('zakonczenie'),
      ]),
    ).toEqual([]);
  });

  test('a step that marks a way back to itself', () => {
    expect(
      checkWorkflow([step('monitorowanie', { step: 'monitorowanie', when: 'co miesiąc', loop: true }, { step: 'koniec', when: 'po roku' }), step('koniec')]),
    ).toEqual([]);
  });

  test('a marked way back to itself on a step further down the list', () => {
    expect(
      checkWorkflow([
        step('zgloszenie', 'monitorowanie'),
        step('monitorowanie', { step: 'monitorowanie', when: 'co miesiąc', loop: true }, { step: 'koniec', when: 'po roku' }),
        step('koniec'),
      ]),
    ).toEqual([]);
  });

  test('no steps at all (the schema asks for at least two)', () => {
    expect(checkWorkflow([])).toEqual([]);
  });
});

describe('checkWorkflow reports, with the step and the field', () => {
  test('two steps with the same id, at the later one', () => {
    expect(checkWorkflow([step('diagnoza', 'wsparcie'), step('wsparcie'), step('wsparcie')])).toEqual([
      { stepId: 'wsparcie', field: 'id', message: 'identyfikator „wsparcie” ma już krok nr 2; każdy krok musi mieć własny' },
    ]);
  });

  test('two steps with the same id, only at the later one: the first one is used, so no step is reported unreachable', () => {
    expect(checkWorkflow([step('a', 'b'), step('b', 'c'), step('c'), step('b')])).toEqual([
      { stepId: 'b', field: 'id', message: 'identyfikator „b” ma już krok nr 2; każdy krok musi mieć własny' },
    ]);
  });

  test('a `next` to a step that does not exist, suggesting the id one typo away', () => {
    expect(
      checkWorkflow([step('zgloszenie', { step: 'diagnoza', when: 'gdy potrzebna jest diagnoza' }, { step: 'diagnoz', when: 'gdy nie' }), step('diagnoza')]),
    ).toEqual([{ stepId: 'zgloszenie', field: 'next › pozycja 2', message: 'krok „diagnoz” nie istnieje w tym przebiegu. Czy chodziło o „diagnoza”?' }]);
  });

  test('a `next` to a step that does not exist and resembles none, without a guess', () => {
    expect(checkWorkflow([step('zgloszenie', { step: 'diagnoza', when: 'zwykle' }, { step: 'ewaluacja-programu', when: 'rzadko' }), step('diagnoza')])).toEqual(
      [{ stepId: 'zgloszenie', field: 'next › pozycja 2', message: 'krok „ewaluacja-programu” nie istnieje w tym przebiegu' }],
    );
  });

  test('a step no way leads to from the first step', () => {
    expect(checkWorkflow([step('zgloszenie', 'diagnoza'), step('mediacja', 'diagnoza'), step('diagnoza')])).toEqual([
      {
        stepId: 'mediacja',
        field: '',
        message: 'do tego kroku nie prowadzi żadna droga od pierwszego kroku („zgloszenie”); dopisz go do „next” któregoś kroku albo usuń',
      },
    ]);
  });

  test('a workflow in which every step has a `next`, so none ends it', () => {
    expect(checkWorkflow([step('diagnoza', 'monitorowanie'), step('monitorowanie', { step: 'diagnoza', loop: true })])).toEqual([
      { field: 'steps', message: noEnd },
    ]);
  });

  test('a way back up the list without „loop: true”, once, at that way', () => {
    expect(
      checkWorkflow([
        step('diagnoza', 'monitorowanie'),
        step('monitorowanie', { step: 'diagnoza', when: 'gdy potrzeby się zmieniły' }, { step: 'zakonczenie', when: 'gdy cel osiągnięto' }),
        step('zakonczenie'),
      ]),
    ).toEqual([{ stepId: 'monitorowanie', field: 'next › pozycja 1', message: goesBack('diagnoza', 1) }]);
  });

  test('a way to the same step without „loop: true”', () => {
    expect(checkWorkflow([step('monitorowanie', { step: 'monitorowanie', when: 'co miesiąc' }, { step: 'koniec', when: 'po roku' }), step('koniec')])).toEqual([
      {
        stepId: 'monitorowanie',
        field: 'next › pozycja 1',
        message: 'przejście prowadzi do tego samego kroku; jeśli krok ma się powtarzać, dopisz „loop: true”',
      },
    ]);
  });

  test('„loop: true” on a way that goes down the list', () => {
    expect(checkWorkflow([step('diagnoza', { step: 'zakonczenie', loop: true }), step('zakonczenie')])).toEqual([
      { stepId: 'diagnoza', field: 'next › pozycja 1', message: loopForward('zakonczenie', 2) },
    ]);
  });

  test('„loop: true” on a way down the list even when a way leads back, and the unmarked way back too', () => {
    expect(
      checkWorkflow([
        step('a', { step: 'b', loop: true }),
        step('b', { step: 'a', when: 'gdy trzeba powtórzyć' }, { step: 'c', when: 'gdy gotowe' }),
        step('c'),
      ]),
    ).toEqual([
      { stepId: 'a', field: 'next › pozycja 1', message: loopForward('b', 2) },
      { stepId: 'b', field: 'next › pozycja 1', message: goesBack('a', 1) },
    ]);
    expect(checkWorkflow([step('a', { step: 'b', loop: true }), step('b', 'a')])).toEqual([
      { field: 'steps', message: noEnd },
      { stepId: 'a', field: 'next › pozycja 1', message: loopForward('b', 2) },
      { stepId: 'b', field: 'next › pozycja 1', message: goesBack('a', 1) },
    ]);
  });

  test('a closed loop with no way out, at each step trapped in it', () => {
    expect(
      checkWorkflow([
        step('a', { step: 'b', when: 'gdy potrzebne jest wsparcie' }, { step: 'c', when: 'gdy nie' }),
        step('b', 'd'),
        step('d', { step: 'b', loop: true }),
        step('c'),
      ]),
    ).toEqual([
      { stepId: 'b', field: 'next', message: trapped },
      { stepId: 'd', field: 'next', message: trapped },
    ]);
  });

  test('several ways on without „when”, at each way that lacks it', () => {
    const lacksWhen = (to: string) => `krok ma kilka dróg dalej, więc każda musi mieć „when” (kiedy ją wybrać); brak go przy przejściu do „${to}”`;
    expect(checkWorkflow([step('diagnoza', 'mediacja', 'wsparcie'), step('mediacja', 'wsparcie'), step('wsparcie')])).toEqual([
      { stepId: 'diagnoza', field: 'next › pozycja 1', message: lacksWhen('mediacja') },
      { stepId: 'diagnoza', field: 'next › pozycja 2', message: lacksWhen('wsparcie') },
    ]);
    expect(
      checkWorkflow([step('diagnoza', { step: 'mediacja', when: 'gdy potrzebny jest mediator' }, 'wsparcie'), step('mediacja', 'wsparcie'), step('wsparcie')]),
    ).toEqual([{ stepId: 'diagnoza', field: 'next › pozycja 2', message: lacksWhen('wsparcie') }]);
  });

  test('the same `next` twice, at the repeat', () => {
    expect(
      checkWorkflow([
        step('diagnoza', { step: 'wsparcie', when: 'gdy potrzebna jest szkoła' }, { step: 'wsparcie', when: 'gdy potrzebny jest lekarz' }),
        step('wsparcie'),
      ]),
    ).toEqual([
      {
        stepId: 'diagnoza',
        field: 'next › pozycja 2',
        message: 'przejście do „wsparcie” jest wpisane dwa razy; zostaw jedno (jeśli mają różne „when”, połącz je w jednym)',
      },
    ]);
  });
});

describe('workflowFieldLabel', () => {
  test('names the workflow, the step and the field', () => {
    expect(workflowFieldLabel({ stepId: 'diagnoza', field: 'next › pozycja 2', message: '' })).toBe('workflow › krok diagnoza › next › pozycja 2');
  });

  test('leaves out an empty field', () => {
    expect(workflowFieldLabel({ stepId: 'mediacja', field: '', message: '' })).toBe('workflow › krok mediacja');
  });

  test('leaves out the step for problems with the whole workflow', () => {
    expect(workflowFieldLabel({ field: 'steps', message: '' })).toBe('workflow › steps');
  });
});
