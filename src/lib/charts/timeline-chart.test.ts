import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EASI, FERS, PO_WER, PROJECTS, TODAY, expectInsideChart, formatSvg, wideLayoutBreakpoint } from './__fixtures__/chart-fixtures.ts';
import { timelineRows, type TimelineRow } from './figures.ts';
import {
  periodStatus,
  periodText,
  programmeSeries,
  programmeShortLabel,
  renderTimelineSvg,
  TIMELINE_NARROW,
  TIMELINE_WIDE,
  timelineAriaLabel,
  timelineLayout,
  todayLabel,
  utcToday,
  type TimelineLayout,
} from './timeline-chart.ts';

const rows = timelineRows(PROJECTS);
const row = (id: string) => rows.find((candidate) => candidate.projectId === id)!;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('texts', () => {
  it.each([
    [EASI, 'EaSI 2014–2020'],
    [PO_WER, 'PO WER 2014–2020'],
    [FERS, 'FERS 2021–2027'],
    ['Program bez skrótu', 'Program bez skrótu'],
  ])('shortens %s to %s', (programme, expected) => {
    expect(programmeShortLabel(programme)).toBe(expected);
  });

  it.each([
    ['liderzy-kooperacji', '1 kwietnia 2018 – 30 listopada 2022'],
    ['model-kooperacji-dla-miast', 'lata 2018–2021 (źródło podaje tylko lata)'],
    ['dac-to-czego-naprawde-potrzeba', 'do 29 lutego 2024; początek: nie podano'],
  ])('%s: %s', (id, expected) => {
    expect(periodText(row(id))).toBe(expected);
  });

  it('labels today with the build date', () => {
    expect(todayLabel(new Date('2026-11-23T22:10:00Z'))).toBe('dziś (stan na 23 listopada 2026)');
    expect(utcToday(new Date('2026-11-23T22:10:00Z'))).toEqual(day('2026-11-23'));
  });

  it('says "okres: nie podano" for a project without a period', () => {
    const none: TimelineRow = { projectId: 'x', title: 'X', shortTitle: 'X', programme: PO_WER, precision: 'none', source: 's' };
    expect(periodText(none)).toBe('okres: nie podano');
    expect(periodStatus(none, TODAY)).toBe('nie wiadomo (okres: nie podano)');
  });

  it('names the project, programme, period and status in the accessible name, and says which is this page’s', () => {
    expect(timelineAriaLabel(row('dac-to-czego-naprawde-potrzeba'), TODAY, true)).toBe(
      `Dać to, czego naprawdę potrzeba: ${EASI}; do 29 lutego 2024; początek: nie podano; stan na 23 listopada 2026 (według dat ze źródła): zakończony. Projekt opisany na tej stronie.`,
    );
  });
});

describe('periodStatus', () => {
  const exact = row('koordynacja-polityki-spolecznej-podlaskie');
  const years = row('model-kooperacji-dla-miast');
  const endOnly = row('dac-to-czego-naprawde-potrzeba');
  it.each([
    [exact, '2023-09-30', 'jeszcze się nie rozpoczął'],
    [exact, '2023-10-01', 'w trakcie'],
    [exact, '2028-12-31', 'w trakcie'],
    [exact, '2029-01-01', 'zakończony'],
    [years, '2017-06-01', 'jeszcze się nie rozpoczął'],
    [years, '2018-06-01', 'nie wiadomo (źródło podaje tylko lata)'],
    [years, '2019-06-01', 'w trakcie'],
    [years, '2021-12-31', 'nie wiadomo (źródło podaje tylko lata)'],
    [years, '2022-01-01', 'zakończony'],
    [endOnly, '2024-02-29', 'nie wiadomo (początek: nie podano)'],
    [endOnly, '2024-03-01', 'zakończony'],
  ])('%#: on %s the project is "%s", as far as the source’s precision tells', (period, today, expected) => {
    expect(periodStatus(period, day(today))).toBe(expected);
  });
});

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
])('the %s layout', (name, size) => {
  const layout = timelineLayout(rows, size, { today: TODAY, highlight: ['liderzy-kooperacji'] });

  it('keeps every label, the "dziś" label and every tooltip inside the chart', () => {
    expectInsideChart(
      layout.width,
      allTexts(layout),
      layout.rows.map((row) => row.tip),
      size.fontSize,
    );
  });

  it('renders the same SVG for the fixed figures every time', async () => {
    const svg = renderTimelineSvg(layout, {
      idPrefix: `wykres-${name}`,
      title: 'Wykres: okresy realizacji projektów',
      description: 'Opis.',
      className: `chart-svg--${name}`,
    });
    await expect(formatSvg(svg)).toMatchFileSnapshot(`./__snapshots__/timeline-chart.${name}.svg`);
  });
});

describe('the SVG', () => {
  const svg = renderTimelineSvg(timelineLayout(rows, TIMELINE_NARROW, { today: TODAY }), {
    idPrefix: 't',
    title: 'Wykres',
    description: 'Opis.',
    className: 'chart-svg--narrow',
  });

  it('has one focusable mark per project and a visible "dziś" line', () => {
    expect(svg.match(/class="chart-mark" tabindex="0" role="img"/g)).toHaveLength(PROJECTS.length);
    expect(svg).toContain('class="chart-today"');
  });

  it('draws years-only periods striped and dashed, and the open start as a fade with a dashed edge', () => {
    expect(svg).toMatch(/class="chart-bar chart-bar--years"[^>]*fill="url\(#t-lata-2\)"[^>]*stroke-dasharray="6 4"/);
    expect(svg).toContain('<linearGradient id="t-od-0"');
    expect(svg).toMatch(/class="chart-bar chart-bar--open-start"/);
  });
});

describe('readable on a 320 px phone', () => {
  const breakpoint = wideLayoutBreakpoint(readFileSync(new URL('../../styles/charts.css', import.meta.url), 'utf8'));
  it('keeps text at 12 px or more in both layouts', () => {
    expect((TIMELINE_WIDE.fontSize * breakpoint) / TIMELINE_WIDE.width).toBeGreaterThanOrEqual(12);
    expect((TIMELINE_NARROW.fontSize * 288) / TIMELINE_NARROW.width).toBeGreaterThanOrEqual(12);
  });
});
