/**
 * Small building blocks the chart layouts share: SVG markup from plain data (escaped, decimals
 * rounded, so snapshots are stable), text width estimates for wrapping labels without a DOM, and
 * the tooltip box every focusable mark carries.
 */
import { escapeMarkup } from '../escape-markup.ts';

/** Colours with at least 3:1 contrast on white (WCAG 1.4.11), from the GOV.UK palette. */
export const CHART_COLOURS = {
  text: '#0b0c0c',
  secondaryText: '#4a4d4f',
  grid: '#d4d6d8',
  axis: '#505a5f',
  blue: '#1d70b8',
  green: '#00703c',
  purple: '#4c2c92',
  brown: '#8a5a1f',
  darkBlue: '#003078',
  grey: '#505a5f',
  highlight: '#fff7bf',
} as const;

/** Series colours in the order they are handed out. */
export const SERIES_COLOURS: readonly string[] = [CHART_COLOURS.blue, CHART_COLOURS.green, CHART_COLOURS.purple, CHART_COLOURS.brown, CHART_COLOURS.darkBlue];

/** A coordinate for an attribute: at most two decimals, never "-0". */
export function coordinate(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export type AttributeValue = string | number | boolean | undefined;

/** `<tag a="1">children</tag>` (or `<tag a="1"/>`); attributes that are undefined or false are left out. */
export function element(tag: string, attributes: Record<string, AttributeValue>, children: readonly string[] = []): string {
  const attributeText = Object.entries(attributes)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${typeof value === 'number' ? coordinate(value) : escapeMarkup(value as string)}"`))
    .join('');
  // Inline SVG in HTML accepts self-closing elements, which keeps the markup short.
  return children.length === 0 ? `<${tag}${attributeText}/>` : `<${tag}${attributeText}>${children.join('')}</${tag}>`;
}

/**
 * Glyph widths in em, measured against DejaVu Sans (what `system-ui` falls back to on Linux, wider
 * than Segoe UI, San Francisco or Roboto) and rounded up, so estimated text never spills.
 */
function glyphWidth(char: string): number {
  if (/[\s.,:;'|!()[\]]/.test(char)) return 0.34;
  if (/[ijlft]/.test(char)) return 0.34;
  if (/[r]/.test(char)) return 0.44;
  if (/[mwMW–—]/.test(char)) return 0.98;
  if (/[0-9]/.test(char)) return 0.66;
  if (/[A-ZĄĆĘŁŃÓŚŹŻ]/.test(char)) return 0.76;
  return 0.64;
}

/** Estimated width of a text in user units; bold text runs about 12% wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const char of text) ems += glyphWidth(char);
  return ems * fontSize * (bold ? 1.12 : 1);
}

/** Breaks a text into lines no wider than `maxWidth`, at spaces; a single word longer than a line stays whole. */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const words = text.split(/ +/).filter((word) => word !== '');
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current === '' ? word : `${current} ${word}`;
    if (current !== '' && textWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current !== '') lines.push(current);
  return lines.length > 0 ? lines : [''];
}

/**
 * Items such as "dotacja celowa: 4 655 373,79 zł" set on as few lines as fit, joined by " · ";
 * an item starts a new line rather than being split, unless it is longer than a line by itself.
 */
export function flowItems(items: readonly string[], maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let current = '';
  for (const item of items) {
    const candidate = current === '' ? item : `${current} · ${item}`;
    if (textWidth(candidate, fontSize) <= maxWidth) {
      current = candidate;
      continue;
    }
    if (current !== '') lines.push(current);
    const pieces = wrapText(item, maxWidth, fontSize);
    current = pieces.pop() ?? '';
    lines.push(...pieces);
  }
  if (current !== '') lines.push(current);
  return lines;
}

/** One line of text at its baseline. */
export interface TextLine {
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  anchor?: 'start' | 'middle' | 'end' | undefined;
  bold?: boolean | undefined;
  /** CSS class, e.g. "chart-text--missing" for "nie podano". */
  className?: string | undefined;
}

export interface Font {
  size: number;
  /** Distance between baselines. */
  lineHeight: number;
}

export function fontOf(size: number): Font {
  return { size, lineHeight: Math.round(size * 1.35) };
}

/** Lines set from `top` downwards; returns them with the y just below the last. */
export function textBlock(
  lines: readonly string[],
  x: number,
  top: number,
  font: Font,
  style: Pick<TextLine, 'bold' | 'className' | 'anchor'> = {},
): { lines: TextLine[]; bottom: number } {
  const baselineOffset = Math.round(font.size * 0.95 + (font.lineHeight - font.size) / 2);
  const set = lines.map((text, index) => ({ x, y: top + index * font.lineHeight + baselineOffset, text, ...style }));
  return { lines: set, bottom: top + lines.length * font.lineHeight };
}

export function renderText(line: TextLine): string {
  const classes = ['chart-text', line.bold ? 'chart-text--bold' : undefined, line.className].filter(Boolean).join(' ');
  return element('text', { x: line.x, y: line.y, class: classes, 'text-anchor': line.anchor && line.anchor !== 'start' ? line.anchor : undefined }, [
    escapeMarkup(line.text),
  ]);
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LegendEntry<T> {
  label: string;
  /** What the swatch draws, passed through to the renderer. */
  value: T;
}

export interface LegendItem<T> {
  value: T;
  swatch: Box;
  text: TextLine[];
}

/**
 * Swatch-and-label items set left to right, starting a new line when the next would not fit; a
 * label longer than the whole width wraps under itself.
 */
export function legendLayout<T>(
  entries: readonly LegendEntry<T>[],
  width: number,
  left: number,
  top: number,
  font: Font,
): { items: LegendItem<T>[]; bottom: number } {
  const swatchWidth = Math.round(font.size * 1.75);
  const gap = 6;
  const items: LegendItem<T>[] = [];
  let x = left;
  let lineTop = top;
  let lineBottom = top;
  for (const entry of entries) {
    const lines = wrapText(entry.label, width - left - swatchWidth - gap - left, font.size);
    const itemWidth = swatchWidth + gap + Math.max(...lines.map((line) => textWidth(line, font.size)));
    if (x > left && (x + itemWidth > width - left || lines.length > 1)) {
      x = left;
      lineTop = lineBottom + 4;
    }
    const block = textBlock(lines, x + swatchWidth + gap, lineTop, font);
    items.push({ value: entry.value, swatch: { x, y: lineTop + (font.lineHeight - font.size) / 2, width: swatchWidth, height: font.size }, text: block.lines });
    lineBottom = Math.max(lineBottom, block.bottom);
    x += itemWidth + font.size * 1.5;
  }
  return { items, bottom: lineBottom };
}

/**
 * Tick values whose labels do not touch: asks `scale.ticks` for fewer and fewer ticks until the
 * labels, centred on their ticks (the outer ones kept inside the chart), leave a gap between them.
 */
export function spacedTicks<T extends number | Date>(
  ticksFor: (count: number) => T[],
  position: (value: T) => number,
  label: (value: T) => string,
  maxCount: number,
  chartWidth: number,
  fontSize: number,
): { value: T; x: number; label: string; anchor: 'start' | 'middle' | 'end' }[] {
  let placed: { value: T; x: number; label: string; anchor: 'start' | 'middle' | 'end'; left: number; right: number }[] = [];
  for (let count = maxCount; count >= 1; count -= 1) {
    placed = ticksFor(count).map((value) => {
      const x = position(value);
      const text = label(value);
      const width = textWidth(text, fontSize);
      const anchor = x - width / 2 < 0 ? 'start' : x + width / 2 > chartWidth ? 'end' : 'middle';
      const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
      return { value, x, label: text, anchor, left, right: left + width };
    });
    const overlaps = placed.some((tick, index) => index > 0 && tick.left < placed[index - 1]!.right + fontSize * 0.75);
    if (!overlaps) break;
  }
  return placed.map(({ value, x, label: text, anchor }) => ({ value, x, label: text, anchor }));
}

/** A tooltip: a box of text lines placed above a mark, inside the chart's width. */
export interface Tip extends Box {
  lines: TextLine[];
}

const TIP_PADDING = 8;

/**
 * Places a tooltip whose bottom edge sits just above `anchorY`, starting at `anchorX` but moved left
 * when it would leave the chart. Tooltips go above their mark because SVG paints in document order:
 * marks further down come later and would cover a tooltip that hung below its own mark.
 */
export function placeTip(texts: readonly { text: string; bold?: boolean }[], anchorX: number, anchorY: number, chartWidth: number, font: Font): Tip {
  const maxTextWidth = Math.min(chartWidth - 2 * TIP_PADDING - 4, 30 * font.size);
  const wrapped = texts.flatMap((item) => wrapText(item.text, maxTextWidth, font.size, item.bold).map((text) => ({ text, bold: item.bold })));
  const contentWidth = Math.max(...wrapped.map((line) => textWidth(line.text, font.size, line.bold)));
  const width = Math.ceil(Math.min(maxTextWidth, contentWidth) + 2 * TIP_PADDING);
  const height = wrapped.length * font.lineHeight + 2 * TIP_PADDING;
  const x = Math.max(2, Math.min(anchorX, chartWidth - width - 2));
  const y = anchorY - height - 6;
  const block = textBlock(
    wrapped.map((line) => line.text),
    x + TIP_PADDING,
    y + TIP_PADDING,
    font,
  );
  const lines = block.lines.map((line, index) => ({ ...line, bold: wrapped[index]!.bold || undefined }));
  return { x, y, width, height, lines };
}

export function renderTip(tip: Tip): string {
  return element('g', { class: 'chart-tip', 'aria-hidden': 'true' }, [
    element('rect', { class: 'chart-tip__box', x: tip.x, y: tip.y, width: tip.width, height: tip.height, rx: 3 }),
    ...tip.lines.map(renderText),
  ]);
}

/**
 * A focusable mark and its tooltip, as siblings so `.chart-mark:hover + .chart-tip` and
 * `.chart-mark:focus + .chart-tip` can show the tooltip without JavaScript. The label says everything
 * the mark shows, for screen readers; `focus` is the area highlighted when the mark has focus.
 */
export function renderMark(mark: { ariaLabel: string; focus: Box; tip: Tip; className?: string | undefined }, children: readonly string[]): string {
  const group = element('g', { class: ['chart-mark', mark.className].filter(Boolean).join(' '), tabindex: '0', role: 'img', 'aria-label': mark.ariaLabel }, [
    element('rect', { class: 'chart-mark__focus', x: mark.focus.x, y: mark.focus.y, width: mark.focus.width, height: mark.focus.height }),
    ...children,
  ]);
  return group + renderTip(mark.tip);
}

/** Diagonal stripes: the texture for "not given / not split" parts, so they differ by more than colour. */
export function stripePattern(id: string, colour: string, background = '#ffffff', angle = 45, gap = 6): string {
  return element('pattern', { id, width: gap, height: gap, patternUnits: 'userSpaceOnUse', patternTransform: `rotate(${angle})` }, [
    element('rect', { width: gap, height: gap, fill: background }),
    element('line', { x1: 0, y1: 0, x2: 0, y2: gap, stroke: colour, 'stroke-width': 2.5 }),
  ]);
}

/** Dots: a second texture, for a part that must differ from both solid fill and stripes. */
export function dotPattern(id: string, colour: string, background = '#ffffff', gap = 6): string {
  return element('pattern', { id, width: gap, height: gap, patternUnits: 'userSpaceOnUse' }, [
    element('rect', { width: gap, height: gap, fill: background }),
    element('circle', { cx: gap / 2, cy: gap / 2, r: 1.6, fill: colour }),
  ]);
}

export interface SvgOptions {
  /** Prefix for ids inside the SVG (patterns, description); unique on the page. */
  idPrefix: string;
  /** The SVG's accessible name. */
  title: string;
  description: string;
  /** Extra class, e.g. "chart-svg--wide". */
  className: string;
}

/**
 * The outer <svg>: scales with its viewBox; named by `aria-label` (a <title> would also pop up as the
 * browser's own tooltip over every mark) and described by its <desc>.
 */
export function renderSvg(options: SvgOptions & { width: number; height: number; fontSize: number }, children: readonly string[]): string {
  const descriptionId = `${options.idPrefix}-opis`;
  return element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      class: `chart-svg ${options.className}`,
      viewBox: `0 0 ${coordinate(options.width)} ${coordinate(options.height)}`,
      // Text sizes are in viewBox units, so they scale with the chart; the layout chose them for its width.
      'font-size': options.fontSize,
      role: 'group',
      'aria-label': options.title,
      'aria-describedby': descriptionId,
    },
    [element('desc', { id: descriptionId }, [escapeMarkup(options.description)]), ...children],
  );
}
