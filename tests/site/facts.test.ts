/**
 * The fact test: facts from the source documents (amounts, dates, names, counts), each asserted on
 * the built page where a reader looks for it. The table lives in facts.ts; this file checks that
 * every row is true at both ends and that the table covers the sources widely enough to catch a
 * slip anywhere. Runs over dist/ after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { SOURCE_FACTS, type FactKind, type SourceFact, type SourceNumber } from './facts.ts';
import { builtPage, mainText, normalizeSpace } from './support/built-site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface SourceRow {
  id: string;
  archivedCopy: string;
}

interface SourceDocument {
  /** Id of the source entry, which is also its page: /zrodla/<id>/. */
  id: string;
  /** The archived text with whitespace collapsed, as quotes are compared. */
  text: string;
}

/** The archived copies are named after the seed files ("003_d775….txt"), so the prefix is the number. */
function loadSources(): Map<SourceNumber, SourceDocument> {
  const rows = yaml.load(readFileSync(path.join(ROOT, 'content/sources.yaml'), 'utf8')) as SourceRow[];
  const documents = new Map<SourceNumber, SourceDocument>();
  for (const row of rows) {
    const text = normalizeSpace(readFileSync(path.join(ROOT, 'content/archive', row.archivedCopy), 'utf8'));
    documents.set(row.archivedCopy.slice(0, 3) as SourceNumber, { id: row.id, text });
  }
  return documents;
}

const sources = loadSources();

function sourceOf(fact: SourceFact): SourceDocument {
  const document = sources.get(fact.source);
  if (!document) throw new Error(`content/sources.yaml nie ma dokumentu o numerze ${fact.source}`);
  return document;
}

const MONTH_NUMBERS: Record<string, number> = {
  stycznia: 1,
  lutego: 2,
  marca: 3,
  kwietnia: 4,
  maja: 5,
  czerwca: 6,
  lipca: 7,
  sierpnia: 8,
  września: 9,
  października: 10,
  listopada: 11,
  grudnia: 12,
  styczeń: 1,
  luty: 2,
  marzec: 3,
  kwiecień: 4,
  maj: 5,
  czerwiec: 6,
  lipiec: 7,
  sierpień: 8,
  wrzesień: 9,
  październik: 10,
  listopad: 11,
  grudzień: 12,
};
const MONTH = Object.keys(MONTH_NUMBERS).join('|');

/** Small counts the pages write out in words ("w dwóch powiatach"). */
const NUMBER_WORDS: Record<string, number> = {
  dwa: 2,
  dwie: 2,
  dwóch: 2,
  dwoma: 2,
  trzy: 3,
  trzech: 3,
  trzema: 3,
  cztery: 4,
  czterech: 4,
  czterema: 4,
  pięć: 5,
  pięciu: 5,
};

const pad = (value: string | number): string => String(value).padStart(2, '0');

/**
 * The figures a text states, in one canonical form whatever the notation: amounts as
 * "16607151,36 zł" (from "16 607 151,36 zł" or "16.607.151,36 PLN"), dates as "2024-02-29" (from
 * "29.02.2024", "2024/02/29" or "29 lutego 2024"), months as "2018-12", percentages as "50%" and
 * plain numbers without group separators. Each notation is read once and then blanked, so the
 * year of a date is not counted again as a number.
 */
function figuresIn(text: string): string[] {
  const figures: string[] = [];
  let rest = normalizeSpace(text);
  /** Reads every match of a notation into its canonical form; `parts` are the capture groups. */
  const take = (pattern: RegExp, canonical: (whole: string, parts: string[]) => string): void => {
    rest = rest.replace(pattern, (whole: string, ...groups: unknown[]) => {
      // replace() passes the offset and the whole string after the groups.
      figures.push(
        canonical(
          whole,
          groups.slice(0, -2).map((group) => String(group ?? '')),
        ),
      );
      return ' ';
    });
  };
  const month = (name: string | undefined): string => pad(MONTH_NUMBERS[name ?? ''] ?? 0);
  take(/(\d{1,3}(?:[ .]\d{3})*),(\d{2}) ?(?:zł|PLN)/g, (_, [units = '', grosze]) => `${units.replace(/[ .]/g, '')},${grosze} zł`);
  take(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})/g, (_, [day = '', monthNumber = '', year]) => `${year}-${pad(monthNumber)}-${pad(day)}`);
  take(/\b(\d{4})\/(\d{1,2})\/(\d{1,2})\b/g, (_, [year, monthNumber = '', day = '']) => `${year}-${pad(monthNumber)}-${pad(day)}`);
  take(new RegExp(`\\b(\\d{1,2}) (${MONTH}) (\\d{4})`, 'gu'), (_, [day = '', monthName, year]) => `${year}-${month(monthName)}-${pad(day)}`);
  take(new RegExp(`(?<!\\p{L})(${MONTH}) (\\d{4})`, 'gu'), (_, [monthName, year]) => `${year}-${month(monthName)}`);
  take(/(\d+) ?%/g, (_, [percent]) => `${percent}%`);
  take(/\d{1,3}(?: \d{3})+(?!\d)|\d+/g, (whole) => whole.replace(/ /g, ''));
  take(new RegExp(`(?<!\\p{L})(${Object.keys(NUMBER_WORDS).join('|')})(?!\\p{L})`, 'giu'), (whole) => String(NUMBER_WORDS[whole.toLowerCase()]));
  return figures;
}

/** Kinds whose point is a figure: the page must state the very figures the source gives. */
const FIGURE_KINDS: readonly FactKind[] = ['money', 'date', 'count'];

const PAGE_SECTIONS = ['projekty', 'modele', 'programy', 'szkolenia', 'instytucje', 'miejsca', 'wskazniki'] as const;

function sectionOf(fact: SourceFact): string {
  return fact.page.split('/')[1] ?? '';
}

describe.each(SOURCE_FACTS)('$source: $fact', (fact) => {
  it('is what the source document says', () => {
    const quote = normalizeSpace(fact.quote);
    expect(sourceOf(fact).text.includes(quote), `źródło ${fact.source} nie zawiera cytatu „${quote}”`).toBe(true);
  });

  it(`is shown on ${fact.page}`, () => {
    const pageText = mainText(builtPage(fact.page));
    const expected = normalizeSpace(fact.expected);
    const message = `${fact.page} nie pokazuje „${expected}” (źródło ${fact.source}: „${normalizeSpace(fact.quote)}”)`;
    expect(pageText.includes(expected), message).toBe(true);
  });

  if (FIGURE_KINDS.includes(fact.kind)) {
    it('gives on the page the figures the source gives', () => {
      const onPage = figuresIn(fact.expected);
      const inSource = figuresIn(fact.quote);
      expect(onPage.length, `„${fact.expected}” nie zawiera żadnej liczby ani daty`).toBeGreaterThan(0);
      expect(
        onPage.filter((figure) => !inSource.includes(figure)),
        `cytat: ${inSource.join(', ')}`,
      ).toEqual([]);
    });
  }

  it('names its source document on the page', () => {
    const sourceId = sourceOf(fact).id;
    const sourcePage = `/zrodla/${sourceId}/`;
    const cited = fact.page === sourcePage || builtPage(fact.page).querySelector(`main a[href="${sourcePage}"]`) !== null;
    expect(cited, `${fact.page} nie odsyła do ${sourcePage}`).toBe(true);
  });
});

describe('the fact table', () => {
  it('holds at least 40 facts, none twice', () => {
    expect(SOURCE_FACTS.length).toBeGreaterThanOrEqual(40);
    const keys = SOURCE_FACTS.map((fact) => `${fact.page} ${normalizeSpace(fact.expected)}`);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('takes at least 5 facts from each of the five sources', () => {
    expect([...sources.keys()].sort()).toEqual(['000', '001', '002', '003', '004']);
    for (const number of sources.keys()) {
      expect(SOURCE_FACTS.filter((fact) => fact.source === number).length, `źródło ${number}`).toBeGreaterThanOrEqual(5);
    }
  });

  it('has at least 5 facts of each kind: amounts, dates, names and counts', () => {
    for (const kind of ['money', 'date', 'count', 'name'] as const) {
      expect(SOURCE_FACTS.filter((fact) => fact.kind === kind).length, kind).toBeGreaterThanOrEqual(5);
    }
  });

  it('checks pages of every content type, not only projects', () => {
    const covered = new Set(SOURCE_FACTS.map(sectionOf));
    expect(PAGE_SECTIONS.filter((section) => !covered.has(section))).toEqual([]);
  });

  it('checks every money amount the sources give, to the grosz', () => {
    const inSources = [...sources.values()].flatMap((document) => figuresIn(document.text).filter((figure) => figure.endsWith(' zł')));
    const checked = SOURCE_FACTS.filter((fact) => fact.kind === 'money').flatMap((fact) => figuresIn(fact.expected));
    expect(inSources.length).toBeGreaterThanOrEqual(6);
    expect(inSources.filter((amount) => !checked.includes(amount))).toEqual([]);
  });

  it('checks every full date the sources give', () => {
    const isDay = (figure: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(figure);
    const inSources = [...sources.values()].flatMap((document) => figuresIn(document.text).filter(isDay));
    const checked = SOURCE_FACTS.filter((fact) => fact.kind === 'date').flatMap((fact) => figuresIn(fact.expected));
    expect(inSources.length).toBeGreaterThanOrEqual(8);
    expect(inSources.filter((day) => !checked.includes(day))).toEqual([]);
  });
});

describe('figuresIn', () => {
  it('reads amounts, dates and counts in the notations of the sources and of the pages alike', () => {
    expect(figuresIn('16.607.151,36 PLN')).toEqual(figuresIn('16 607 151,36 zł'));
    expect(figuresIn('do 29.02.2024 r.')).toEqual(figuresIn('do 29 lutego 2024'));
    expect(figuresIn('2018/12/03 - 2021/06/30')).toEqual(figuresIn('3 grudnia 2018 – 30 czerwca 2021'));
    expect(figuresIn('grudzień 2018 - czerwiec 2021')).toEqual(figuresIn('od grudnia 2018 r. do czerwca 2021 r.'));
    expect(figuresIn('20 powiatów i 30 gmin powyżej 20 000 mieszkańców')).toEqual(['20', '30', '20000']);
    expect(figuresIn('z 2 poziomów')).toEqual(figuresIn('z dwóch poziomów'));
    expect(figuresIn('– 50%')).toEqual(['50%']);
  });

  it('tells a changed grosz or day apart', () => {
    expect(figuresIn('16 607 151,37 zł')).not.toEqual(figuresIn('16 607 151,36 zł'));
    expect(figuresIn('28 lutego 2024')).not.toEqual(figuresIn('29.02.2024'));
  });
});
