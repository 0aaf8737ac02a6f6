import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ACHIEVED_INDICATOR, INDICATORS, SHORT_TITLES, expectInsideChart, formatSvg, wideLayoutBreakpoint } from './__fixtures__/chart-fixtures.ts';
import {
  achievedText,
  INDICATOR_NARROW,
  INDICATOR_WIDE,
  indicatorAriaLabel,
  indicatorDomain,
  indicatorLayout,
  indicatorValueText,
  kindLabel,
  progressPercent,
  renderIndicatorSvg,
} from './indicator-chart.ts';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
const [people, percent] = INDICATORS as [(typeof INDICATORS)[0], (typeof INDICATORS)[0]];

describe('texts', () => {
  it.each([
    [789, 'osoby', '789 osób'],
    [1, 'osoby', '1 osoba'],
    [50, '%', '50%'],
    [12.5, 'km', '12,5 km'],
  ])('writes %d %s as "%s"', (value, unit, expected) => {
    expect(plain(indicatorValueText(value, unit))).toBe(expected);
  });

  it('names the kind of indicator in Polish', () => {
    expect(kindLabel('rezultatu')).toBe('wskaźnik rezultatu');
    expect(kindLabel('produktu')).toBe('wskaźnik produktu');
  });

  it('writes "brak danych" for an achieved value no source gives, and the share of the target when one does', () => {
    expect(achievedText(people)).toBe('brak danych (źródło nie podaje)');
    expect(progressPercent(people)).toBeUndefined();
    expect(progressPercent(ACHIEVED_INDICATOR)).toBe(49.6);
    expect(plain(achievedText(ACHIEVED_INDICATOR))).toBe('412 osób (49,6% celu)');
  });

  it('gives the whole figure in the accessible name of the panel', () => {
    expect(plain(indicatorAriaLabel(percent, 'Koordynacja polityki społecznej na Podlasiu'))).toBe(
      `${percent.label} (wskaźnik rezultatu, projekt: Koordynacja polityki społecznej na Podlasiu): wartość docelowa 50%; wartość osiągnięta: brak danych (źródło nie podaje).`,
    );
  });
});

describe('indicatorDomain', () => {
  it('runs percentages from 0 to 100, whatever the target', () => {
    expect(indicatorDomain(percent, 5)).toEqual([0, 100]);
  });

  it('runs counts of people from 0 to a round number at or above the larger of target and achieved', () => {
    expect(indicatorDomain(people, 5)).toEqual([0, 800]);
    expect(indicatorDomain({ target: 830, unit: 'osoby', achieved: 1200 }, 5)).toEqual([0, 1200]);
  });
});

describe('indicatorLayout', () => {
  const layout = indicatorLayout([...INDICATORS, ACHIEVED_INDICATOR], SHORT_TITLES, INDICATOR_WIDE);
  const [peoplePanel, percentPanel, achievedPanel] = layout.panels as [(typeof layout.panels)[0], (typeof layout.panels)[0], (typeof layout.panels)[0]];

  it('gives each indicator its own panel; indicators in people share one scale, the percentage has its own', () => {
    expect(layout.panels.map((panel) => panel.indicatorId)).toEqual([
      'pracownicy-podniesione-kwalifikacje',
      'jst-z-planami-deinstytucjonalizacji',
      'przyklad-osiagniety',
    ]);
    expect(peoplePanel.ticks.map((tick) => tick.text)).toEqual(['0', '200', '400', '600', '800', '1000', 'osoby']);
    expect(achievedPanel.ticks.map((tick) => tick.text)).toEqual(['0', '200', '400', '600', '800', '1000', 'osoby']);
    expect(percentPanel.ticks.map((tick) => tick.text)).toEqual(['0%', '20%', '40%', '60%', '80%', '100%', 'odsetek']);
  });

  it('draws the target at its place on the scale, so a longer bar is always a larger number of people', () => {
    const track = percentPanel.missing!;
    expect(percentPanel.target.width / track.width).toBeCloseTo(0.5, 9);
    expect(peoplePanel.target.width / peoplePanel.missing!.width).toBeCloseTo(789 / 1000, 9);
    expect(peoplePanel.target.width).toBeLessThan(achievedPanel.target.width);
  });

  it('shows an empty dashed track with "brak danych" where the achieved value is not given, and no achieved bar', () => {
    expect(peoplePanel.achieved).toBeUndefined();
    expect(peoplePanel.missing).toBeDefined();
    expect(peoplePanel.texts.filter((text) => text.text === 'brak danych')).toHaveLength(1);
  });

  it('draws the achieved value as a bar when a source gives it', () => {
    expect(achievedPanel.missing).toBeUndefined();
    expect(achievedPanel.achieved!.width / achievedPanel.target.width).toBeCloseTo(412 / 830, 9);
    expect(achievedPanel.texts.map((text) => plain(text.text))).toContain('412 osób (49,6% celu)');
  });
});

describe.each([
  ['wide', INDICATOR_WIDE],
  ['narrow', INDICATOR_NARROW],
])('the %s layout', (name, size) => {
  const layout = indicatorLayout(INDICATORS, SHORT_TITLES, size);

  it('keeps every label and tooltip inside the chart', () => {
    const texts = layout.panels.flatMap((panel) => [...panel.texts, ...panel.ticks, ...panel.tip.lines]);
    expectInsideChart(
      layout.width,
      texts,
      layout.panels.map((panel) => panel.tip),
      size.fontSize,
    );
  });

  it('renders the same SVG for the fixed figures every time', async () => {
    const svg = renderIndicatorSvg(layout, { idPrefix: `wykres-${name}`, title: 'Wykres: wskaźniki', description: 'Opis.', className: `chart-svg--${name}` });
    await expect(formatSvg(svg)).toMatchFileSnapshot(`./__snapshots__/indicator-chart.${name}.svg`);
  });
});

describe('the SVG', () => {
  it('has one focusable mark per indicator and a dashed track for each missing achieved value', () => {
    const svg = renderIndicatorSvg(indicatorLayout(INDICATORS, SHORT_TITLES, INDICATOR_NARROW), {
      idPrefix: 'i',
      title: 'Wykres',
      description: 'Opis.',
      className: 'chart-svg--narrow',
    });
    expect(svg.match(/class="chart-mark" tabindex="0" role="img"/g)).toHaveLength(2);
    expect(svg.match(/class="chart-bar chart-bar--missing"[^>]*stroke-dasharray="6 4"/g)).toHaveLength(2);
  });
});

describe('readable on a 320 px phone', () => {
  const breakpoint = wideLayoutBreakpoint(readFileSync(new URL('../../styles/charts.css', import.meta.url), 'utf8'));
  it('keeps text at 12 px or more in both layouts', () => {
    expect((INDICATOR_WIDE.fontSize * breakpoint) / INDICATOR_WIDE.width).toBeGreaterThanOrEqual(12);
    expect((INDICATOR_NARROW.fontSize * 288) / INDICATOR_NARROW.width).toBeGreaterThanOrEqual(12);
  });
});
