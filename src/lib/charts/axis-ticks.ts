/** Axis ticks whose labels fit: as many as the chart's width leaves room for. */
import { textWidth } from './text-layout.ts';

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
