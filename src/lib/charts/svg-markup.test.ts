import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../escape-markup.ts';
import { coordinate, element } from './svg-markup.ts';

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
