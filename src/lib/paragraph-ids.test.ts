import { describe, expect, test } from 'vitest';
import { INTRO_SECTION_ID, PARAGRAPH_ANCHOR, paragraphAnchorId, ParagraphIds } from './paragraph-ids.ts';
import { SlugRegistry } from './slug.ts';

/** Numbers a page described as headings (`# id`) and blocks (`p`), returning the blocks' ids. */
function number(layout: string[], taken: string[] = []): string[] {
  const registry = new SlugRegistry(taken);
  const ids = new ParagraphIds(registry);
  return layout.flatMap((item) => {
    if (!item.startsWith('# ')) return [ids.next().id];
    ids.startSection(item.slice(2), item.slice(2));
    return [];
  });
}

describe('ParagraphIds', () => {
  test('counts the blocks of each section from 1, after the section heading id', () => {
    expect(number(['# cele', 'p', 'p', '# zadania', 'p'])).toEqual(['cele-akapit-1', 'cele-akapit-2', 'zadania-akapit-1']);
  });

  test('blocks before the first heading count under a fixed prefix', () => {
    expect(number(['p', 'p', '# cele', 'p'])).toEqual(['wstep-akapit-1', 'wstep-akapit-2', 'cele-akapit-1']);
    expect(INTRO_SECTION_ID).toBe('wstep');
  });

  test('a block id never takes an id already on the page', () => {
    // A heading "Cele akapit 1" has the slug a paragraph under "Cele" would want.
    expect(number(['# cele', 'p', 'p'], ['cele', 'cele-akapit-1'])).toEqual(['cele-akapit-1-2', 'cele-akapit-2']);
  });

  test('a block id is taken for the rest of the page', () => {
    const registry = new SlugRegistry();
    const ids = new ParagraphIds(registry);
    ids.startSection('cele', 'Cele');
    ids.next();
    expect(registry.claim('cele-akapit-1')).toBe(false);
  });

  test('two sections with the same id prefix do not collide', () => {
    expect(number(['p', '# wstep', 'p'], ['wstep'])).toEqual(['wstep-akapit-1', 'wstep-akapit-1-2']);
  });

  test('reports the position and the section title for the control name', () => {
    const ids = new ParagraphIds(new SlugRegistry());
    expect(ids.next()).toEqual({ id: 'wstep-akapit-1', number: 1, sectionTitle: undefined });
    ids.startSection('zrodla-finansowania', 'Źródła finansowania');
    ids.next();
    expect(ids.next()).toEqual({ id: 'zrodla-finansowania-akapit-2', number: 2, sectionTitle: 'Źródła finansowania' });
  });
});

test('the paragraph id pattern matches paragraph ids only', () => {
  expect(PARAGRAPH_ANCHOR.test(paragraphAnchorId('cele', 3))).toBe(true);
  expect(PARAGRAPH_ANCHOR.test('cele-akapit')).toBe(false);
  expect(PARAGRAPH_ANCHOR.test('akapity-2')).toBe(false);
});
