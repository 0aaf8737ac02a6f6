import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROJECTS, expectInsideChart, formatSvg, wideLayoutBreakpoint } from './__fixtures__/chart-fixtures.ts';
import {
  BUDGET_NARROW,
  BUDGET_WIDE,
  budgetAriaLabel,
  budgetLayout,
  budgetPartTexts,
  budgetValueText,
  formatMoneyTick,
  renderBudgetSvg,
  type BudgetLayout,
} from './budget-chart.ts';
import { budgetRows } from './figures.ts';
import type { TextLine } from './text-layout.ts';

const rows = budgetRows(PROJECTS);
const row = (id: string) => rows.find((candidate) => candidate.projectId === id)!;
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('texts', () => {
  it.each([
    ['koordynacja-polityki-spolecznej-podlaskie', 'wartość projektu: 16 607 151,36 zł'],
    ['model-kooperacji-dla-miast', 'wartość projektu: nie więcej niż 12 894 064,00 zł'],
    ['dac-to-czego-naprawde-potrzeba', 'wartość: nie podano'],
  ])('%s: %s', (id, expected) => {
    expect(plain(budgetValueText(row(id)))).toBe(expected);
  });

  it('lists the parts in bar order, writing a part the source does not give as "nie podano"', () => {
    expect(budgetPartTexts(row('liderzy-kooperacji')).map(plain)).toEqual([
      'dofinansowanie z UE: nie podano',
      'dotacja celowa: 4 655 373,79 zł',
      'część, której źródło nie rozbija (nie podano): 26 368 338,77 zł',
    ]);
    expect(budgetPartTexts(row('koordynacja-polityki-spolecznej-podlaskie')).map(plain)).toEqual([
      'dofinansowanie z UE: 13 704 221,30 zł',
      'dotacja celowa: 2 902 930,06 zł',
    ]);
  });

  it('says nothing about parts of a project that has no value at all', () => {
    expect(budgetPartTexts(row('dac-to-czego-naprawde-potrzeba'))).toEqual([]);
  });

  it('gives the whole figure in the accessible name of the mark', () => {
    expect(plain(budgetAriaLabel(row('model-kooperacji-dla-miast')))).toBe(
      'Model kooperacji dla miast w makroregionie pięciu województw: wartość projektu: nie więcej niż 12 894 064,00 zł; dofinansowanie z UE: nie podano; dotacja celowa: nie podano; część, której źródło nie rozbija (nie podano): 12 894 064,00 zł.',
    );
  });

  it.each([
    [0, 35_000_000, '0 zł'],
    [5_000_000, 35_000_000, '5 mln zł'],
    [2_500_000, 3_000_000, '2,5 mln zł'],
    [500_000, 1_000_000, '500 000 zł'],
  ])('labels the axis tick %d (scale to %d) as %s', (value, max, expected) => {
    expect(plain(formatMoneyTick(value, max))).toBe(expected);
  });
});

describe('budgetLayout', () => {
  const layout = budgetLayout(rows, BUDGET_WIDE);
  const rowLayout = (id: string) => layout.rows.find((candidate) => candidate.projectId === id)!;
  const end = (id: string) => {
    const segments = rowLayout(id).segments;
    return segments.at(-1)!.x + segments.at(-1)!.width;
  };

  it('puts every bar on one scale from 0, so lengths compare across projects', () => {
    const start = rowLayout('liderzy-kooperacji').segments[0]!.x;
    const length = (id: string) => end(id) - start;
    expect(length('koordynacja-polityki-spolecznej-podlaskie') / length('liderzy-kooperacji')).toBeCloseTo(16607151.36 / 31023712.56, 6);
    expect(length('model-kooperacji-dla-miast') / length('liderzy-kooperacji')).toBeCloseTo(12894064 / 31023712.56, 6);
  });

  it('stacks the parts end to end in the order EU, grant, not split', () => {
    const segments = rowLayout('koordynacja-polityki-spolecznej-podlaskie').segments;
    expect(segments.map((segment) => segment.key)).toEqual(['eu', 'grant']);
    expect(segments[1]!.x).toBeCloseTo(segments[0]!.x + segments[0]!.width, 9);
    expect(segments[0]!.width / (segments[0]!.width + segments[1]!.width)).toBeCloseTo(13704221.3 / 16607151.36, 9);
    expect(rowLayout('liderzy-kooperacji').segments.map((segment) => segment.key)).toEqual(['grant', 'unspecified']);
  });

  it('draws no bar, not even one of length zero, for a project without a value', () => {
    expect(rowLayout('dac-to-czego-naprawde-potrzeba').segments).toEqual([]);
    expect(rowLayout('lokalne-programy-opieki-wytchnieniowej').texts.map((text) => text.text)).toContain('wartość: nie podano');
  });

  it('has a legend entry for each kind of part shown', () => {
    expect(layout.legend.map((item) => item.value)).toEqual(['eu', 'grant', 'unspecified']);
  });

  it('has no axis and no legend when no project has a value', () => {
    const empty = budgetLayout(budgetRows([PROJECTS[0]!]), BUDGET_NARROW);
    expect(empty.ticks).toEqual([]);
    expect(empty.legend).toEqual([]);
    expect(empty.rows[0]!.texts.map((text) => text.text)).toEqual(['Dać to, czego naprawdę potrzeba', 'wartość: nie podano']);
  });

  it('scales a single project to its own value', () => {
    const single = budgetLayout(budgetRows([PROJECTS[2]!]), BUDGET_WIDE);
    const last = single.rows[0]!.segments.at(-1)!;
    expect(last.x + last.width).toBeGreaterThan(BUDGET_WIDE.width * 0.8);
  });
});

function allTexts(layout: BudgetLayout): TextLine[] {
  return [
    ...layout.legend.flatMap((item) => item.text),
    ...layout.ticks.map((tick) => tick.label),
    ...layout.rows.flatMap((row) => [...row.texts, ...row.tip.lines]),
  ];
}

describe.each([
  ['wide', BUDGET_WIDE],
  ['narrow', BUDGET_NARROW],
])('the %s layout', (name, size) => {
  const layout = budgetLayout(rows, size);

  it('keeps every label and tooltip inside the chart', () => {
    expectInsideChart(
      layout.width,
      allTexts(layout),
      layout.rows.map((row) => row.tip),
      size.fontSize,
    );
  });

  it('renders the same SVG for the fixed figures every time', async () => {
    const svg = renderBudgetSvg(layout, {
      idPrefix: `wykres-${name}`,
      title: 'Wykres: budżety projektów',
      description: 'Opis.',
      className: `chart-svg--${name}`,
    });
    await expect(formatSvg(svg)).toMatchFileSnapshot(`./__snapshots__/budget-chart.${name}.svg`);
  });
});

describe('the SVG', () => {
  const svg = renderBudgetSvg(budgetLayout(rows, BUDGET_NARROW), {
    idPrefix: 'b',
    title: 'Wykres: budżety',
    description: 'Opis.',
    className: 'chart-svg--narrow',
  });

  it('is named and scales with its viewBox', () => {
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart-svg chart-svg--narrow" viewBox="0 0 320 \d+" font-size="14" role="group" aria-label="Wykres: budżety" aria-describedby="b-opis">/,
    );
  });

  it('has one focusable mark per project, each followed by its tooltip', () => {
    expect(svg.match(/class="chart-mark" tabindex="0" role="img"/g)).toHaveLength(PROJECTS.length);
    expect(svg.match(/<\/g><g class="chart-tip" aria-hidden="true">/g)).toHaveLength(PROJECTS.length);
  });

  it('marks the unsplit part by texture and a dashed outline, not by colour alone', () => {
    expect(svg).toContain('fill="url(#b-bez-podzialu)" stroke="#0b0c0c" stroke-width="1.5" stroke-dasharray="5 3"');
    expect(svg).toContain('<pattern id="b-dotacja"');
  });
});

describe('readable on a 320 px phone', () => {
  const breakpoint = wideLayoutBreakpoint(readFileSync(new URL('../../styles/charts.css', import.meta.url), 'utf8'));

  it('switches to the wide layout only where its text is at least 12 px', () => {
    expect((BUDGET_WIDE.fontSize * breakpoint) / BUDGET_WIDE.width).toBeGreaterThanOrEqual(12);
  });

  it('draws the narrow layout with text of at least 12 px in a 288 px column (320 px minus page margins)', () => {
    expect((BUDGET_NARROW.fontSize * 288) / BUDGET_NARROW.width).toBeGreaterThanOrEqual(12);
  });
});
