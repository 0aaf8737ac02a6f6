import { expect, test } from 'vitest';
import { buildToc } from './toc.ts';

const h = (depth: number, text: string) => ({ depth, slug: text.toLowerCase(), text });

test('nests each h3 under the h2 before it', () => {
  expect(buildToc([h(2, 'A'), h(3, 'A1'), h(3, 'A2'), h(2, 'B')])).toEqual([
    {
      ...h(2, 'A'),
      children: [
        { ...h(3, 'A1'), children: [] },
        { ...h(3, 'A2'), children: [] },
      ],
    },
    { ...h(2, 'B'), children: [] },
  ]);
});

test('leaves out headings outside the depth range', () => {
  expect(buildToc([h(1, 'Title'), h(2, 'A'), h(4, 'Deep')])).toEqual([{ ...h(2, 'A'), children: [] }]);
});

test('keeps an h3 that comes before any h2 at the top level', () => {
  expect(buildToc([h(3, 'Lead'), h(2, 'A')])).toEqual([
    { ...h(3, 'Lead'), children: [] },
    { ...h(2, 'A'), children: [] },
  ]);
});

test('returns an empty list for a page without headings', () => {
  expect(buildToc([])).toEqual([]);
});
