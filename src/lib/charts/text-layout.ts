/**
 * Text set without a DOM: width estimates that never come out narrower than the real text, lines
 * wrapped to a width, and blocks of lines placed at their baselines. The chart layouts use it to
 * keep every label inside the chart on a 320 px phone.
 */

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
