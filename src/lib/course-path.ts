/**
 * A course path ("ścieżka szkoleniowa") lives entirely in its address: `/sciezka/?t=<title>&e=<key>.<key>…`.
 * The keys are catalogue keys in the trainer's order; the title is optional. Reading an address
 * never throws: whatever is wrong (a cut-off or edited address, markup, too many items) comes
 * back as problems in plain Polish, and the rest of the path is still read.
 */
import { CATALOGUE_KEY, type CatalogueItem } from './link-catalogue.ts';
import { countPl, pluralPl } from './plural.ts';
import { staticPages } from './site-pages.ts';

export const DEFAULT_COURSE_PATH_TITLE = 'Ścieżka szkoleniowa';
export const MAX_COURSE_PATH_ITEMS = 40;
export const MAX_COURSE_PATH_TITLE_LENGTH = 120;

/** Query parameters: `t` the title, `e` the elements (dotted, or repeated as a plain form sends them). */
export const TITLE_PARAM = 't';
export const ITEMS_PARAM = 'e';
const KEY_SEPARATOR = '.';

export interface CoursePath {
  title: string;
  keys: string[];
}

export type CoursePathProblemCode =
  'empty' | 'malformed-key' | 'duplicate-key' | 'too-many' | 'title-too-long' | 'title-control-characters' | 'title-markup' | 'unknown-key';

export interface CoursePathProblem {
  code: CoursePathProblemCode;
  /** What is wrong and what the page did about it, for the reader. */
  message: string;
}

export interface DecodedCoursePath extends CoursePath {
  problems: CoursePathProblem[];
}

/**
 * Characters that must never reach the title: C0 and C1 controls, and the bidirectional
 * overrides and isolates that can make a title read differently from what it contains.
 */
const CONTROL_CHARACTERS = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const CONTROL_CHARACTER = new RegExp(CONTROL_CHARACTERS.source, 'u');
const LOOKS_LIKE_MARKUP = /<\s*[a-z!/?]/i;

/** The title as the address keeps it: no control characters, single spaces, at most 120 characters. */
export function normalizeCoursePathTitle(title: string): string {
  return cutToLength(cleanTitle(title), MAX_COURSE_PATH_TITLE_LENGTH);
}

/** Line breaks and tabs become spaces, other control characters go, runs of spaces become one. */
function cleanTitle(title: string): string {
  return title.replace(/\s+/g, ' ').replace(CONTROL_CHARACTERS, '').replace(/\s+/g, ' ').trim();
}

/** Cuts by characters as a reader counts them, never inside a surrogate pair (emoji). */
function cutToLength(text: string, limit: number): string {
  const characters = Array.from(text);
  return characters.length <= limit ? text : characters.slice(0, limit).join('').trimEnd();
}

/** The query string (without "?") of a path; keys keep their order and repeat only once. */
export function encodeCoursePath({ title, keys }: CoursePath): string {
  const params = new URLSearchParams();
  const shownTitle = normalizeCoursePathTitle(title);
  if (shownTitle !== '') params.set(TITLE_PARAM, shownTitle);
  const unique = [...new Set(keys)];
  if (unique.length > 0) params.set(ITEMS_PARAM, unique.join(KEY_SEPARATOR));
  return params.toString();
}

/** `/sciezka/?t=…&e=…`, or `/sciezka/` for an empty path. */
export function coursePathAddress(path: CoursePath): string {
  return withQuery(staticPages.coursePath, encodeCoursePath(path));
}

/** The builder preloaded with the path, for "Edytuj ścieżkę". */
export function coursePathBuilderAddress(path: CoursePath): string {
  return withQuery(staticPages.coursePathBuilder, encodeCoursePath(path));
}

function withQuery(address: string, query: string): string {
  return query === '' ? address : `${address}?${query}`;
}

/** How a bad fragment of the address is quoted back: no controls, short. */
function quoteFragment(fragment: string): string {
  const clean = fragment.replace(CONTROL_CHARACTERS, '');
  const characters = Array.from(clean);
  return `„${characters.length > 16 ? `${characters.slice(0, 16).join('')}…` : clean}”`;
}

const QUOTED_EXAMPLES = 3;

/**
 * Reads the query string of a path address (`?t=…&e=a.b.c`, also `e=a&e=b` from the plain form,
 * in document order). Never throws; see `problems` for what was wrong and what was done about it.
 */
export function decodeCoursePath(search: string | URLSearchParams): DecodedCoursePath {
  const params = typeof search === 'string' ? new URLSearchParams(search.replace(/^\?/, '')) : search;
  const problems: CoursePathProblem[] = [];

  const rawTitle = params.get(TITLE_PARAM) ?? '';
  if (CONTROL_CHARACTER.test(rawTitle.replace(/\s/g, ' '))) {
    problems.push({ code: 'title-control-characters', message: 'Tytuł ścieżki zawierał niedozwolone znaki sterujące. Pominęliśmy je.' });
  }
  if (LOOKS_LIKE_MARKUP.test(rawTitle)) {
    problems.push({ code: 'title-markup', message: 'Tytuł ścieżki zawiera znaczniki HTML. Pokazujemy go jako zwykły tekst.' });
  }
  const spacedTitle = cleanTitle(rawTitle);
  const titleLength = Array.from(spacedTitle).length;
  if (titleLength > MAX_COURSE_PATH_TITLE_LENGTH) {
    problems.push({
      code: 'title-too-long',
      message: `Tytuł ścieżki ma ${titleLength} znaków, a może mieć najwyżej ${MAX_COURSE_PATH_TITLE_LENGTH}. Pokazujemy jego początek.`,
    });
  }
  const title = normalizeCoursePathTitle(spacedTitle);

  const fragments = params
    .getAll(ITEMS_PARAM)
    .flatMap((value) => value.split(/[.,\s]+/))
    .filter((fragment) => fragment !== '');
  const malformed: string[] = [];
  const duplicates: string[] = [];
  const keys: string[] = [];
  for (const fragment of fragments) {
    const key = fragment.toLowerCase();
    if (!CATALOGUE_KEY.test(key)) malformed.push(fragment);
    else if (keys.includes(key)) {
      if (!duplicates.includes(key)) duplicates.push(key);
    } else keys.push(key);
  }

  if (malformed.length > 0) problems.push(malformedProblem(malformed));
  if (duplicates.length > 0) {
    problems.push({
      code: 'duplicate-key',
      message:
        duplicates.length === 1
          ? `Element o kodzie ${duplicates[0]} występuje w adresie więcej niż raz. Pokazujemy go raz.`
          : `Elementy o kodach ${duplicates.join(', ')} występują w adresie więcej niż raz. Pokazujemy każdy z nich raz.`,
    });
  }
  if (keys.length > MAX_COURSE_PATH_ITEMS) {
    problems.push({
      code: 'too-many',
      message: `Ścieżka ma ${countPl(keys.length, ITEM_FORMS)}, a może mieć najwyżej ${MAX_COURSE_PATH_ITEMS}. Pokazujemy pierwsze ${MAX_COURSE_PATH_ITEMS}.`,
    });
    keys.length = MAX_COURSE_PATH_ITEMS;
  }
  if (keys.length === 0) {
    problems.push({
      code: 'empty',
      message: 'Adres nie zawiera żadnych elementów ścieżki. Sprawdź, czy skopiowano go w całości, albo ułóż ścieżkę od nowa.',
    });
  }
  return { title, keys, problems };
}

const ITEM_FORMS = { one: 'element', few: 'elementy', many: 'elementów' };

function malformedProblem(fragments: readonly string[]): CoursePathProblem {
  const rule = 'kod to 6 małych liter lub cyfr';
  const afterwards = 'adres mógł zostać zmieniony albo skopiowany niecały';
  if (fragments.length === 1) {
    return {
      code: 'malformed-key',
      message: `Fragment adresu ${quoteFragment(fragments[0]!)} nie jest kodem elementu ścieżki (${rule}). Pominęliśmy go; ${afterwards}.`,
    };
  }
  const rest = fragments.length - QUOTED_EXAMPLES;
  const examples = fragments.slice(0, QUOTED_EXAMPLES).map(quoteFragment).join(', ');
  const more = rest > 0 ? ` i ${countPl(rest, { one: 'inny', few: 'inne', many: 'innych' })}` : '';
  return {
    code: 'malformed-key',
    message: `${countPl(fragments.length, { one: 'fragment', few: 'fragmenty', many: 'fragmentów' })} adresu nie ${pluralPl(fragments.length, { one: 'jest kodem', few: 'są kodami', many: 'jest kodami' })} elementów ścieżki (${rule}): ${examples}${more}. Pominęliśmy je; ${afterwards}.`,
  };
}

export interface ResolvedCoursePath {
  /** Items found in the catalogue, in the path's order. */
  items: CatalogueItem[];
  /** Keys the catalogue does not know, in the path's order. */
  unknownKeys: string[];
  problems: CoursePathProblem[];
}

/** The catalogue items of a path, in order, and one problem naming every key it does not know. */
export function resolveCoursePath(keys: readonly string[], catalogue: readonly CatalogueItem[]): ResolvedCoursePath {
  const byKey = new Map(catalogue.map((item) => [item.key, item]));
  const items: CatalogueItem[] = [];
  const unknownKeys: string[] = [];
  for (const key of keys) {
    const item = byKey.get(key);
    if (item) items.push(item);
    else unknownKeys.push(key);
  }
  const problems: CoursePathProblem[] = [];
  if (unknownKeys.length > 0) {
    const count = unknownKeys.length;
    const verb = pluralPl(count, { one: 'nie istnieje', few: 'nie istnieją', many: 'nie istnieje' });
    const codes = count === 1 ? `kod: ${unknownKeys[0]}` : `kody: ${unknownKeys.join(', ')}`;
    problems.push({
      code: 'unknown-key',
      message: `${countPl(count, { one: 'element', few: 'elementy', many: 'elementów' })} ścieżki ${verb} już w serwisie lub adres jest niepełny (${codes})`,
    });
  }
  return { items, unknownKeys, problems };
}

/** What adding an item did, for the builder to announce. */
export type AddResult = 'added' | 'already-there' | 'full';

/** The path with `key` added at the end, unless it is already there or the path is full. */
export function addToPath(keys: readonly string[], key: string): { keys: string[]; result: AddResult } {
  if (keys.includes(key)) return { keys: [...keys], result: 'already-there' };
  if (keys.length >= MAX_COURSE_PATH_ITEMS) return { keys: [...keys], result: 'full' };
  return { keys: [...keys, key], result: 'added' };
}

/** The path with the item at `index` moved one place up (-1) or down (+1); unchanged at the ends. */
export function moveInPath(keys: readonly string[], index: number, direction: -1 | 1): string[] {
  const target = index + direction;
  const moved = [...keys];
  if (index < 0 || index >= keys.length || target < 0 || target >= keys.length) return moved;
  [moved[index], moved[target]] = [moved[target]!, moved[index]!];
  return moved;
}

export function removeFromPath(keys: readonly string[], index: number): string[] {
  return keys.filter((_key, position) => position !== index);
}
