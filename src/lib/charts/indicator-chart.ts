/**
 * Indicator targets as small multiples: each indicator in its own panel on its own scale, because
 * units differ (osoby, %) and one shared axis would compare numbers that cannot be compared. The
 * achieved value is drawn only when a source gives it; otherwise the panel shows an empty dashed
 * track with "brak danych".
 */
import { scaleLinear } from 'd3-scale';
import { formatIndicatorValue, formatNumberPl } from '../numbers.ts';
import { indicatorKinds } from '../vocabulary.ts';
import { progressShare, type IndicatorFigures } from './figures.ts';
import { spacedTicks } from './axis-ticks.ts';
import { CHART_COLOURS } from './chart-colours.ts';
import { placeTip, renderMark, type Tip } from './chart-tip.ts';
import { element, renderSvg, renderText, type Box, type SvgOptions } from './svg-markup.ts';
import { fontOf, textBlock, textWidth, wrapText, type TextLine } from './text-layout.ts';

export interface IndicatorChartSize {
  width: number;
  fontSize: number;
  barHeight: number;
  ticks: number;
}

export const INDICATOR_WIDE: IndicatorChartSize = { width: 960, fontSize: 16, barHeight: 24, ticks: 5 };
export const INDICATOR_NARROW: IndicatorChartSize = { width: 320, fontSize: 14, barHeight: 20, ticks: 4 };

const PAD = 4;

/** "789 osób", "50%"; other units after the number. */
export function indicatorValueText(value: number, unit: string): string {
  if (unit === 'osoby' || unit === '%') return formatIndicatorValue(value, unit);
  return `${formatNumberPl(value)} ${unit}`;
}

export function kindLabel(kind: string): string {
  return kind in indicatorKinds ? indicatorKinds[kind as keyof typeof indicatorKinds] : `wskaźnik ${kind}`;
}

/** Achieved as a percentage of the target, rounded to one decimal, when a source gives the achieved value. */
export function progressPercent(indicator: Pick<IndicatorFigures, 'target' | 'achieved'>): number | undefined {
  const share = progressShare(indicator);
  return share === undefined ? undefined : Math.round(share * 1000) / 10;
}

export function achievedText(indicator: Pick<IndicatorFigures, 'target' | 'achieved' | 'unit'>): string {
  if (indicator.achieved === undefined) return 'brak danych (źródło nie podaje)';
  const percent = progressPercent(indicator);
  const value = indicatorValueText(indicator.achieved, indicator.unit);
  return percent === undefined ? value : `${value} (${formatNumberPl(percent)}% celu)`;
}

export function indicatorAriaLabel(indicator: IndicatorFigures, projectTitle: string): string {
  return `${indicator.label} (${kindLabel(indicator.kind)}, projekt: ${projectTitle}): wartość docelowa ${indicatorValueText(indicator.target, indicator.unit)}; wartość osiągnięta: ${achievedText(indicator)}.`;
}

/**
 * The panel's scale: 0–100 for percentages, otherwise 0 to a round number above the largest value
 * among `peers` in the same unit, so two counts of people side by side are drawn to one scale and
 * a longer bar always means a larger number.
 */
export function indicatorDomain(
  indicator: Pick<IndicatorFigures, 'target' | 'achieved' | 'unit'>,
  ticks: number,
  peers: readonly Pick<IndicatorFigures, 'target' | 'achieved' | 'unit'>[] = [indicator],
): [number, number] {
  const sameUnit = [indicator, ...peers.filter((peer) => peer.unit === indicator.unit)];
  const largest = Math.max(...sameUnit.map((item) => Math.max(item.target, item.achieved ?? 0)));
  if (indicator.unit === '%') return [0, Math.max(100, largest)];
  const domain = scaleLinear()
    .domain([0, largest || 1])
    .nice(ticks)
    .domain();
  return [domain[0]!, domain[1]!];
}

export interface IndicatorPanelLayout {
  indicatorId: string;
  texts: TextLine[];
  target: Box;
  /** The achieved bar, when a source gives the value. */
  achieved?: Box | undefined;
  /** The empty dashed track shown instead when it does not. */
  missing?: Box | undefined;
  ticks: TextLine[];
  grid: { x: number; top: number; bottom: number }[];
  /** Line above the panel separating it from the previous one. */
  separator?: number | undefined;
  ariaLabel: string;
  focus: Box;
  tip: Tip;
}

export interface IndicatorLayout {
  width: number;
  height: number;
  fontSize: number;
  panels: IndicatorPanelLayout[];
}

export function indicatorLayout(
  indicators: readonly IndicatorFigures[],
  projectTitles: ReadonlyMap<string, string>,
  size: IndicatorChartSize,
): IndicatorLayout {
  const first = buildIndicatorLayout(indicators, projectTitles, size, 0);
  const highestTip = Math.min(...first.panels.map((panel) => panel.tip.y), Infinity);
  return highestTip < 2 ? buildIndicatorLayout(indicators, projectTitles, size, 2 - highestTip) : first;
}

function buildIndicatorLayout(
  indicators: readonly IndicatorFigures[],
  projectTitles: ReadonlyMap<string, string>,
  size: IndicatorChartSize,
  offset: number,
): IndicatorLayout {
  const { width, fontSize, barHeight } = size;
  const font = fontOf(fontSize);
  const innerWidth = width - 2 * PAD;
  const labelColumn = Math.ceil(textWidth('osiągnięto', fontSize) + 10);
  const barLeft = PAD + labelColumn;
  let y = offset;

  const panels = indicators.map((indicator, index): IndicatorPanelLayout => {
    const separator = index > 0 ? y - font.lineHeight / 2 : undefined;
    const panelTop = y;
    const projectTitle = projectTitles.get(indicator.projectId) ?? indicator.projectId;
    const title = textBlock(wrapText(indicator.label, innerWidth, fontSize, true), PAD, y, font, { bold: true });
    const meta = textBlock(wrapText(`${kindLabel(indicator.kind)} · projekt: ${projectTitle}`, innerWidth, fontSize), PAD, title.bottom, font, {
      className: 'chart-text--secondary',
    });
    y = meta.bottom + 8;

    const [low, high] = indicatorDomain(indicator, size.ticks, indicators);
    const tickLabel = (value: number) => (indicator.unit === '%' ? `${formatNumberPl(value)}%` : formatNumberPl(value));
    // Room for half of the last tick's label, centred on the end of the scale.
    const barRight = width - PAD - Math.ceil(textWidth(tickLabel(high), fontSize) / 2);
    const scale = scaleLinear().domain([low, high]).range([barLeft, barRight]);
    const texts = [...title.lines, ...meta.lines];
    const rowGap = 8;
    const labelBaseline = (top: number) => top + barHeight / 2 + fontSize * 0.35;

    // Target row.
    const targetTop = y;
    const target = { x: barLeft, y: targetTop, width: scale(indicator.target) - barLeft, height: barHeight };
    texts.push({ x: PAD, y: labelBaseline(targetTop), text: 'cel' });
    const targetText = indicatorValueText(indicator.target, indicator.unit);
    const targetTextWidth = textWidth(targetText, fontSize, true);
    const outside = target.x + target.width + 6 + targetTextWidth <= width - PAD;
    texts.push(
      outside
        ? { x: target.x + target.width + 6, y: labelBaseline(targetTop), text: targetText, bold: true }
        : { x: target.x + target.width - 6, y: labelBaseline(targetTop), text: targetText, bold: true, anchor: 'end', className: 'chart-text--on-bar' },
    );

    // Achieved row: a bar when given, an empty dashed track with "brak danych" when not.
    const achievedTop = targetTop + barHeight + rowGap;
    texts.push({ x: PAD, y: labelBaseline(achievedTop), text: 'osiągnięto' });
    let achieved: Box | undefined;
    let missing: Box | undefined;
    if (indicator.achieved === undefined) {
      missing = { x: barLeft, y: achievedTop, width: barRight - barLeft, height: barHeight };
      texts.push({ x: barLeft + 8, y: labelBaseline(achievedTop), text: 'brak danych', className: 'chart-text--missing' });
    } else {
      achieved = { x: barLeft, y: achievedTop, width: scale(indicator.achieved) - barLeft, height: barHeight };
      const text = achievedText(indicator);
      const fits = achieved.x + achieved.width + 6 + textWidth(text, fontSize) <= width - PAD;
      texts.push(
        fits
          ? { x: achieved.x + achieved.width + 6, y: labelBaseline(achievedTop), text }
          : { x: achieved.x + achieved.width - 6, y: labelBaseline(achievedTop), text, anchor: 'end', className: 'chart-text--on-bar' },
      );
    }
    const barsBottom = achievedTop + barHeight;

    // Ticks of this panel's own scale, with the unit in the label column.
    const tickTop = barsBottom + 6;
    const spaced = spacedTicks(
      (count) => scale.ticks(count),
      (value) => scale(value),
      tickLabel,
      size.ticks,
      width,
      fontSize,
    );
    const ticks: TextLine[] = spaced.map((tick) => ({
      ...textBlock([tick.label], tick.x, tickTop, font).lines[0]!,
      anchor: 'middle',
      className: 'chart-text--axis',
    }));
    const unitLabel = indicator.unit === '%' ? 'odsetek' : indicator.unit;
    ticks.push({ ...textBlock([unitLabel], PAD, tickTop, font).lines[0]!, anchor: 'start', className: 'chart-text--axis' });
    const grid = spaced.map((tick) => ({ x: tick.x, top: targetTop - 4, bottom: barsBottom + 4 }));
    y = tickTop + font.lineHeight;

    const tip = placeTip(
      [
        { text: `cel: ${targetText}`, bold: true },
        { text: `osiągnięto: ${achievedText(indicator)}` },
        { text: `skala od ${formatNumberPl(low)} do ${indicatorValueText(high, indicator.unit)}` },
      ],
      barLeft,
      targetTop,
      width,
      font,
    );
    const focus = { x: 0, y: panelTop - 4, width, height: y - panelTop + 8 };
    y += font.lineHeight * 1.5;
    return {
      indicatorId: indicator.id,
      texts,
      target,
      achieved,
      missing,
      ticks,
      grid,
      separator,
      ariaLabel: indicatorAriaLabel(indicator, projectTitle),
      focus,
      tip,
    };
  });

  return { width, height: Math.ceil(y - font.lineHeight * 1.5 + 4), fontSize, panels };
}

export function renderIndicatorSvg(layout: IndicatorLayout, options: SvgOptions): string {
  const panels = layout.panels.map((panel) => {
    const decoration = element('g', { class: 'chart-axis', 'aria-hidden': 'true' }, [
      ...(panel.separator === undefined
        ? []
        : [element('line', { class: 'chart-separator', x1: 0, x2: layout.width, y1: panel.separator, y2: panel.separator })]),
      ...panel.grid.map((line) => element('line', { class: 'chart-grid', x1: line.x, x2: line.x, y1: line.top, y2: line.bottom })),
      ...panel.ticks.map(renderText),
    ]);
    const shapes = [
      element('rect', { class: 'chart-bar chart-bar--target', ...panel.target, fill: CHART_COLOURS.blue }),
      ...(panel.achieved ? [element('rect', { class: 'chart-bar chart-bar--achieved', ...panel.achieved, fill: CHART_COLOURS.green })] : []),
      ...(panel.missing
        ? [
            element('rect', {
              class: 'chart-bar chart-bar--missing',
              ...panel.missing,
              fill: 'none',
              stroke: CHART_COLOURS.grey,
              'stroke-width': 1.5,
              'stroke-dasharray': '6 4',
            }),
          ]
        : []),
    ];
    return decoration + renderMark(panel, [...shapes, ...panel.texts.map(renderText)]);
  });
  return renderSvg({ ...options, width: layout.width, height: layout.height, fontSize: layout.fontSize }, [element('g', { class: 'chart-marks' }, panels)]);
}
