/**
 * What changed between two versions of a guidance document, unit by unit, for the comparison page.
 *
 * Both versions are read as one sequence in reading order: each section heading (§) followed by its
 * units (ust.). The sequences are aligned on their text (a longest common subsequence, from jsdiff),
 * so numbers may shift without anything counting as changed: a unit inserted into § 2 renumbers the
 * ones after it, and those keep their text and are reported as unchanged but `renumbered`.
 *
 * Where the alignment finds a run of removed items next to a run of added ones, the two runs are
 * paired item by item when the texts are similar enough to be one text edited rather than one text
 * replaced by another (see `wordSimilarity` and `PAIRING_THRESHOLD`); a pair becomes a `changed`
 * item with a word-by-word diff. Headings pair only with headings and units only with units. What
 * stays unpaired is `removed` (at the place it had in the older version) or `added`.
 *
 * Moving a unit to another place is not recognised as a move: it shows as removed where it was and
 * added where it is now.
 */
import { diffArrays, diffWordsWithSpace } from 'diff';
import { normaliseParagraphText, type DocumentStructure, type NumberedParagraph, type NumberedSection } from './paragraphs.ts';

/** A piece of a changed text: kept in both versions, only in the newer one, or only in the older one. */
export interface WordPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export type ChangeKind = 'unchanged' | 'changed' | 'added' | 'removed';

/*
 * Every variant declares every key (some as `undefined`), so a template can read `item.before?.id`
 * or `item.parts` without narrowing first; narrowing on `kind` gives the exact shape.
 */

interface UnchangedItem<T> {
  kind: 'unchanged';
  before: T;
  after: T;
  parts?: undefined;
  /** The number differs between the versions (e.g. § 2 ust. 3 is now § 2 ust. 4; § 3 is now § 4). */
  renumbered: boolean;
}

interface ChangedItem<T> {
  kind: 'changed';
  before: T;
  after: T;
  /** Word by word: `same` + `removed` parts give the older text exactly, `same` + `added` the newer. */
  parts: WordPart[];
  renumbered: boolean;
}

interface AddedItem<T> {
  kind: 'added';
  before?: undefined;
  after: T;
  parts?: undefined;
  renumbered: false;
}

interface RemovedItem<T> {
  kind: 'removed';
  before: T;
  after?: undefined;
  parts?: undefined;
  renumbered: false;
}

type Compared<T> = UnchangedItem<T> | ChangedItem<T> | AddedItem<T> | RemovedItem<T>;

/**
 * A section heading in the comparison. `before` and `after` are the section (number, title, anchor
 * id) in the older and newer version; `parts` diff the titles.
 */
export type HeadingComparison = { type: 'heading' } & Compared<NumberedSection>;

/**
 * A unit of text in the comparison. `before` and `after` are the unit in the older and newer
 * version: its id (the anchor on that version's page), label („§ 2 ust. 3”) and text.
 */
export type ParagraphComparison = { type: 'paragraph' } & Compared<NumberedParagraph>;

export type ComparedItem = HeadingComparison | ParagraphComparison;

export type ComparisonCounts = Record<ChangeKind, number>;

export interface VersionComparison {
  /** Headings and units in reading order; removed ones where they stood in the older version. */
  items: ComparedItem[];
  /** Items of each kind, headings and units together (a renamed heading is one change). */
  summary: ComparisonCounts;
  /** The same counts for headings and for units separately, for wording such as „zmieniono 3 ustępy”. */
  byType: { heading: ComparisonCounts; paragraph: ComparisonCounts };
}

/**
 * Removed and added texts are paired into one changed item when `wordSimilarity` is at least this:
 * with the Dice measure, half of all the words of the two texts are shared.
 */
export const PAIRING_THRESHOLD = 0.5;

/**
 * Beyond this many removed × added items in one run, the runs are not paired at all (they stay
 * removed and added): the pairing costs time in proportion to the product, and a run that long is
 * a rewrite rather than an edit.
 */
const MAX_PAIRING_CELLS = 250_000;

type Entry =
  | { type: 'heading'; key: string; words: Map<string, number>; value: NumberedSection }
  | { type: 'paragraph'; key: string; words: Map<string, number>; value: NumberedParagraph };

/** Text as compared for equality: whitespace collapsed (line breaks between list items kept), Unicode composed. */
function comparisonKey(text: string): string {
  return normaliseParagraphText(text.normalize('NFC'));
}

const WORD = /[\p{L}\p{N}]+/gu;

function wordCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.normalize('NFC').toLocaleLowerCase('pl-PL').match(WORD) ?? []) {
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

function total(counts: Map<string, number>): number {
  let sum = 0;
  for (const count of counts.values()) sum += count;
  return sum;
}

function dice(left: Map<string, number>, right: Map<string, number>): number {
  const size = total(left) + total(right);
  if (size === 0) return 0;
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let shared = 0;
  for (const [word, count] of small) shared += Math.min(count, large.get(word) ?? 0);
  return (2 * shared) / size;
}

/**
 * How alike two texts are, from 0 to 1: the Dice coefficient of their words (runs of letters and
 * digits, case ignored, punctuation dropped, a repeated word counted as often as it occurs), i.e.
 * twice the number of shared words divided by the number of words in both texts. Texts without any
 * word score 0, so two different runs of punctuation never pair.
 */
export function wordSimilarity(left: string, right: string): number {
  return dice(wordCounts(left), wordCounts(right));
}

/** The word-by-word diff of two texts; the parts join back into each text exactly. */
export function wordParts(before: string, after: string): WordPart[] {
  const parts: WordPart[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    const kind: WordPart['kind'] = change.added ? 'added' : change.removed ? 'removed' : 'same';
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += change.value;
    else if (change.value !== '') parts.push({ kind, text: change.value });
  }
  return parts;
}

function readingOrder(structure: DocumentStructure): Entry[] {
  const bySection = new Map<number, NumberedParagraph[]>();
  for (const paragraph of structure.paragraphs) {
    const list = bySection.get(paragraph.section) ?? [];
    list.push(paragraph);
    bySection.set(paragraph.section, list);
  }
  const sections = new Map(structure.sections.map((section) => [section.number, section]));
  const numbers = [...new Set([...sections.keys(), ...bySection.keys()])].sort((a, b) => a - b);
  const entries: Entry[] = [];
  for (const number of numbers) {
    const section = sections.get(number);
    if (section) entries.push({ type: 'heading', key: comparisonKey(section.title), words: wordCounts(section.title), value: section });
    const paragraphs = [...(bySection.get(number) ?? [])].sort((a, b) => a.unit - b.unit);
    for (const paragraph of paragraphs) {
      entries.push({ type: 'paragraph', key: comparisonKey(paragraph.text), words: wordCounts(paragraph.text), value: paragraph });
    }
  }
  return entries;
}

function textOf(entry: Entry): string {
  return entry.type === 'heading' ? entry.value.title : entry.value.text;
}

function renumbered(before: Entry, after: Entry): boolean {
  if (before.type === 'heading' && after.type === 'heading') return before.value.number !== after.value.number;
  if (before.type === 'paragraph' && after.type === 'paragraph') return before.value.label !== after.value.label;
  return false;
}

// The casts below are safe: unchanged() and changed() are only ever given two entries of one type.
function unchanged(before: Entry, after: Entry): ComparedItem {
  return { type: before.type, kind: 'unchanged', before: before.value, after: after.value, renumbered: renumbered(before, after) } as ComparedItem;
}

function changed(before: Entry, after: Entry): ComparedItem {
  return {
    type: before.type,
    kind: 'changed',
    before: before.value,
    after: after.value,
    parts: wordParts(textOf(before), textOf(after)),
    renumbered: renumbered(before, after),
  } as ComparedItem;
}

function added(entry: Entry): ComparedItem {
  return { type: entry.type, kind: 'added', after: entry.value, renumbered: false } as ComparedItem;
}

function removed(entry: Entry): ComparedItem {
  return { type: entry.type, kind: 'removed', before: entry.value, renumbered: false } as ComparedItem;
}

/**
 * Pairs of (removed index, added index), in order, that give the highest total similarity while
 * keeping both runs in their order. Only items of one type at or above the threshold pair, with one
 * exception: a run that is exactly one heading replaced by one heading is a renamed section whatever
 * the new title, since the text around it is unchanged.
 */
function pairRuns(removedRun: Entry[], addedRun: Entry[]): [number, number][] {
  const [onlyRemoved] = removedRun;
  const [onlyAdded] = addedRun;
  if (removedRun.length === 1 && addedRun.length === 1 && onlyRemoved?.type === 'heading' && onlyAdded?.type === 'heading') return [[0, 0]];
  const rows = removedRun.length;
  const columns = addedRun.length;
  if (rows === 0 || columns === 0 || rows * columns > MAX_PAIRING_CELLS) return [];

  // scores[i][j]: similarity of removed i and added j when they may pair, else 0.
  const scores = new Float64Array(rows * columns);
  for (let i = 0; i < rows; i += 1) {
    for (let j = 0; j < columns; j += 1) {
      const left = removedRun[i]!;
      const right = addedRun[j]!;
      const score = left.type === right.type ? dice(left.words, right.words) : 0;
      scores[i * columns + j] = score >= PAIRING_THRESHOLD ? score : 0;
    }
  }
  // best[i][j]: the highest total for the first i removed and the first j added items.
  const width = columns + 1;
  const best = new Float64Array((rows + 1) * width);
  for (let i = 1; i <= rows; i += 1) {
    for (let j = 1; j <= columns; j += 1) {
      const score = scores[(i - 1) * columns + (j - 1)]!;
      const skip = Math.max(best[(i - 1) * width + j]!, best[i * width + (j - 1)]!);
      best[i * width + j] = score > 0 ? Math.max(skip, best[(i - 1) * width + (j - 1)]! + score) : skip;
    }
  }

  const pairs: [number, number][] = [];
  let i = rows;
  let j = columns;
  while (i > 0 && j > 0) {
    const here = best[i * width + j]!;
    const score = scores[(i - 1) * columns + (j - 1)]!;
    if (score > 0 && here === best[(i - 1) * width + (j - 1)]! + score) {
      pairs.push([i - 1, j - 1]);
      i -= 1;
      j -= 1;
    } else if (here === best[(i - 1) * width + j]!) {
      i -= 1;
    } else {
      j -= 1;
    }
  }
  return pairs.reverse();
}

/** Items for one run of removed and added entries; between pairs, removed ones come before added ones. */
function replacementItems(removedRun: Entry[], addedRun: Entry[]): ComparedItem[] {
  const items: ComparedItem[] = [];
  let i = 0;
  let j = 0;
  const end: [number, number] = [removedRun.length, addedRun.length];
  for (const [pairedRemoved, pairedAdded] of [...pairRuns(removedRun, addedRun), end]) {
    for (; i < pairedRemoved; i += 1) items.push(removed(removedRun[i]!));
    for (; j < pairedAdded; j += 1) items.push(added(addedRun[j]!));
    if (i < removedRun.length && j < addedRun.length) {
      items.push(changed(removedRun[i]!, addedRun[j]!));
      i += 1;
      j += 1;
    }
  }
  return items;
}

function noCounts(): ComparisonCounts {
  return { changed: 0, added: 0, removed: 0, unchanged: 0 };
}

/** Compares an older and a newer version of one document. */
export function compareVersions(older: DocumentStructure, newer: DocumentStructure): VersionComparison {
  const before = readingOrder(older);
  const after = readingOrder(newer);
  const changes = diffArrays(before, after, { comparator: (left, right) => left.type === right.type && left.key === right.key });

  const items: ComparedItem[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  let removedRun: Entry[] = [];
  let addedRun: Entry[] = [];
  const flush = () => {
    items.push(...replacementItems(removedRun, addedRun));
    removedRun = [];
    addedRun = [];
  };
  for (const change of changes) {
    const count = change.value.length;
    if (change.removed) {
      removedRun.push(...before.slice(oldIndex, oldIndex + count));
      oldIndex += count;
    } else if (change.added) {
      addedRun.push(...after.slice(newIndex, newIndex + count));
      newIndex += count;
    } else {
      flush();
      for (let k = 0; k < count; k += 1) items.push(unchanged(before[oldIndex + k]!, after[newIndex + k]!));
      oldIndex += count;
      newIndex += count;
    }
  }
  flush();

  const summary = noCounts();
  const byType = { heading: noCounts(), paragraph: noCounts() };
  for (const item of items) {
    summary[item.kind] += 1;
    byType[item.type][item.kind] += 1;
  }
  return { items, summary, byType };
}
