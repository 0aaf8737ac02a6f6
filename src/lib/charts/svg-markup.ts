/**
 * SVG markup from plain data: elements with escaped attribute values and coordinates rounded to two
 * decimals (so snapshots are stable), text lines, fill textures and the outer <svg>.
 */
import { escapeMarkup } from '../escape-markup.ts';
import type { TextLine } from './text-layout.ts';

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
