/** A small link catalogue for tests: one model's section and steps, a project's section and a chart. */
import { withKeys } from '../link-catalogue-keys.ts';
import type { CatalogueItem, CatalogueItemDraft } from '../link-catalogue.ts';

export const MODEL = '/modele/model-kooperacji-dla-miast/';

export const drafts: CatalogueItemDraft[] = [
  { kind: 'sekcja', title: 'Jaki problem rozwiązuje', pageTitle: 'Model kooperacji dla miast', href: `${MODEL}#jaki-problem-rozwiazuje` },
  { kind: 'krok', title: 'Zgłoszenie potrzeby wsparcia', pageTitle: 'Model kooperacji dla miast', href: `${MODEL}#krok-zgloszenie-potrzeby`, code: 'MK-M 1' },
  { kind: 'krok', title: 'Wywiad środowiskowy', pageTitle: 'Model kooperacji dla miast', href: `${MODEL}#krok-wywiad-srodowiskowy`, code: 'MK-M 3' },
  { kind: 'sekcja', title: 'Zadania ROPS w Białymstoku', pageTitle: 'Dać to, czego naprawdę potrzeba', href: '/projekty/dac/#zadania-rops-w-bialymstoku' },
  { kind: 'wykres', title: 'Budżety projektów', pageTitle: 'Wskaźniki i wykresy', href: '/wskazniki/#wykres-budzety' },
];
export const items: CatalogueItem[] = withKeys(drafts);
