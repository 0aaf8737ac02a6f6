import { describe, expect, test } from 'vitest';
import { normaliseParagraphText, ParagraphNumberer, paragraphId, paragraphLabel, parseParagraphId } from './paragraphs.ts';

describe('paragraph numbers', () => {
  test('id and citation of a unit', () => {
    expect(paragraphId(2, 3)).toBe('p-2-3');
    expect(paragraphLabel(2, 3)).toBe('§ 2 ust. 3');
  });

  test('ids read back; anything else is not a unit', () => {
    expect(parseParagraphId('p-12-3')).toEqual({ section: 12, unit: 3 });
    for (const id of ['p-0-1', 'p-1', 'p-1-1-1', 'x-1-1', 'p-01-2', '']) expect(parseParagraphId(id)).toBeNull();
  });

  test('numbers restart in every section', () => {
    const numberer = new ParagraphNumberer();
    numberer.startSection('Cel', 'cel');
    numberer.nextParagraph('Pierwszy.');
    numberer.nextParagraph('Drugi.');
    numberer.startSection(' Zakres ', 'zakres');
    const third = numberer.nextParagraph('Trzeci.');
    expect(third).toEqual({ id: 'p-2-1', section: 2, unit: 1, label: '§ 2 ust. 1', text: 'Trzeci.' });
    expect(numberer.structure.sections).toEqual([
      { number: 1, title: 'Cel', id: 'cel' },
      { number: 2, title: 'Zakres', id: 'zakres' },
    ]);
    expect(numberer.structure.paragraphs.map((paragraph) => paragraph.id)).toEqual(['p-1-1', 'p-1-2', 'p-2-1']);
  });

  test('a unit before any section is refused', () => {
    expect(() => new ParagraphNumberer().nextParagraph('Wstęp')).toThrow('przed pierwszym nagłówkiem');
  });

  test('text keeps list items on their own lines and loses stray spacing', () => {
    expect(normaliseParagraphText('\n  pierwszy   punkt \n\n drugi\u00A0punkt\n')).toBe('pierwszy punkt\ndrugi punkt');
  });
});
