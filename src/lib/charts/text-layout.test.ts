import { describe, expect, it } from 'vitest';
import { flowItems, fontOf, textBlock, textWidth, wrapText } from './text-layout.ts';

describe('text layout', () => {
  it('estimates bold text wider than regular text', () => {
    expect(textWidth('Liderzy Kooperacji', 16, true)).toBeGreaterThan(textWidth('Liderzy Kooperacji', 16));
  });

  it('wraps at spaces so that no line is wider than asked, unless one word is', () => {
    const lines = wrapText('Model tworzenia lokalnych programów opieki wytchnieniowej', 150, 14);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Model tworzenia lokalnych programów opieki wytchnieniowej');
    for (const line of lines) expect(textWidth(line, 14)).toBeLessThanOrEqual(150);
    expect(wrapText('deinstytucjonalizacji', 20, 14)).toEqual(['deinstytucjonalizacji']);
  });

  it('sets items on one line when they fit and starts a new line for an item that does not', () => {
    const items = ['dofinansowanie z UE: 13 704 221,30 zł', 'dotacja celowa: 2 902 930,06 zł'];
    expect(flowItems(items, 900, 16)).toEqual(['dofinansowanie z UE: 13 704 221,30 zł · dotacja celowa: 2 902 930,06 zł']);
    expect(flowItems(items, 300, 14)).toEqual(items);
  });

  it('puts baselines one line height apart, starting below the top', () => {
    const block = textBlock(['a', 'b'], 4, 100, fontOf(16));
    expect(block.lines.map((line) => line.y)).toEqual([118, 140]);
    expect(block.bottom).toBe(144);
  });
});
