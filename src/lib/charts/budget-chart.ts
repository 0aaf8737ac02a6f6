/**
 * Project budgets as horizontal stacked bars on one złoty scale: EU co-financing, the targeted
 * grant and the part the source does not split, each with its own texture. A project without a
 * value gets its name and "wartość: nie podano", never a bar of length zero.
 */
import { scaleLinear } from 'd3-scale';
import { interfaceText } from '../i18n/interface-text.ts';
import { toZloty } from '../money.ts';
import type { ChartText } from './chart-text.ts';
import type { BudgetPart, BudgetRow } from './figures.ts';
import { spacedTicks } from './axis-ticks.ts';
import { CHART_COLOURS } from './chart-colours.ts';
import { placeTip, renderMark, type Tip } from './chart-tip.ts';
import { legendLayout, type LegendItem } from './legend-layout.ts';
import { dotPattern, element, renderSvg, renderText, stripePattern, type Box, type SvgOptions } from './svg-markup.ts';
import { flowItems, fontOf, textBlock, wrapText, type TextLine } from './text-layout.ts';

export interface BudgetChartSize {
  /** viewBox width. */
  width: number;
  fontSize: number;
  barHeight: number;
  /** How many ticks the złoty axis aims for. */
  ticks: number;
}

/** For screens where the chart is at least 720 px wide (text stays ≥ 12 px). */
export const BUDGET_WIDE: BudgetChartSize = { width: 960, fontSize: 16, barHeight: 26, ticks: 8 };
/** For phones: 320 units wide, so 14-unit text is 12.6 px on a 288 px column. */
export const BUDGET_NARROW: BudgetChartSize = { width: 320, fontSize: 14, barHeight: 22, ticks: 4 };

const PAD = 4;
const PART_ORDER: readonly BudgetPart['key'][] = ['eu', 'grant', 'unspecified'];

/** The chart's words when none are given: Polish, the site's own language. */
const POLISH: ChartText = interfaceText('pl').charts;

export function moneyText(grosze: number, text: ChartText = POLISH): string {
  return text.money(grosze);
}

/** "wartość projektu: 16 607 151,36 zł", "… nie więcej niż …", or "wartość: nie podano". */
export function budgetValueText(row: BudgetRow, text: ChartText = POLISH): string {
  if (row.totalGrosze === undefined) return text.valueMissing;
  return text.value(moneyText(row.totalGrosze, text), row.totalIsCeiling);
}

/**
 * The parts as text, in the order of the bar. When the total is known, a co-financing part the
 * source does not give is written out as "nie podano", so the reader sees it is missing, not zero.
 */
export function budgetPartTexts(row: BudgetRow, text: ChartText = POLISH): string[] {
  const texts: string[] = [];
  for (const key of PART_ORDER) {
    const part = row.parts.find((candidate) => candidate.key === key);
    if (part) texts.push(`${text.partLabels[key]}: ${moneyText(part.grosze, text)}`);
    else if (key !== 'unspecified' && row.totalGrosze !== undefined) texts.push(`${text.partLabels[key]}: ${text.notGiven}`);
  }
  return texts;
}

/** Everything a row shows, in one sentence, for the mark's accessible name. */
export function budgetAriaLabel(row: BudgetRow, text: ChartText = POLISH): string {
  return [`${row.title}: ${budgetValueText(row, text)}`, ...budgetPartTexts(row, text)].join('; ') + '.';
}

/** "0 zł", "10 mln zł"; below two million the axis counts whole złoty. */
export function formatMoneyTick(zloty: number, domainMax: number, text: ChartText = POLISH): string {
  return text.moneyTick(zloty, domainMax);
}

export interface BudgetSegment extends Box {
  key: BudgetPart['key'];
}

export interface BudgetRowLayout {
  projectId: string;
  texts: TextLine[];
  segments: BudgetSegment[];
  ariaLabel: string;
  focus: Box;
  tip: Tip;
}

export interface AxisTick {
  x: number;
  label: TextLine;
}

export interface BudgetLayout {
  width: number;
  height: number;
  fontSize: number;
  legend: LegendItem<BudgetPart['key']>[];
  ticks: AxisTick[];
  /** Short vertical grid lines at the ticks, behind each bar (not through the text between bars). */
  grid: { x: number; top: number; bottom: number }[];
  rows: BudgetRowLayout[];
}

/**
 * Geometry of the budget chart for one size. Bars share one scale from 0 to the largest value, so
 * lengths compare across projects. Pure: the same rows and size always give the same layout.
 */
export function budgetLayout(rows: readonly BudgetRow[], size: BudgetChartSize, text: ChartText = POLISH): BudgetLayout {
  const first = buildBudgetLayout(rows, size, 0, text);
  const highestTip = Math.min(...first.rows.map((row) => row.tip.y), Infinity);
  // The first row's tooltip must not be cut off at the top of the chart: push everything down.
  return highestTip < 2 ? buildBudgetLayout(rows, size, 2 - highestTip, text) : first;
}

function barLength(row: BudgetRow): number {
  return row.totalGrosze ?? row.parts.reduce((sum, part) => sum + part.grosze, 0);
}

function buildBudgetLayout(rows: readonly BudgetRow[], size: BudgetChartSize, offset: number, text: ChartText): BudgetLayout {
  const { width, fontSize, barHeight } = size;
  const font = fontOf(fontSize);
  const innerWidth = width - 2 * PAD;
  const keys = PART_ORDER.filter((key) => rows.some((row) => row.parts.some((part) => part.key === key)));
  let y = offset;

  const legend =
    keys.length > 0
      ? legendLayout(
          keys.map((key) => ({ label: text.partLabels[key], value: key })),
          width,
          PAD,
          y,
          font,
        )
      : { items: [], bottom: y };
  y = legend.bottom + (keys.length > 0 ? font.lineHeight / 2 : 0);

  const maxZloty = Math.max(0, ...rows.map((row) => toZloty(barLength(row))));
  const scale = scaleLinear()
    .domain([0, maxZloty || 1])
    .nice(size.ticks)
    .range([PAD, width - PAD]);
  const domainMax = scale.domain()[1]!;
  const hasBars = rows.some((row) => row.parts.length > 0);

  const ticks: AxisTick[] = [];
  if (hasBars) {
    const spaced = spacedTicks(
      (count) => scale.ticks(count),
      (value) => scale(value),
      (value) => formatMoneyTick(value, domainMax, text),
      size.ticks,
      width,
      fontSize,
    );
    for (const tick of spaced) {
      ticks.push({ x: tick.x, label: { ...textBlock([tick.label], tick.x, y, font).lines[0]!, anchor: tick.anchor, className: 'chart-text--axis' } });
    }
    y += font.lineHeight + 6;
  }
  const grid: BudgetLayout['grid'] = [];
  y += font.lineHeight / 2;

  const rowLayouts: BudgetRowLayout[] = rows.map((row) => {
    const rowTop = y;
    const title = textBlock(wrapText(row.shortTitle, innerWidth, fontSize, true), PAD, y, font, { bold: true });
    const value = textBlock(wrapText(budgetValueText(row, text), innerWidth, fontSize), PAD, title.bottom, font, {
      className: row.totalGrosze === undefined ? 'chart-text--missing' : undefined,
    });
    y = value.bottom;
    const segments: BudgetSegment[] = [];
    let tipAnchorY = value.lines[0]!.y - fontSize;
    if (row.parts.length > 0) {
      const barTop = y + 6;
      let cumulative = 0;
      for (const key of PART_ORDER) {
        const part = row.parts.find((candidate) => candidate.key === key);
        if (!part) continue;
        const x0 = scale(toZloty(cumulative));
        cumulative += part.grosze;
        segments.push({ key, x: x0, y: barTop, width: scale(toZloty(cumulative)) - x0, height: barHeight });
      }
      tipAnchorY = barTop;
      for (const tick of ticks) grid.push({ x: tick.x, top: barTop - 4, bottom: barTop + barHeight + 4 });
      y = barTop + barHeight + 6;
    }
    const parts = textBlock(flowItems(budgetPartTexts(row, text), innerWidth, fontSize), PAD, y, font, { className: 'chart-text--secondary' });
    y = parts.bottom;
    const tip = placeTip(
      [{ text: row.shortTitle, bold: true }, { text: budgetValueText(row, text) }, ...budgetPartTexts(row, text).map((part) => ({ text: part }))],
      PAD,
      tipAnchorY,
      width,
      font,
    );
    const focus = { x: 0, y: rowTop - 4, width, height: y - rowTop + 8 };
    y += font.lineHeight;
    return { projectId: row.projectId, texts: [...title.lines, ...value.lines, ...parts.lines], segments, ariaLabel: budgetAriaLabel(row, text), focus, tip };
  });

  const bottom = y - font.lineHeight / 2;
  return { width, height: Math.ceil(bottom + 4), fontSize, legend: legend.items, ticks, grid, rows: rowLayouts };
}

function segmentFill(key: BudgetPart['key'], idPrefix: string): string {
  if (key === 'eu') return CHART_COLOURS.blue;
  if (key === 'grant') return `url(#${idPrefix}-dotacja)`;
  return `url(#${idPrefix}-bez-podzialu)`;
}

function renderSegment(box: Box & { key: BudgetPart['key'] }, idPrefix: string): string {
  return element('rect', {
    class: `chart-bar chart-bar--${box.key}`,
    x: box.x,
    y: box.y,
    width: Math.max(box.width, 0),
    height: box.height,
    fill: segmentFill(box.key, idPrefix),
    stroke: box.key === 'unspecified' ? CHART_COLOURS.text : '#ffffff',
    'stroke-width': box.key === 'unspecified' ? 1.5 : 1,
    'stroke-dasharray': box.key === 'unspecified' ? '5 3' : undefined,
  });
}

export function renderBudgetSvg(layout: BudgetLayout, options: SvgOptions): string {
  const { idPrefix } = options;
  const defs = element('defs', {}, [
    dotPattern(`${idPrefix}-dotacja`, CHART_COLOURS.green, '#cce2d8'),
    stripePattern(`${idPrefix}-bez-podzialu`, CHART_COLOURS.grey),
  ]);
  const legend = layout.legend.map((item) =>
    element('g', { class: 'chart-legend__item' }, [renderSegment({ ...item.swatch, key: item.value }, idPrefix), ...item.text.map(renderText)]),
  );
  const grid = layout.grid.map((line) => element('line', { class: 'chart-grid', x1: line.x, x2: line.x, y1: line.top, y2: line.bottom }));
  const ticks = layout.ticks.map((tick) => renderText(tick.label));
  const rows = layout.rows.map((row) => renderMark(row, [...row.segments.map((segment) => renderSegment(segment, idPrefix)), ...row.texts.map(renderText)]));
  return renderSvg({ ...options, width: layout.width, height: layout.height, fontSize: layout.fontSize }, [
    defs,
    element('g', { class: 'chart-legend', 'aria-hidden': 'true' }, legend),
    element('g', { class: 'chart-axis', 'aria-hidden': 'true' }, [...grid, ...ticks]),
    element('g', { class: 'chart-marks' }, rows),
  ]);
}
