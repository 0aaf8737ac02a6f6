/**
 * Sections the layouts add around an entry's own text. Their ids are fixed so trainers can link
 * them on every page, and reserved so a heading in the text never takes one of them. (The
 * sections listing related entries, `powiazane-<route>`, come from the table of content types.)
 */
export const PAGE_SECTIONS = {
  keyFacts: { id: 'najwazniejsze-informacje', title: 'Najważniejsze informacje' },
  /** On a model page: who acts in the model, in what role, with what tasks. */
  roles: { id: 'role-w-modelu', title: 'Role w modelu' },
  /** On a model page: the model's steps, in the explorer. */
  workflow: { id: 'kroki-modelu', title: 'Krok po kroku' },
  sources: { id: 'zrodla-informacji', title: 'Źródła informacji' },
  history: { id: 'historia-zmian', title: 'Historia zmian' },
  contents: { id: 'spis-tresci', title: 'Spis treści' },
  main: { id: 'tresc', title: 'Treść strony' },
  /** On a project page: its budget, period, territory and indicators as charts. */
  charts: { id: 'wykresy', title: 'Wykresy' },
  pages: { id: 'powiazane-strony', title: 'Strony oparte na tym dokumencie' },
  /** On a guidance document: how the consultation runs and how to send remarks. */
  consultation: { id: 'konsultacje', title: 'Konsultacje' },
  /** On a guidance document: the reader's own remarks, kept in the browser. */
  remarks: { id: 'moje-uwagi', title: 'Moje uwagi' },
  /** On a guidance document: every version with its change note. */
  versions: { id: 'wersje-dokumentu', title: 'Wersje dokumentu' },
} as const;

export type PageSectionKey = keyof typeof PAGE_SECTIONS;
