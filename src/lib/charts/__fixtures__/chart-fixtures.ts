/**
 * Fixed inputs for the chart tests, shaped like the knowledge base but frozen here, so layouts and
 * SVG snapshots do not move when the content changes. The amounts and dates are the sources'
 * (seeds 000–004); the achieved indicator value at the end is invented, to test drawing one.
 */
import { expect } from 'vitest';
import type { IndicatorFigures, ProjectFigures } from '../figures.ts';
import type { Box } from '../svg-markup.ts';
import { textWidth, type TextLine } from '../text-layout.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export const EASI = 'Europejski program na rzecz zatrudnienia i innowacji społecznych (EaSI) 2014–2020';
export const PO_WER = 'Program Operacyjny Wiedza Edukacja Rozwój (PO WER) 2014–2020';
export const FERS = 'Fundusze Europejskie dla Rozwoju Społecznego (FERS) 2021–2027';

export const PROJECTS: ProjectFigures[] = [
  {
    id: 'dac-to-czego-naprawde-potrzeba',
    title: 'Dać to, czego naprawdę potrzeba',
    shortTitle: 'Dać to, czego naprawdę potrzeba',
    programme: EASI,
    period: { end: day('2024-02-29') },
    territory: [],
    source: 'zrodlo-dac',
    href: '/projekty/dac-to-czego-naprawde-potrzeba/',
  },
  {
    id: 'koordynacja-polityki-spolecznej-podlaskie',
    title: 'Koordynacja działań w zakresie polityki społecznej w województwie podlaskim',
    shortTitle: 'Koordynacja polityki społecznej na Podlasiu',
    programme: FERS,
    period: { start: day('2023-10-01'), end: day('2028-12-31') },
    budget: { total: 16607151.36, totalIsCeiling: false, euFunding: 13704221.3, targetedGrant: 2902930.06, source: 'zrodlo-koordynacja' },
    territory: [],
    source: 'zrodlo-koordynacja',
    href: '/projekty/koordynacja-polityki-spolecznej-podlaskie/',
  },
  {
    id: 'liderzy-kooperacji',
    title: 'Liderzy Kooperacji',
    shortTitle: 'Liderzy Kooperacji',
    programme: PO_WER,
    period: { start: day('2018-04-01'), end: day('2022-11-30') },
    budget: { total: 31023712.56, totalIsCeiling: false, targetedGrant: 4655373.79, source: 'zrodlo-liderzy' },
    territory: [],
    source: 'zrodlo-liderzy',
    href: '/projekty/liderzy-kooperacji/',
  },
  {
    id: 'model-kooperacji-dla-miast',
    title: 'Model kooperacji dla miast w makroregionie pięciu województw',
    shortTitle: 'Model kooperacji dla miast',
    programme: PO_WER,
    period: { startYear: 2018, endYear: 2021 },
    budget: { total: 12894064, totalIsCeiling: true, source: 'zrodlo-miasta' },
    territory: [],
    source: 'zrodlo-miasta',
    href: '/projekty/model-kooperacji-dla-miast/',
  },
  {
    id: 'lokalne-programy-opieki-wytchnieniowej',
    title: 'Model tworzenia lokalnych programów opieki wytchnieniowej',
    shortTitle: 'Model tworzenia lokalnych programów opieki wytchnieniowej',
    programme: PO_WER,
    period: { start: day('2018-12-03'), end: day('2021-06-30') },
    territory: [],
    source: 'zrodlo-rybnik',
    href: '/projekty/lokalne-programy-opieki-wytchnieniowej/',
  },
];

export const INDICATORS: IndicatorFigures[] = [
  {
    id: 'pracownicy-podniesione-kwalifikacje',
    label: 'Liczba pracowników zatrudnionych w instytucjach i podmiotach działających na rzecz włączenia społecznego, którzy podnieśli kwalifikacje',
    kind: 'rezultatu',
    unit: 'osoby',
    target: 789,
    projectId: 'koordynacja-polityki-spolecznej-podlaskie',
    source: 'zrodlo-koordynacja',
  },
  {
    id: 'jst-z-planami-deinstytucjonalizacji',
    label: 'Odsetek jednostek samorządu terytorialnego, które opracowały i realizują lokalne lub regionalne plany deinstytucjonalizacji usług społecznych',
    kind: 'rezultatu',
    unit: '%',
    target: 50,
    projectId: 'koordynacja-polityki-spolecznej-podlaskie',
    source: 'zrodlo-koordynacja',
  },
];

/** Not from a source: an indicator with an achieved value, to test how one is drawn. */
export const ACHIEVED_INDICATOR: IndicatorFigures = {
  id: 'przyklad-osiagniety',
  label: 'Przykładowy wskaźnik z wartością osiągniętą',
  kind: 'produktu',
  unit: 'osoby',
  target: 830,
  achieved: 412,
  projectId: 'koordynacja-polityki-spolecznej-podlaskie',
  source: 'zrodlo-koordynacja',
};

export const TODAY = day('2026-11-23');

export const SOURCE_TITLES: ReadonlyMap<string, string> = new Map([
  ['zrodlo-dac', 'O projekcie „Dać to, czego naprawdę potrzeba”'],
  ['zrodlo-koordynacja', 'O Projekcie „Koordynacja działań…”'],
  ['zrodlo-liderzy', 'Dofinansowanie ze środków budżetu państwa'],
  ['zrodlo-miasta', 'Zakres rzeczowy oraz finansowy projektu'],
  ['zrodlo-rybnik', 'Model tworzenia lokalnych programów opieki wytchnieniowej'],
]);

export const SHORT_TITLES: ReadonlyMap<string, string> = new Map(PROJECTS.map((project) => [project.id, project.shortTitle]));
export const TITLES: ReadonlyMap<string, string> = new Map(PROJECTS.map((project) => [project.id, project.title]));
export const PROJECT_SOURCES: ReadonlyMap<string, string> = new Map(PROJECTS.map((project) => [project.id, project.source]));

/** One SVG element per line, so a snapshot diff points at the element that changed. */
export function formatSvg(svg: string): string {
  return `${svg.replace(/></g, '>\n<')}\n`;
}

/** Every text and tooltip stays inside the viewBox, as far as text width can be estimated. */
export function expectInsideChart(width: number, texts: readonly TextLine[], tips: readonly Box[], fontSize: number): void {
  for (const text of texts) {
    const textSize = textWidth(text.text, fontSize, text.bold);
    const left = text.anchor === 'end' ? text.x - textSize : text.anchor === 'middle' ? text.x - textSize / 2 : text.x;
    expect(left, `„${text.text}” wychodzi w lewo poza wykres`).toBeGreaterThanOrEqual(-0.5);
    expect(left + textSize, `„${text.text}” wychodzi w prawo poza wykres`).toBeLessThanOrEqual(width + 0.5);
  }
  for (const tip of tips) {
    expect(tip.x).toBeGreaterThanOrEqual(0);
    expect(tip.y).toBeGreaterThanOrEqual(0);
    expect(tip.x + tip.width).toBeLessThanOrEqual(width);
  }
}

/** The text breakpoint of charts.css (`@container (min-width: …rem)`), in px. */
export function wideLayoutBreakpoint(css: string): number {
  const match = /@container \(min-width: ([\d.]+)rem\)/.exec(css);
  if (!match) throw new Error('charts.css nie ma reguły @container (min-width: …rem)');
  return Number(match[1]) * 16;
}
