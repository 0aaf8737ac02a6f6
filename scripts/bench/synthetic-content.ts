/**
 * Synthetic pages for the scale benchmark: made-up gminas, each with a page of every type that
 * grows gmina by gmina (src/collections/table.ts): the gmina itself, its local programme and its
 * social-welfare centre, written as the site's own content types so they pass the real schemas.
 * Every title says "Przykładowa gmina …": the text is invented filler for measuring, never content,
 * and is only ever written into a temporary copy of the project.
 */
import { contentTypes, type ContentTypeName } from '../../src/collections/table.ts';

/** The types editors add gmina by gmina: a gmina's synthetic pages are one of each. */
export type PerGminaTypeName = { [N in ContentTypeName]: (typeof contentTypes)[N]['growth'] extends 'per-gmina' ? N : never }[ContentTypeName];

export interface GeneratedPage {
  /**
   * Path under `content/`, e.g. `places/przykladowa-gmina-0042.md`: plain prose is Markdown, as
   * editors write gmina pages (docs/EDITING.md, „Jak dodać treść”), and as the Starlight peer gets it.
   */
  file: string;
  collection: PerGminaTypeName;
  /** Entry id, the file name without `.md`. */
  id: string;
  title: string;
  description: string;
  /** The Markdown body (headings, paragraphs, a list), without front matter. */
  body: string;
  /** The whole file: front matter and body. */
  text: string;
}

/** A source that exists in `content/sources.yaml`; the schemas require at least one. */
export const SYNTHETIC_SOURCE = 'zrodlo-opieka-wytchnieniowa-rybnik';
/** A real województwo entry, as the parent of every generated gmina. */
const PARENT_REGION = 'wojewodztwo-podlaskie';
const DATE = '2026-11-23';

/** Mulberry32: a small seeded generator, so every run writes the same pages. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  { name: 'opieki wytchnieniowej', goal: 'odciążenie opiekunów osób zależnych przez krótkie pobyty i pomoc w domu' },
  { name: 'wspierania rodziny', goal: 'pomoc rodzinom w trudnościach wychowawczych i bytowych' },
  { name: 'przeciwdziałania przemocy domowej', goal: 'wczesne rozpoznawanie przemocy i wspólne działania służb' },
  { name: 'usług opiekuńczych dla seniorów', goal: 'pomoc osobom starszym w codziennym życiu we własnym domu' },
  { name: 'rozwoju ekonomii społecznej', goal: 'tworzenie miejsc pracy w podmiotach ekonomii społecznej' },
  { name: 'integracji osób z niepełnosprawnościami', goal: 'udział osób z niepełnosprawnościami w życiu wspólnoty' },
];

const SENTENCES = [
  'Ośrodek pomocy społecznej współpracuje ze szkołami, świetlicami i organizacjami pozarządowymi działającymi na terenie gminy.',
  'Zespół koordynujący spotyka się raz na kwartał i omawia potrzeby mieszkańców zgłoszone przez pracowników socjalnych.',
  'Mieszkańcy mogą zgłaszać potrzeby w urzędzie gminy, w ośrodku pomocy społecznej albo podczas dyżurów w sołectwach.',
  'Diagnoza potrzeb objęła ankiety wśród opiekunów, rozmowy z sołtysami i dane z rejestrów ośrodka.',
  'Program przewiduje szkolenia dla wolontariuszy oraz spotkania grup wsparcia dla opiekunów rodzinnych.',
  'Działania finansuje budżet gminy, a część usług może być zlecana organizacjom pozarządowym w otwartym konkursie ofert.',
  'Realizację programu ocenia się co roku na podstawie sprawozdania przedstawianego radzie gminy.',
  'Informacje o usługach są publikowane na stronie urzędu, w biuletynie gminnym i na tablicach ogłoszeń w sołectwach.',
  'Dojazd do usług ułatwia gminny transport, z którego mogą korzystać osoby starsze i z niepełnosprawnościami.',
  'Partnerami programu są powiatowe centrum pomocy rodzinie, ośrodek zdrowia i parafie.',
  'Koordynator prowadzi listę osób oczekujących na wsparcie i ustala kolejność według pilności potrzeb.',
  'W każdej miejscowości wskazano osobę kontaktową, która przekazuje informacje między mieszkańcami a ośrodkiem.',
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function paragraph(random: () => number, sentenceCount: number): string {
  return Array.from({ length: sentenceCount }, () => pick(random, SENTENCES)).join(' ');
}

/** YAML scalar in double quotes (titles contain colons and Polish quotes). */
function quoted(text: string): string {
  return JSON.stringify(text);
}

function frontMatter(fields: string[]): string {
  return [
    '---',
    ...fields,
    'status: przyjety',
    'version: 1',
    `updated: ${DATE}`,
    'changes:',
    `  - date: ${DATE}`,
    '    note: Dane syntetyczne do pomiarów wydajności.',
    'sources:',
    `  - ${SYNTHETIC_SOURCE}`,
    '---',
    '',
  ].join('\n');
}

/** One made-up gmina, and what its pages share. */
interface Gmina {
  index: number;
  /** "0042", in every title and id. */
  number: string;
  name: string;
  placeId: string;
  topic: (typeof TOPICS)[number];
  /** The first year of its programme. */
  from: number;
}

/** What a page of one type says about its gmina: its id, title, description, own front-matter fields and body. */
interface PageText {
  id: string;
  title: string;
  description: string;
  fields: string[];
  body: string;
}

/**
 * A gmina's page of each type that grows gmina by gmina, in the order they are written (the place
 * first: the others refer to it). Keyed by the table's types, so a type that starts growing per
 * gmina needs its page here.
 */
const gminaPages: { [N in PerGminaTypeName]: (gmina: Gmina, random: () => number) => PageText } = {
  places: ({ number, name, placeId }, random) => ({
    id: placeId,
    title: name,
    description: `${name}: wiejska gmina wymyślona na potrzeby pomiarów wydajności serwisu; dane syntetyczne, nie opisują żadnej prawdziwej gminy.`,
    fields: [`name: ${quoted(`Przykładowa ${number}`)}`, 'type: gmina', `parent: ${PARENT_REGION}`],
    body: `## O gminie\n\n${paragraph(random, 3)}\n\n## Współpraca instytucji\n\n${paragraph(random, 4)}`,
  }),
  programmes: ({ index, name, placeId, topic, from }, random) => ({
    id: `gminny-program-${placeId}`,
    title: `Gminny program ${topic.name} w gminie ${name} na lata ${from}–${from + 4}`,
    description: `Syntetyczny program przyjęty przez radę gminy ${name}; jego celem jest ${topic.goal}. Tekst wygenerowany do pomiarów wydajności.`,
    fields: [
      `place: ${placeId}`,
      'resolution:',
      `  body: ${quoted(`Rada Gminy ${name}`)}`,
      `  number: ${quoted(`${index + 1}/X/${from}`)}`,
      `  date: ${from - 1}-12-${String(10 + Math.floor(random() * 18)).padStart(2, '0')}`,
      'years:',
      `  from: ${from}`,
      `  to: ${from + 4}`,
    ],
    body: [
      `## Cel programu\n\nCelem programu jest ${topic.goal}. ${paragraph(random, 2)}`,
      `## Jak powstał\n\n${paragraph(random, 3)}`,
      `## Działania\n\n${Array.from({ length: 4 }, () => `- ${pick(random, SENTENCES)}`).join('\n')}`,
      `## Kto koordynuje program\n\n${paragraph(random, 2)}`,
    ].join('\n\n'),
  }),
  institutions: ({ number, name, placeId }, random) => ({
    id: `gops-${placeId}`,
    title: `Gminny Ośrodek Pomocy Społecznej w gminie ${name}`,
    description: `Syntetyczny ośrodek pomocy społecznej gminy ${name}, który koordynuje lokalny program; opis wygenerowany do pomiarów wydajności.`,
    fields: [`shortName: ${quoted(`GOPS ${number}`)}`, 'type: osrodek-pomocy-spolecznej', `places:`, `  - ${placeId}`],
    body: `## Zadania\n\n${paragraph(random, 3)}\n\n## Współpraca\n\n${paragraph(random, 3)}`,
  }),
};

const PER_GMINA_TYPES = Object.keys(gminaPages) as PerGminaTypeName[];

/** The type whose page the benchmark weighs as a content page: a programme, the longest text of a gmina's pages. */
const MEASURED_TYPE: PerGminaTypeName = 'programmes';

function page(collection: PerGminaTypeName, { id, title, description, fields, body }: PageText): GeneratedPage {
  const header = frontMatter([`title: ${quoted(title)}`, `description: ${quoted(description)}`, ...fields]);
  return { file: `${contentTypes[collection].location}/${id}.md`, collection, id, title, description, body, text: `${header}\n${body}\n` };
}

/**
 * `count` pages, in groups of one page of each per-gmina type per gmina: the gmina (a place), its
 * local programme and its social-welfare centre (an institution). The same seed and count give
 * the same pages.
 */
export function syntheticPages(count: number, seed = 2026): GeneratedPage[] {
  const random = seededRandom(seed);
  const pages: GeneratedPage[] = [];
  for (let index = 0; pages.length < count; index++) {
    const number = String(index + 1).padStart(4, '0');
    const gmina: Gmina = {
      index,
      number,
      name: `Przykładowa gmina ${number}`,
      placeId: `przykladowa-gmina-${number}`,
      topic: pick(random, TOPICS),
      from: 2020 + Math.floor(random() * 5),
    };
    for (const type of PER_GMINA_TYPES) {
      if (pages.length >= count) break;
      pages.push(page(type, gminaPages[type](gmina, random)));
    }
  }
  return pages;
}

/** The page the benchmark weighs as a content page on both sites: the first gmina's programme. */
export function measuredPage(pages: readonly GeneratedPage[]): GeneratedPage {
  const measured = pages.find((candidate) => candidate.collection === MEASURED_TYPE);
  if (!measured) throw new Error(`Brak strony typu ${MEASURED_TYPE} wśród ${pages.length} wygenerowanych stron`);
  return measured;
}
