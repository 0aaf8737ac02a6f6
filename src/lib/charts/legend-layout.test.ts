import { describe, expect, it } from 'vitest';
import { legendLayout } from './legend-layout.ts';
import { fontOf, textWidth } from './text-layout.ts';

describe('legendLayout', () => {
  it('starts a new line when an item does not fit and wraps a label longer than the chart', () => {
    const entries = ['dofinansowanie z UE', 'dotacja celowa', 'część, której źródło nie rozbija (nie podano)'].map((label, value) => ({ label, value }));
    const wide = legendLayout(entries, 960, 4, 0, fontOf(16));
    expect(new Set(wide.items.map((item) => item.swatch.y)).size).toBe(1);
    const narrow = legendLayout(entries, 320, 4, 0, fontOf(14));
    expect(narrow.items.map((item) => item.text.length)).toEqual([1, 1, 2]);
    for (const item of narrow.items) for (const line of item.text) expect(line.x + textWidth(line.text, 14)).toBeLessThanOrEqual(320);
  });
});
