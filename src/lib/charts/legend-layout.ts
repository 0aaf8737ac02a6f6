/** The legend of a chart: swatch-and-label items set in lines across the chart's width. */
import type { Box } from './svg-markup.ts';
import { textBlock, textWidth, wrapText, type Font, type TextLine } from './text-layout.ts';

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
