import { describe, expect, it } from 'vitest';
import { PROJECTS, TODAY, formatSvg } from './__fixtures__/chart-fixtures.ts';
import { timelineRows } from './figures.ts';
import { TIMELINE_NARROW, TIMELINE_WIDE, timelineLayout } from './timeline-chart.ts';
import { renderTimelineSvg } from './timeline-svg.ts';

const rows = timelineRows(PROJECTS);

describe.each([
  ['wide', TIMELINE_WIDE],
  ['narrow', TIMELINE_NARROW],
])('the %s layout', (name, size) => {
  const layout = timelineLayout(rows, size, { today: TODAY, highlight: ['liderzy-kooperacji'] });

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
