import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EASI, FERS, PO_WER, PROJECTS, TODAY, expectInsideChart, wideLayoutBreakpoint } from './__fixtures__/chart-fixtures.ts';
import { timelineRows } from './figures.ts';
import { programmeSeries, TIMELINE_NARROW, TIMELINE_WIDE, timelineLayout, type TimelineLayout } from './timeline-chart.ts';

const rows = timelineRows(PROJECTS);

describe('timelineLayout', () => {
  const layout = timelineLayout(rows, TIMELINE_WIDE, { today: TODAY, highlight: ['liderzy-kooperacji'] });
  const bar = (id: string) => layout.rows.find((candidate) => candidate.projectId === id)!.bar!;
  /** x of a date on the layout's axis, from the year grid lines (1 January of each year). */
  const yearX = (year: number) => layout.grid[year - 2018]!.x;

  it('runs the axis over whole years, from the earliest start to the year after the latest end', () => {
    expect(layout.years.map((label) => label.text)).toEqual(['2018', '2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027', '2028']);
    expect(layout.grid).toHaveLength(12);
  });

  it('draws exact dates solid, to the end of the last day', () => {
    expect(bar('liderzy-kooperacji').style).toBe('exact');
    const koordynacja = bar('koordynacja-polityki-spolecznej-podlaskie');
    expect(koordynacja.x + koordynacja.width).toBeCloseTo(yearX(2029), 6);
  });

  it('draws a period given in years as whole years, in its own style', () => {
    const years = bar('model-kooperacji-dla-miast');
    expect(years.style).toBe('years');
    expect(years.x).toBeCloseTo(yearX(2018), 6);
    expect(years.x + years.width).toBeCloseTo(yearX(2022), 6);
  });

  it('ends an open-start bar at the known end and gives it a fixed length, never a start date', () => {
    const open = bar('dac-to-czego-naprawde-potrzeba');
    expect(open.style).toBe('open-start');
    expect(open.width).toBe(TIMELINE_WIDE.openStartLength);
    const dayWidth = (yearX(2025) - yearX(2024)) / 366;
    expect(open.x + open.width).toBeCloseTo(yearX(2024) + 60 * dayWidth, 6);
    const texts = layout.rows.find((candidate) => candidate.projectId === 'dac-to-czego-naprawde-potrzeba')!.texts.map((text) => text.text);
    expect(texts).toContain('początek: nie podano');
  });

  it('marks today at the build date, labelled with it', () => {
    const dayWidth = (yearX(2027) - yearX(2026)) / 365;
    expect(layout.today!.x).toBeCloseTo(yearX(2026) + 326 * dayWidth, 6);
    expect(layout.today!.label.map((line) => line.text).join(' ')).toBe('dziś (stan na 23 listopada 2026)');
  });

  it('highlights the page’s project with a text, not only a background', () => {
    const highlighted = layout.rows.filter((candidate) => candidate.highlighted);
    expect(highlighted.map((candidate) => candidate.projectId)).toEqual(['liderzy-kooperacji']);
    expect(highlighted[0]!.texts[0]!.text).toBe('Liderzy Kooperacji (ten projekt)');
  });

  it('gives each programme its own series in the order programmes first appear', () => {
    expect([...programmeSeries(rows)]).toEqual([
      [EASI, 0],
      [FERS, 1],
      [PO_WER, 2],
    ]);
    expect(layout.legend.map((item) => item.text.map((line) => line.text).join(' '))).toEqual([
      'EaSI 2014–2020',
      'FERS 2021–2027',
      'PO WER 2014–2020',
      'okres podany co do dnia',
      'okres podany tylko w latach',
      'początek: nie podano',
    ]);
  });
});

function allTexts(layout: TimelineLayout) {
  return [
    ...layout.legend.flatMap((item) => item.text),
    ...layout.years,
    ...(layout.today?.label ?? []),
    ...layout.rows.flatMap((row) => [...row.texts, ...row.tip.lines]),
  ];
}

describe.each([
  ['wide', TIMELINE_WIDE],
  ['narrow', TIMELINE_NARROW],
])('the %s layout', (_name, size) => {
  const layout = timelineLayout(rows, size, { today: TODAY, highlight: ['liderzy-kooperacji'] });

  it('keeps every label, the "dziś" label and every tooltip inside the chart', () => {
    expectInsideChart(
      layout.width,
      allTexts(layout),
      layout.rows.map((row) => row.tip),
      size.fontSize,
    );
  });
});

describe('readable on a 320 px phone', () => {
  const breakpoint = wideLayoutBreakpoint(readFileSync(new URL('../../styles/charts.css', import.meta.url), 'utf8'));
  it('keeps text at 12 px or more in both layouts', () => {
    expect((TIMELINE_WIDE.fontSize * breakpoint) / TIMELINE_WIDE.width).toBeGreaterThanOrEqual(12);
    expect((TIMELINE_NARROW.fontSize * 288) / TIMELINE_NARROW.width).toBeGreaterThanOrEqual(12);
  });
});
