import { describe, expect, test } from 'vitest';
import { chartTarget, copiedMessage, copyFailedMessage, copyLinkAttributes, copyLinkName, paragraphTarget, sectionTarget } from './copy-link.ts';

describe('what a control points at', () => {
  test('a section, by its heading in Polish quotation marks', () => {
    expect(sectionTarget('Źródła finansowania')).toBe('do sekcji „Źródła finansowania”');
  });

  test('a heading broken over lines reads as one line', () => {
    expect(sectionTarget('\n  Zadanie 1.\n  Obserwatorium  ')).toBe('do sekcji „Zadanie 1. Obserwatorium”');
  });

  test('a paragraph, by its number in its section', () => {
    expect(paragraphTarget(2, 'Cele projektu')).toBe('do akapitu 2 w sekcji „Cele projektu”');
  });

  test('a paragraph before the first heading', () => {
    expect(paragraphTarget(1, undefined)).toBe('do akapitu 1 na początku tekstu');
  });

  test('a chart, by its title', () => {
    expect(chartTarget('Budżety projektów')).toBe('do wykresu „Budżety projektów”');
  });
});

describe('what the reader hears and reads', () => {
  test('the name starts with the visible label', () => {
    expect(copyLinkName(sectionTarget('Cele'))).toBe('Kopiuj link do sekcji „Cele”');
  });

  test('success', () => {
    expect(copiedMessage(sectionTarget('Cele'))).toBe('Skopiowano link do sekcji „Cele”.');
  });

  test('a refused clipboard points to the address bar', () => {
    expect(copyFailedMessage(sectionTarget('Cele'))).toBe(
      'Nie udało się skopiować linku do sekcji „Cele”. Adres jest teraz w pasku adresu przeglądarki: skopiuj go stamtąd.',
    );
  });
});

describe('copyLinkAttributes', () => {
  test('a plain link to the anchor, named, marked for the script, print and search', () => {
    expect(copyLinkAttributes('cele', sectionTarget('Cele'), 'heading')).toEqual({
      class: 'anchor-link anchor-link--heading',
      href: '#cele',
      'aria-label': 'Kopiuj link do sekcji „Cele”',
      'data-copy-link': 'do sekcji „Cele”',
      'data-pagefind-ignore': '',
    });
  });

  test('the paragraph look', () => {
    expect(copyLinkAttributes('cele-akapit-1', paragraphTarget(1, 'Cele'), 'paragraph').class).toBe('anchor-link anchor-link--paragraph');
  });
});

describe('in English', () => {
  test('the same controls say the same things in English', () => {
    expect(copyLinkName(sectionTarget('What it is', 'en'), 'en')).toBe('Copy link to the section “What it is”');
    expect(copyLinkName(chartTarget('Budget', 'en'), 'en')).toBe('Copy link to the chart “Budget”');
    expect(paragraphTarget(2, 'Results', 'en')).toBe('to paragraph 2 in the section “Results”');
    expect(copiedMessage(sectionTarget('What it is', 'en'), 'en')).toBe('Copied the link to the section “What it is”.');
    expect(copyFailedMessage('to the chart “Budget”', 'en')).toMatch(/^The link to the chart “Budget” could not be copied\./);
    expect(copyLinkAttributes('results', sectionTarget('Results', 'en'), 'heading', 'en')['aria-label']).toBe('Copy link to the section “Results”');
  });
});
