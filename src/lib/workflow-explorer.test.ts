import { describe, expect, it } from 'vitest';
import {
  actorsOf,
  choicesFrom,
  matchingSteps,
  moveInSwimlane,
  neighbours,
  progressLabel,
  sectorsOf,
  stepAnchor,
  stepFromHash,
  swimlaneCells,
  type ActorView,
  type StepView,
  type WayView,
} from './workflow-explorer.ts';
import { interfaceText } from './i18n/interface-text.ts';

const GOPS: ActorView = {
  id: 'gops-wasilkow',
  label: 'Gminny Ośrodek Pomocy Społecznej w Wasilkowie',
  short: 'GOPS w Wasilkowie',
  href: '/instytucje/gops-wasilkow/',
};
const PCPR: ActorView = {
  id: 'pcpr-bialystok',
  label: 'Powiatowe Centrum Pomocy Rodzinie w Białymstoku',
  short: 'PCPR w Białymstoku',
  href: '/instytucje/pcpr-bialystok/',
};
const NGO: ActorView = { id: 'stowarzyszenie-razem', label: 'Stowarzyszenie „Razem”', short: 'Stowarzyszenie „Razem”' };
const MRIPS: ActorView = { id: 'mrips', label: 'Ministerstwo Rodziny i Polityki Społecznej', short: 'MRiPS' };

const POMOC = { id: 'pomoc-spoleczna', label: 'pomoc społeczna' };
const ZDROWIE = { id: 'ochrona-zdrowia', label: 'ochrona zdrowia' };
const EDUKACJA = { id: 'edukacja', label: 'edukacja' };

const way = (step: string, title: string, extra: Partial<WayView> = {}): WayView => ({ step, title, when: undefined, loop: false, ...extra });

const STEP_NUMBERS = ['zgloszenie', 'diagnoza', 'plan', 'wsparcie', 'monitorowanie', 'zakonczenie'];

function step(id: string, title: string, actors: ActorView[], sectors: { id: string; label: string }[], next: WayView[]): StepView {
  return {
    id,
    code: `MT ${STEP_NUMBERS.indexOf(id) + 1}`,
    title,
    summary: `Opis kroku „${title}”.`,
    actors,
    sectors,
    levels: ['gmina'],
    inputs: [],
    outputs: [],
    optional: false,
    next,
    source: { label: 'Model kooperacji', href: '/zrodla/model/' },
  };
}

const TO_PLAN = way('plan', 'Plan wsparcia');
const TO_WSPARCIE = way('wsparcie', 'Usługi w domu', { when: 'osoba chce zostać w domu' });
const TO_ZAKONCZENIE = way('zakonczenie', 'Zakończenie', { when: 'wsparcie nie jest potrzebne' });
const BACK_TO_DIAGNOZA = way('diagnoza', 'Diagnoza potrzeb', { when: 'potrzeby się zmieniły', loop: true });

/**
 * Six steps; columns 0–5 in this order. GOPS acts in 0, 1, 3, 4; PCPR in 1, 2, 5; the NGO in 3.
 * "plan" offers two ways on, "monitorowanie" only a way back.
 */
const STEPS: StepView[] = [
  step('zgloszenie', 'Zgłoszenie', [GOPS], [POMOC], [way('diagnoza', 'Diagnoza potrzeb')]),
  step('diagnoza', 'Diagnoza potrzeb', [GOPS, PCPR], [POMOC, ZDROWIE], [TO_PLAN]),
  step('plan', 'Plan wsparcia', [PCPR], [ZDROWIE], [TO_WSPARCIE, TO_ZAKONCZENIE]),
  step('wsparcie', 'Usługi w domu', [NGO, GOPS], [EDUKACJA, POMOC], [way('monitorowanie', 'Monitorowanie')]),
  step('monitorowanie', 'Monitorowanie', [GOPS], [], [BACK_TO_DIAGNOZA]),
  step('zakonczenie', 'Zakończenie', [PCPR], [POMOC], []),
];

describe('stepAnchor', () => {
  it('prefixes the step id with „krok-”', () => {
    expect(stepAnchor('diagnoza')).toEqual('krok-diagnoza');
    expect(stepAnchor('plan')).toEqual('krok-plan');
  });
});

describe('stepFromHash', () => {
  it('reads the step from a #krok-… address', () => {
    expect(stepFromHash('#krok-diagnoza', STEPS)).toEqual('diagnoza');
    expect(stepFromHash('#krok-zakonczenie', STEPS)).toEqual('zakonczenie');
  });

  it('round-trips every step through stepAnchor', () => {
    expect(STEPS.map((candidate) => stepFromHash(`#${stepAnchor(candidate.id)}`, STEPS))).toEqual(STEPS.map((candidate) => candidate.id));
  });

  it('decodes a percent-encoded address', () => {
    expect(stepFromHash('#krok-%64iagnoza', STEPS)).toEqual('diagnoza');
    expect(stepFromHash('#%6Brok-plan', STEPS)).toEqual('plan');
  });

  it('finds a step by its code, as trainers type it', () => {
    expect(stepFromHash('#mt-3', STEPS)).toEqual('plan');
    expect(stepFromHash('#MT-1', STEPS)).toEqual('zgloszenie');
    expect(stepFromHash('#MT%206', STEPS)).toEqual('zakonczenie');
  });

  it('ignores a code of another workflow or past the last step', () => {
    expect(stepFromHash('#mk-m-3', STEPS)).toEqual(undefined);
    expect(stepFromHash('#mt-7', STEPS)).toEqual(undefined);
  });

  it('decodes Polish letters in a step id', () => {
    const polish = [step('ocena-potrzeb-żywieniowych', 'Ocena potrzeb', [], [], [])];
    expect(stepFromHash(`#${encodeURIComponent('krok-ocena-potrzeb-żywieniowych')}`, polish)).toEqual('ocena-potrzeb-żywieniowych');
  });

  it('ignores a step id that is not in the workflow', () => {
    expect(stepFromHash('#krok-nieistniejacy', STEPS)).toEqual(undefined);
    expect(stepFromHash('#krok-', STEPS)).toEqual(undefined);
  });

  it('ignores other anchors on the page', () => {
    expect(stepFromHash('#role-w-modelu', STEPS)).toEqual(undefined);
    expect(stepFromHash('#diagnoza', STEPS)).toEqual(undefined);
    expect(stepFromHash('#przebieg-krok-diagnoza', STEPS)).toEqual(undefined);
  });

  it('ignores an empty hash', () => {
    expect(stepFromHash('', STEPS)).toEqual(undefined);
    expect(stepFromHash('#', STEPS)).toEqual(undefined);
  });

  it('does not throw on malformed percent-encoding', () => {
    expect(stepFromHash('#krok-%E0%A4%A', STEPS)).toEqual(undefined);
    expect(stepFromHash('#krok-diagnoza%', STEPS)).toEqual(undefined);
    expect(stepFromHash('#%', STEPS)).toEqual(undefined);
  });
});

describe('neighbours', () => {
  it('has only a next step at the first step', () => {
    expect(neighbours(STEPS, 'zgloszenie')).toStrictEqual({ next: 'diagnoza' });
  });

  it('has both neighbours in the middle, in listed order rather than by `next`', () => {
    expect(neighbours(STEPS, 'plan')).toStrictEqual({ previous: 'diagnoza', next: 'wsparcie' });
    expect(neighbours(STEPS, 'monitorowanie')).toStrictEqual({ previous: 'wsparcie', next: 'zakonczenie' });
  });

  it('has only a previous step at the last step', () => {
    expect(neighbours(STEPS, 'zakonczenie')).toStrictEqual({ previous: 'monitorowanie' });
  });

  it('has none for an unknown step', () => {
    expect(neighbours(STEPS, 'nieistniejacy')).toStrictEqual({});
  });
});

const polishProgress = interfaceText('pl').explorer.progress;

describe('progressLabel', () => {
  it('counts from one', () => {
    expect(progressLabel(STEPS, 'zgloszenie', polishProgress)).toEqual('Krok 1 z 6');
    expect(progressLabel(STEPS, 'plan', polishProgress)).toEqual('Krok 3 z 6');
    expect(progressLabel(STEPS, 'zakonczenie', polishProgress)).toEqual('Krok 6 z 6');
  });
});

describe('choicesFrom', () => {
  it('offers no choice for a single way on', () => {
    expect(choicesFrom(STEPS[0]!)).toEqual([]);
    expect(choicesFrom(STEPS[1]!)).toEqual([]);
  });

  it('offers no choice at the last step', () => {
    expect(choicesFrom(STEPS[5]!)).toEqual([]);
  });

  it('offers both of two ways', () => {
    expect(choicesFrom(STEPS[2]!)).toEqual([TO_WSPARCIE, TO_ZAKONCZENIE]);
  });

  it('offers a single way back as a choice', () => {
    expect(choicesFrom(STEPS[4]!)).toEqual([BACK_TO_DIAGNOZA]);
  });
});

describe('matchingSteps', () => {
  it('highlights nothing without a filter', () => {
    expect(matchingSteps(STEPS, {})).toEqual(new Set());
    expect(matchingSteps(STEPS, { actor: '', sector: '' })).toEqual(new Set());
  });

  it('highlights the steps an actor acts in', () => {
    expect([...matchingSteps(STEPS, { actor: GOPS.id })]).toEqual(['zgloszenie', 'diagnoza', 'wsparcie', 'monitorowanie']);
    expect([...matchingSteps(STEPS, { actor: PCPR.id, sector: '' })]).toEqual(['diagnoza', 'plan', 'zakonczenie']);
  });

  it('highlights the steps of a sector', () => {
    expect([...matchingSteps(STEPS, { sector: ZDROWIE.id })]).toEqual(['diagnoza', 'plan']);
    expect([...matchingSteps(STEPS, { actor: '', sector: POMOC.id })]).toEqual(['zgloszenie', 'diagnoza', 'wsparcie', 'zakonczenie']);
  });

  it('combines actor and sector as an intersection', () => {
    expect([...matchingSteps(STEPS, { actor: GOPS.id, sector: ZDROWIE.id })]).toEqual(['diagnoza']);
    expect([...matchingSteps(STEPS, { actor: PCPR.id, sector: POMOC.id })]).toEqual(['diagnoza', 'zakonczenie']);
    expect([...matchingSteps(STEPS, { actor: NGO.id, sector: ZDROWIE.id })]).toEqual([]);
  });

  it('highlights nothing for an actor who acts nowhere', () => {
    expect(matchingSteps(STEPS, { actor: MRIPS.id })).toEqual(new Set());
    expect(matchingSteps(STEPS, { actor: MRIPS.id, sector: POMOC.id })).toEqual(new Set());
  });
});

describe('actorsOf and sectorsOf', () => {
  it('lists actors once each, in order of first appearance', () => {
    expect(actorsOf(STEPS)).toEqual([GOPS, PCPR, NGO]);
  });

  it('lists sectors once each, in order of first appearance', () => {
    expect(sectorsOf(STEPS)).toEqual([POMOC, ZDROWIE, EDUKACJA]);
  });

  it('keeps the first of two differently labelled occurrences of the same id', () => {
    const renamed = [
      step('a', 'A', [GOPS], [POMOC], []),
      step('b', 'B', [PCPR, { ...GOPS, label: 'GOPS (inna nazwa)' }], [{ ...POMOC, label: 'inna etykieta' }, ZDROWIE], []),
    ];
    expect(actorsOf(renamed)).toEqual([GOPS, PCPR]);
    expect(sectorsOf(renamed)).toEqual([POMOC, ZDROWIE]);
  });

  it('lists nothing for steps without actors or sectors', () => {
    const bare = [step('a', 'A', [], [], [])];
    expect(actorsOf(bare)).toEqual([]);
    expect(sectorsOf(bare)).toEqual([]);
  });
});

/** The swimlane of STEPS: row 0 GOPS, row 1 PCPR, row 2 the NGO. */
const CELLS = swimlaneCells(STEPS, actorsOf(STEPS));
const cell = (row: number, column: number) => {
  const found = CELLS.find((candidate) => candidate.row === row && candidate.column === column);
  if (!found) throw new Error(`no cell ${row}:${column} in the fixture`);
  return found;
};

describe('swimlaneCells', () => {
  it('has a cell for each actor × step where the actor acts, row by row', () => {
    expect(CELLS).toEqual([
      { row: 0, column: 0, stepId: 'zgloszenie', actorId: GOPS.id },
      { row: 0, column: 1, stepId: 'diagnoza', actorId: GOPS.id },
      { row: 0, column: 3, stepId: 'wsparcie', actorId: GOPS.id },
      { row: 0, column: 4, stepId: 'monitorowanie', actorId: GOPS.id },
      { row: 1, column: 1, stepId: 'diagnoza', actorId: PCPR.id },
      { row: 1, column: 2, stepId: 'plan', actorId: PCPR.id },
      { row: 1, column: 5, stepId: 'zakonczenie', actorId: PCPR.id },
      { row: 2, column: 3, stepId: 'wsparcie', actorId: NGO.id },
    ]);
  });

  it('follows the order of the actors given, and leaves a row empty for an actor who acts nowhere', () => {
    expect(swimlaneCells(STEPS, [NGO, MRIPS, PCPR])).toEqual([
      { row: 0, column: 3, stepId: 'wsparcie', actorId: NGO.id },
      { row: 2, column: 1, stepId: 'diagnoza', actorId: PCPR.id },
      { row: 2, column: 2, stepId: 'plan', actorId: PCPR.id },
      { row: 2, column: 5, stepId: 'zakonczenie', actorId: PCPR.id },
    ]);
  });
});

describe('moveInSwimlane', () => {
  it('moves right and left along the row, over columns without a cell', () => {
    expect(moveInSwimlane(CELLS, cell(0, 1), 'ArrowRight')).toEqual(cell(0, 3));
    expect(moveInSwimlane(CELLS, cell(0, 3), 'ArrowLeft')).toEqual(cell(0, 1));
    expect(moveInSwimlane(CELLS, cell(1, 2), 'ArrowRight')).toEqual(cell(1, 5));
  });

  it('stops at the ends of the row', () => {
    expect(moveInSwimlane(CELLS, cell(0, 4), 'ArrowRight')).toEqual(cell(0, 4));
    expect(moveInSwimlane(CELLS, cell(0, 0), 'ArrowLeft')).toEqual(cell(0, 0));
    expect(moveInSwimlane(CELLS, cell(2, 3), 'ArrowRight')).toEqual(cell(2, 3));
    expect(moveInSwimlane(CELLS, cell(2, 3), 'ArrowLeft')).toEqual(cell(2, 3));
  });

  it('jumps to the ends of the row with Home and End', () => {
    expect(moveInSwimlane(CELLS, cell(0, 3), 'Home')).toEqual(cell(0, 0));
    expect(moveInSwimlane(CELLS, cell(0, 1), 'End')).toEqual(cell(0, 4));
    expect(moveInSwimlane(CELLS, cell(1, 2), 'Home')).toEqual(cell(1, 1));
    expect(moveInSwimlane(CELLS, cell(1, 2), 'End')).toEqual(cell(1, 5));
  });

  it('moves down to the nearest column of the next row', () => {
    expect(moveInSwimlane(CELLS, cell(0, 0), 'ArrowDown')).toEqual(cell(1, 1));
    expect(moveInSwimlane(CELLS, cell(0, 4), 'ArrowDown')).toEqual(cell(1, 5));
    expect(moveInSwimlane(CELLS, cell(1, 5), 'ArrowDown')).toEqual(cell(2, 3));
  });

  it('moves down one row only, even when a lower row has the same column', () => {
    expect(moveInSwimlane(CELLS, cell(0, 3), 'ArrowDown')).toEqual(cell(1, 2));
  });

  it('moves up to the nearest column of the previous row', () => {
    expect(moveInSwimlane(CELLS, cell(2, 3), 'ArrowUp')).toEqual(cell(1, 2));
    expect(moveInSwimlane(CELLS, cell(1, 5), 'ArrowUp')).toEqual(cell(0, 4));
    expect(moveInSwimlane(CELLS, cell(1, 1), 'ArrowUp')).toEqual(cell(0, 1));
  });

  it('takes the left one of two equally near cells', () => {
    // From column 2 the cells in columns 1 and 3 of the row above are both one column away.
    expect(moveInSwimlane(CELLS, cell(1, 2), 'ArrowUp')).toEqual(cell(0, 1));
  });

  it('takes the left one of two equally near cells when they are the only cells of the row', () => {
    const cells = [
      { row: 0, column: 1 },
      { row: 0, column: 3 },
      { row: 1, column: 2 },
    ];
    expect(moveInSwimlane(cells, { row: 1, column: 2 }, 'ArrowUp')).toEqual({ row: 0, column: 1 });
  });

  it('stays put at the top and bottom rows', () => {
    expect(moveInSwimlane(CELLS, cell(0, 3), 'ArrowUp')).toEqual(cell(0, 3));
    expect(moveInSwimlane(CELLS, cell(2, 3), 'ArrowDown')).toEqual(cell(2, 3));
  });

  it('passes over a row without cells', () => {
    const cells = swimlaneCells(STEPS, [GOPS, MRIPS, PCPR]);
    const at = (row: number, column: number) => cells.find((candidate) => candidate.row === row && candidate.column === column)!;
    expect(moveInSwimlane(cells, at(0, 1), 'ArrowDown')).toEqual({ row: 2, column: 1, stepId: 'diagnoza', actorId: PCPR.id });
    expect(moveInSwimlane(cells, at(2, 5), 'ArrowUp')).toEqual({ row: 0, column: 4, stepId: 'monitorowanie', actorId: GOPS.id });
  });

  it('ignores other keys', () => {
    expect(moveInSwimlane(CELLS, cell(1, 2), 'Enter')).toEqual(undefined);
    expect(moveInSwimlane(CELLS, cell(1, 2), 'Tab')).toEqual(undefined);
    expect(moveInSwimlane(CELLS, cell(1, 2), 'PageDown')).toEqual(undefined);
    expect(moveInSwimlane(CELLS, cell(1, 2), 'a')).toEqual(undefined);
  });
});
