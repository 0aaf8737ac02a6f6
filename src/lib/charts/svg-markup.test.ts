import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../escape-markup.ts';
import { coordinate, element, flowItems, fontOf, legendLayout, placeTip, spacedTicks, textBlock, textWidth, wrapText } from './svg-markup.ts';

describe('markup', () => {
  it('escapes text and attribute values', () => {
    expect(element('text', { 'aria-label': 'R&D "x"' }, [escapeMarkup('<b>')])).toBe('<text aria-label="R&amp;D &quot;x&quot;">&lt;b&gt;</text>');
  });

  it('rounds coordinates to two decimals and never writes -0', () => {
    expect(coordinate(1 / 3)).toBe('0.33');
    expect(coordinate(-0.001)).toBe('0');
    expect(element('rect', { x: 10.005, y: 2, hidden: false, focusable: true, fill: undefined })).toBe('<rect x="10.01" y="2" focusable/>');
  });
});

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
