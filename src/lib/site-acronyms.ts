/**
 * Acronyms the site itself uses that no source document does (so they have no glossary entry,
 * which needs a source): explained on first use like glossary acronyms, without a link.
 */
export const SITE_ACRONYMS: readonly { term: string; expansion: string }[] = [
  { term: 'CSV', expansion: 'plik z danymi w kolumnach rozdzielonych średnikami, do otwarcia w arkuszu kalkulacyjnym' },
  { term: 'TERYT', expansion: 'Krajowy Rejestr Urzędowy Podziału Terytorialnego Kraju prowadzony przez Główny Urząd Statystyczny' },
];
