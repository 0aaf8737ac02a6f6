import { describe, expect, it } from 'vitest';
import { spacedTicks } from './axis-ticks.ts';

describe('spacedTicks', () => {
  it('asks for fewer ticks until the labels no longer touch, keeping the outer ones inside the chart', () => {
    const values = (count: number) => (count >= 5 ? [0, 10, 20, 30, 40] : [0, 20, 40]);
    const ticks = spacedTicks(
      values,
      (value) => 4 + value * 7.8,
      (value) => `${value} mln zł`,
      5,
      320,
      14,
    );
    expect(ticks.map((tick) => tick.value)).toEqual([0, 20, 40]);
    expect(ticks[0]!.anchor).toBe('start');
    expect(ticks.at(-1)!.anchor).toBe('end');
  });
});
