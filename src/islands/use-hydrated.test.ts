import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { useHydrated } from './use-hydrated.ts';

function Probe() {
  return createElement('span', null, useHydrated() ? 'interactive' : 'static');
}

describe('useHydrated', () => {
  it('is false on the server, so the HTML is the markup that works without JavaScript', () => {
    expect(renderToString(createElement(Probe))).toBe('<span>static</span>');
  });
});
