import { describe, expect, it } from 'vitest';
import { placeTip } from './chart-tip.ts';
import { fontOf } from './text-layout.ts';

describe('placeTip', () => {
  it('sits above its anchor and inside the chart, moved left when it would leave on the right', () => {
    const tip = placeTip([{ text: 'Liderzy Kooperacji', bold: true }, { text: 'wartość projektu: 31 023 712,56 zł' }], 300, 200, 320, fontOf(14));
    expect(tip.y + tip.height).toBeLessThan(200);
    expect(tip.x).toBeGreaterThanOrEqual(0);
    expect(tip.x + tip.width).toBeLessThanOrEqual(320);
    expect(tip.lines[0]).toMatchObject({ text: 'Liderzy Kooperacji', bold: true });
  });

  it('wraps lines longer than the chart is wide', () => {
    const tip = placeTip([{ text: 'Europejski program na rzecz zatrudnienia i innowacji społecznych (EaSI) 2014–2020' }], 0, 300, 320, fontOf(14));
    expect(tip.lines.length).toBeGreaterThan(1);
    expect(tip.width).toBeLessThanOrEqual(320);
  });
});
