/**
 * The projects on one time axis, with the build date marked as "dziś". How exactly a source gives a
 * period decides how its bar looks: exact dates are solid, a period given only in years is striped
 * with a dashed outline, and a period with only an end fades out to the left at a fixed length with
 * "początek: nie podano" beside it, so no start date is ever drawn that the source does not give.
 *
 * This module lays the chart out for a width; `timeline-texts.ts` words the periods and
 * `timeline-svg.ts` draws the layout.
 */
import { scaleUtc } from 'd3-scale';
import { utcDay, utcYear } from 'd3-time';
import type { TimelineRow } from './figures.ts';
import { placeTip, type Tip } from './chart-tip.ts';
import { legendLayout, type LegendEntry, type LegendItem } from './legend-layout.ts';
import type { Box } from './svg-markup.ts';
import { flowItems, fontOf, textBlock, textWidth, wrapText, type TextLine } from './text-layout.ts';
import { interfaceText } from '../i18n/interface-text.ts';
import type { ChartText } from './chart-text.ts';
import { periodStatus, periodText, programmeShortLabel, statusHeading, timelineAriaLabel, todayLabel, utcToday } from './timeline-texts.ts';

/** The chart's words when none are given: Polish, the site's own language. */
const POLISH: ChartText = interfaceText('pl').charts;

export interface TimelineChartSize {
  width: number;
  fontSize: number;
  barHeight: number;
  /** Length of the fading bar for a period whose start the source does not give. */
  openStartLength: number;
}

export const TIMELINE_WIDE: TimelineChartSize = { width: 960, fontSize: 16, barHeight: 22, openStartLength: 110 };
export const TIMELINE_NARROW: TimelineChartSize = { width: 320, fontSize: 14, barHeight: 18, openStartLength: 44 };

const PAD = 4;

/** Programme → series number, in the order programmes first appear, so colours are stable on every page. */
export function programmeSeries(rows: readonly TimelineRow[]): Map<string, number> {
  const series = new Map<string, number>();
  for (const row of rows) if (!series.has(row.programme)) series.set(row.programme, series.size);
  return series;
}

export type TimelineBarStyle = 'exact' | 'years' | 'open-start';

export interface TimelineBar extends Box {
  style: TimelineBarStyle;
  series: number;
}

export interface TimelineRowLayout {
  projectId: string;
  highlighted: boolean;
  texts: TextLine[];
  bar?: TimelineBar | undefined;
  ariaLabel: string;
  focus: Box;
  tip: Tip;
}

export interface TimelineLayout {
  width: number;
  height: number;
  fontSize: number;
  legend: LegendItem<LegendSwatch>[];
  /** Year labels, centred on their year. */
  years: TextLine[];
  /** Year boundaries, full height of the rows. */
  grid: { x: number; top: number; bottom: number }[];
  today?: { x: number; top: number; bottom: number; label: TextLine[] } | undefined;
  rows: TimelineRowLayout[];
}

export interface TimelineOptions {
  today: Date;
  /** Projects to highlight (a project page highlights its own among all). */
  highlight?: readonly string[] | undefined;
  /** The chart's words; Polish when left out. */
  text?: ChartText | undefined;
}

export function timelineLayout(rows: readonly TimelineRow[], size: TimelineChartSize, options: TimelineOptions): TimelineLayout {
  const first = buildTimelineLayout(rows, size, options, 0);
  const highestTip = Math.min(...first.rows.map((row) => row.tip.y), Infinity);
  return highestTip < 2 ? buildTimelineLayout(rows, size, options, 2 - highestTip) : first;
}

/** The day after `date`: bars end at the end of their last day, not its start. */
function dayAfter(date: Date): Date {
  return utcDay.offset(date, 1);
}

type LegendSwatch = Pick<TimelineBar, 'style' | 'series'>;

/** Programmes by colour, then how exactly each kind of period is given, in neutral grey. */
function legendEntries(rows: readonly TimelineRow[], series: Map<string, number>, text: ChartText): LegendEntry<LegendSwatch>[] {
  const entries: LegendEntry<LegendSwatch>[] = [...series].map(([programme, index]) => ({
    label: programmeShortLabel(programme),
    value: { style: 'exact', series: index },
  }));
  const neutral = -1;
  if (rows.some((row) => row.precision === 'day')) entries.push({ label: text.precisionLegend.day, value: { style: 'exact', series: neutral } });
  if (rows.some((row) => row.precision === 'year')) entries.push({ label: text.precisionLegend.year, value: { style: 'years', series: neutral } });
  if (rows.some((row) => row.precision === 'end-only')) entries.push({ label: text.startNotGiven, value: { style: 'open-start', series: neutral } });
  return entries;
}

function buildTimelineLayout(rows: readonly TimelineRow[], size: TimelineChartSize, options: TimelineOptions, offset: number): TimelineLayout {
  const text = options.text ?? POLISH;
  const { width, fontSize, barHeight } = size;
  const font = fontOf(fontSize);
  const today = utcToday(options.today);
  const highlight = new Set(options.highlight ?? []);
  const series = programmeSeries(rows);
  const innerWidth = width - 2 * PAD;
  let y = offset;

  const legend = legendLayout(legendEntries(rows, series, text), width, PAD, y, font);
  y = legend.bottom + font.lineHeight / 2;

  const dates = [today, dayAfter(today)];
  for (const row of rows) {
    if (row.start) dates.push(row.start);
    if (row.end) dates.push(dayAfter(row.end));
  }
  const domainStart = utcYear.floor(new Date(Math.min(...dates.map(Number))));
  const domainEnd = utcYear.ceil(new Date(Math.max(...dates.map(Number))));
  const scale = scaleUtc()
    .domain([domainStart, domainEnd])
    .range([PAD, width - PAD]);

  // "dziś" label above the year labels, kept inside the chart.
  const todayX = scale(today);
  // Right of the line when it fits there, else left of it, else wrapped on the roomier side.
  const roomRight = width - PAD - todayX - 4;
  const roomLeft = todayX - 4 - PAD;
  const todayFullWidth = textWidth(todayLabel(today, text), fontSize, true);
  const todayAnchor = todayFullWidth <= roomRight || (todayFullWidth > roomLeft && roomRight >= roomLeft) ? 'start' : 'end';
  const todayLines = wrapText(todayLabel(today, text), todayAnchor === 'start' ? roomRight : roomLeft, fontSize, true);
  const todayText = textBlock(todayLines, todayAnchor === 'end' ? todayX - 4 : todayX + 4, y, font, { bold: true, anchor: todayAnchor });
  y = todayText.bottom + 2;

  const yearStarts = utcYear.range(domainStart, domainEnd);
  const bandWidth = (width - 2 * PAD) / yearStarts.length;
  const every = Math.max(1, Math.ceil((textWidth('2000', fontSize) + 8) / bandWidth));
  const yearTop = y;
  const years = yearStarts
    .filter((_, index) => index % every === 0)
    .map((start) => {
      const centre = (scale(start) + scale(utcYear.offset(start, 1))) / 2;
      return { ...textBlock([String(start.getUTCFullYear())], centre, yearTop, font).lines[0]!, anchor: 'middle' as const, className: 'chart-text--axis' };
    });
  y += font.lineHeight + 6;
  const gridTop = y;
  y += font.lineHeight / 2;

  const rowLayouts: TimelineRowLayout[] = rows.map((row) => {
    const rowTop = y;
    const highlighted = highlight.has(row.projectId);
    const title = textBlock(wrapText(`${row.shortTitle}${highlighted ? text.thisProject : ''}`, innerWidth, fontSize, true), PAD, y, font, { bold: true });
    const info = textBlock(
      flowItems([programmeShortLabel(row.programme), ...periodText(row, text).split('; ')], innerWidth, fontSize),
      PAD,
      title.bottom,
      font,
      {
        className: 'chart-text--secondary',
      },
    );
    y = info.bottom + 6;
    const barTop = y;
    const texts = [...title.lines, ...info.lines];
    let bar: TimelineBar | undefined;
    const seriesIndex = series.get(row.programme) ?? 0;
    if (row.end && (row.precision === 'day' || row.precision === 'year')) {
      const x0 = scale(row.start!);
      bar = {
        x: x0,
        y: barTop,
        width: scale(dayAfter(row.end)) - x0,
        height: barHeight,
        style: row.precision === 'day' ? 'exact' : 'years',
        series: seriesIndex,
      };
    } else if (row.end && row.precision === 'end-only') {
      const x1 = scale(dayAfter(row.end));
      const x0 = Math.max(PAD, x1 - size.openStartLength);
      bar = { x: x0, y: barTop, width: x1 - x0, height: barHeight, style: 'open-start', series: seriesIndex };
      const label = text.startNotGiven;
      const labelWidth = textWidth(label, fontSize);
      if (x0 - 6 - labelWidth >= PAD) {
        texts.push({ x: x0 - 6, y: barTop + barHeight / 2 + fontSize * 0.35, text: label, anchor: 'end', className: 'chart-text--missing' });
      }
    }
    if (bar) y = barTop + barHeight;
    else y = info.bottom;
    const tip = placeTip(
      [
        { text: row.shortTitle, bold: true },
        { text: row.programme },
        { text: periodText(row, text) },
        { text: `${statusHeading(today, text)}: ${periodStatus(row, today, text)}` },
      ],
      bar ? bar.x : PAD,
      bar ? barTop : info.lines[0]!.y - fontSize,
      width,
      font,
    );
    const focus = { x: 0, y: rowTop - 4, width, height: y - rowTop + 8 };
    y += font.lineHeight;
    return {
      projectId: row.projectId,
      highlighted,
      texts,
      bar,
      ariaLabel: timelineAriaLabel(row, today, highlighted, text),
      focus,
      tip,
    };
  });

  const bottom = y - font.lineHeight / 2;
  const grid = [...yearStarts, domainEnd].map((date) => ({ x: scale(date), top: gridTop, bottom }));
  const todayLine = { x: todayX, top: todayText.lines[0]!.y - fontSize, bottom, label: todayText.lines };
  return { width, height: Math.ceil(bottom + 4), fontSize, legend: legend.items, years, grid, today: todayLine, rows: rowLayouts };
}
