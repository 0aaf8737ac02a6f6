/**
 * Synthetic pages for the scale benchmark: made-up gminas, each with its local programme and its
 * social-welfare centre, written as the site's own content types so they pass the real schemas.
 * Every title says "Przykładowa gmina …": the text is invented filler for measuring, never content,
 * and is only ever written into a temporary copy of the project.
 */

export interface GeneratedPage {
  /**
   * Path under `content/`, e.g. `places/przykladowa-gmina-0042.md`: plain prose is Markdown, as
   * editors write gmina pages (README, „Jak dodać treść”), and as the Starlight peer gets it.
   */
  file: string;
  collection: 'places' | 'programmes' | 'institutions';
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

function page(collection: GeneratedPage['collection'], id: string, title: string, description: string, fields: string[], body: string): GeneratedPage {
  const header = frontMatter([`title: ${quoted(title)}`, `description: ${quoted(description)}`, ...fields]);
  return { file: `${collection}/${id}.md`, collection, id, title, description, body, text: `${header}\n${body}\n` };
}

/**
 * `count` pages, in groups of three per gmina: the gmina (a place), its local programme and its
 * social-welfare centre (an institution). The same seed and count give the same pages.
 */
export function syntheticPages(count: number, seed = 2026): GeneratedPage[] {
  const random = seededRandom(seed);
  const pages: GeneratedPage[] = [];
  for (let index = 0; pages.length < count; index++) {
    const number = String(index + 1).padStart(4, '0');
    const gmina = `Przykładowa gmina ${number}`;
    const placeId = `przykladowa-gmina-${number}`;
    const topic = pick(random, TOPICS);
    const from = 2020 + Math.floor(random() * 5);

    pages.push(
      page(
        'places',
        placeId,
        gmina,
        `${gmina}: wiejska gmina wymyślona na potrzeby pomiarów wydajności serwisu; dane syntetyczne, nie opisują żadnej prawdziwej gminy.`,
        [`name: ${quoted(`Przykładowa ${number}`)}`, 'type: gmina', `parent: ${PARENT_REGION}`],
        `## O gminie\n\n${paragraph(random, 3)}\n\n## Współpraca instytucji\n\n${paragraph(random, 4)}`,
      ),
    );
    if (pages.length >= count) break;

    const programmeTitle = `Gminny program ${topic.name} w gminie ${gmina} na lata ${from}–${from + 4}`;
    pages.push(
      page(
        'programmes',
        `gminny-program-${placeId}`,
        programmeTitle,
        `Syntetyczny program przyjęty przez radę gminy ${gmina}; jego celem jest ${topic.goal}. Tekst wygenerowany do pomiarów wydajności.`,
        [
          `place: ${placeId}`,
          'resolution:',
          `  body: ${quoted(`Rada Gminy ${gmina}`)}`,
          `  number: ${quoted(`${index + 1}/X/${from}`)}`,
          `  date: ${from - 1}-12-${String(10 + Math.floor(random() * 18)).padStart(2, '0')}`,
          'years:',
          `  from: ${from}`,
          `  to: ${from + 4}`,
        ],
        [
          `## Cel programu\n\nCelem programu jest ${topic.goal}. ${paragraph(random, 2)}`,
          `## Jak powstał\n\n${paragraph(random, 3)}`,
          `## Działania\n\n${Array.from({ length: 4 }, () => `- ${pick(random, SENTENCES)}`).join('\n')}`,
          `## Kto koordynuje program\n\n${paragraph(random, 2)}`,
        ].join('\n\n'),
      ),
    );
    if (pages.length >= count) break;

    pages.push(
      page(
        'institutions',
        `gops-${placeId}`,
        `Gminny Ośrodek Pomocy Społecznej w gminie ${gmina}`,
        `Syntetyczny ośrodek pomocy społecznej gminy ${gmina}, który koordynuje lokalny program; opis wygenerowany do pomiarów wydajności.`,
        [`shortName: ${quoted(`GOPS ${number}`)}`, 'type: osrodek-pomocy-spolecznej', `places:`, `  - ${placeId}`],
        `## Zadania\n\n${paragraph(random, 3)}\n\n## Współpraca\n\n${paragraph(random, 3)}`,
      ),
    );
  }
  return pages;
}
