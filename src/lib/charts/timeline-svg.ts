/**
 * The timeline's SVG from its layout (`timeline-chart.ts`): bars in the style of how exactly each
 * period is given, with the stripe and fade textures they need, the legend, the year grid and the
 * "dziś" line.
 */
import { CHART_COLOURS, SERIES_COLOURS } from './chart-colours.ts';
import { renderMark } from './chart-tip.ts';
import { element, renderSvg, renderText, stripePattern, type SvgOptions } from './svg-markup.ts';
import type { TimelineBar, TimelineLayout } from './timeline-chart.ts';

function seriesColour(series: number): string {
  return series < 0 ? CHART_COLOURS.grey : SERIES_COLOURS[series % SERIES_COLOURS.length]!;
}

function renderBar(bar: TimelineBar, idPrefix: string): string {
  const colour = seriesColour(bar.series);
  const key = bar.series < 0 ? 'n' : String(bar.series);
  if (bar.style === 'exact') {
    return element('rect', { class: 'chart-bar chart-bar--exact', x: bar.x, y: bar.y, width: bar.width, height: bar.height, fill: colour });
  }
  if (bar.style === 'years') {
    return element('rect', {
      class: 'chart-bar chart-bar--years',
      x: bar.x,
      y: bar.y,
      width: bar.width,
      height: bar.height,
      fill: `url(#${idPrefix}-lata-${key})`,
      stroke: colour,
      'stroke-width': 2,
      'stroke-dasharray': '6 4',
    });
  }
  // Open start: fades in from the left, dashed along the top and bottom, a solid line at the known end.
  const right = bar.x + bar.width;
  return element('g', { class: 'chart-bar chart-bar--open-start' }, [
    element('rect', { x: bar.x, y: bar.y, width: bar.width, height: bar.height, fill: `url(#${idPrefix}-od-${key})` }),
    element('path', {
      d: `M${bar.x.toFixed(2)} ${bar.y.toFixed(2)}H${right.toFixed(2)}M${bar.x.toFixed(2)} ${(bar.y + bar.height).toFixed(2)}H${right.toFixed(2)}`,
      fill: 'none',
      stroke: colour,
      'stroke-width': 2,
      'stroke-dasharray': '4 4',
    }),
    element('line', { x1: right - 1.5, x2: right - 1.5, y1: bar.y - 3, y2: bar.y + bar.height + 3, stroke: colour, 'stroke-width': 3 }),
  ]);
}

function patternDefs(layout: TimelineLayout, idPrefix: string): string[] {
  const used = new Map<string, string>();
  const bars = [...layout.rows.flatMap((row) => (row.bar ? [row.bar] : [])), ...layout.legend.map((item) => item.value)];
  for (const bar of bars) {
    const key = bar.series < 0 ? 'n' : String(bar.series);
    const colour = seriesColour(bar.series);
    if (bar.style === 'years' && !used.has(`lata-${key}`)) used.set(`lata-${key}`, stripePattern(`${idPrefix}-lata-${key}`, colour));
    if (bar.style === 'open-start' && !used.has(`od-${key}`)) {
      used.set(
        `od-${key}`,
        element('linearGradient', { id: `${idPrefix}-od-${key}`, x1: 0, x2: 1, y1: 0, y2: 0 }, [
          element('stop', { offset: 0, 'stop-color': colour, 'stop-opacity': 0 }),
          element('stop', { offset: 1, 'stop-color': colour, 'stop-opacity': 1 }),
        ]),
      );
    }
  }
  return [...used.values()];
}

export function renderTimelineSvg(layout: TimelineLayout, options: SvgOptions): string {
  const { idPrefix } = options;
  const legend = layout.legend.map((item) =>
    element('g', { class: 'chart-legend__item' }, [renderBar({ ...item.swatch, ...item.value }, idPrefix), ...item.text.map(renderText)]),
  );
  const grid = layout.grid.map((line) => element('line', { class: 'chart-grid', x1: line.x, x2: line.x, y1: line.top, y2: line.bottom }));
  const today = layout.today
    ? [
        element('line', { class: 'chart-today', x1: layout.today.x, x2: layout.today.x, y1: layout.today.top, y2: layout.today.bottom }),
        ...layout.today.label.map(renderText),
      ]
    : [];
  const rows = layout.rows.map((row) =>
    renderMark({ ...row, className: row.highlighted ? 'chart-mark--highlighted' : undefined }, [
      ...(row.bar ? [renderBar(row.bar, idPrefix)] : []),
      ...row.texts.map(renderText),
    ]),
  );
  return renderSvg({ ...options, width: layout.width, height: layout.height, fontSize: layout.fontSize }, [
    element('defs', {}, patternDefs(layout, idPrefix)),
    element('g', { class: 'chart-legend', 'aria-hidden': 'true' }, legend),
    element('g', { class: 'chart-axis', 'aria-hidden': 'true' }, [...grid, ...layout.years.map(renderText)]),
    element('g', { class: 'chart-today-marker' }, today),
    element('g', { class: 'chart-marks' }, rows),
  ]);
}
