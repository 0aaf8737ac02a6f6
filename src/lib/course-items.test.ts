import { describe, expect, test } from 'vitest';
import { courseItemProblem, resolveSessions, type SitePages, type WorkflowCodes } from './course-items.ts';

const workflows: WorkflowCodes = {
  steps: new Map([
    ['MK-M', 10],
    ['MK-GW', 4],
  ]),
};
const site: SitePages = {
  entryIds: new Map([['modele', new Set(['model-kooperacji-dla-miast'])]]),
  pages: new Set(['/wskazniki/']),
};

describe('course items', () => {
  test.each(['MK-M 1', 'MK-M 10', 'mk-gw-4', '/modele/model-kooperacji-dla-miast/#obszary-kooperacji', '/wskazniki/#wykres-budzety'])(
    '"%s" can exist',
    (item) => {
      expect(courseItemProblem(item, workflows, site)).toBeUndefined();
    },
  );

  test('a step past the last one', () => {
    expect(courseItemProblem('MK-GW 5', workflows, site)).toBe('przebieg „MK-GW” ma 4 kroki, więc kroku „MK-GW 5” nie ma');
  });

  test('a workflow code no model has', () => {
    expect(courseItemProblem('MKX 1', workflows, site)).toBe('kod kroku „MKX 1” wskazuje przebieg „MKX”, którego nie ma; kody przebiegów: MK-GW, MK-M');
  });

  test('an entry that does not exist', () => {
    expect(courseItemProblem('/modele/model-dla-wsi/#cel', workflows, site)).toBe(
      'strona „/modele/model-dla-wsi/” nie istnieje: w dziale /modele/ nie ma wpisu „model-dla-wsi”',
    );
  });

  test('a page that does not exist', () => {
    expect(courseItemProblem('/wykresy/#wykres-budzety', workflows, site)).toBe('strona „/wykresy/” nie istnieje w serwisie');
    expect(courseItemProblem('/modele/model-kooperacji-dla-miast/kroki/#a', workflows, site)).toBe(
      'strona „/modele/model-kooperacji-dla-miast/kroki/” nie istnieje w serwisie',
    );
  });
});

describe('resolving sessions against the catalogue', () => {
  const catalogue = new Map([
    ['MK-M 1', { title: 'Zgłoszenie potrzeby wsparcia' }],
    ['/wskazniki/#wykres-budzety', { title: 'Budżety projektów' }],
  ]);
  const find = (reference: string) => catalogue.get(reference);

  test('numbers the sessions and keeps the items in order', () => {
    const { sessions, problems } = resolveSessions(
      'content/courses/kurs.mdx',
      [
        { title: 'Kroki', items: ['MK-M 1'] },
        { title: 'Liczby', goal: 'Budżety.', items: ['/wskazniki/#wykres-budzety', 'MK-M 1'] },
      ],
      find,
    );
    expect(problems).toEqual([]);
    expect(sessions).toEqual([
      { number: 1, title: 'Kroki', goal: undefined, items: [{ title: 'Zgłoszenie potrzeby wsparcia' }] },
      { number: 2, title: 'Liczby', goal: 'Budżety.', items: [{ title: 'Budżety projektów' }, { title: 'Zgłoszenie potrzeby wsparcia' }] },
    ]);
  });

  test('an anchor the site no longer has is a problem naming the file and the field', () => {
    const { problems } = resolveSessions(
      'content/courses/kurs.mdx',
      [{ title: 'Liczby', items: ['/wskazniki/#wykres-budzety', '/wskazniki/#wykres-kosztow'] }],
      find,
    );
    expect(problems).toEqual([
      'content/courses/kurs.mdx: pole „sessions › pozycja 1 › items › pozycja 2”: „/wskazniki/#wykres-kosztow” nie wskazuje żadnej sekcji, kroku ani wykresu serwisu; sprawdź kotwicę po # na tej stronie (nagłówek mógł zmienić treść)',
    ]);
  });
});
