/**
 * The tooltip every focusable mark carries: placed above its mark and inside the chart, drawn as a
 * sibling of the mark so CSS alone shows it on hover and focus.
 */
import { element, renderText, type Box } from './svg-markup.ts';
import { textBlock, textWidth, wrapText, type Font, type TextLine } from './text-layout.ts';

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
