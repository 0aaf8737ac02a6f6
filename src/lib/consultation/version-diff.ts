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
 * item with a word-by-word diff (`run-pairing.ts`, `word-diff.ts`). Headings pair only with headings
 * and units only with units. What stays unpaired is `removed` (at the place it had in the older
 * version) or `added`.
 *
 * Moving a unit to another place is not recognised as a move: it shows as removed where it was and
 * added where it is now.
 */
import { diffArrays } from 'diff';
import { normaliseParagraphText, type DocumentStructure, type NumberedParagraph, type NumberedSection } from './paragraphs.ts';
import { pairRuns } from './run-pairing.ts';
import { wordCounts, wordParts, type WordPart } from './word-diff.ts';

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

type Entry =
  | { type: 'heading'; key: string; words: Map<string, number>; value: NumberedSection }
  | { type: 'paragraph'; key: string; words: Map<string, number>; value: NumberedParagraph };

/** Text as compared for equality: whitespace collapsed (line breaks between list items kept), Unicode composed. */
function comparisonKey(text: string): string {
  return normaliseParagraphText(text.normalize('NFC'));
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

/** The anchor of an item on the comparison page (`#zmiana-3`), by its place in the items. */
export function changeAnchor(index: number): string {
  return `zmiana-${index + 1}`;
}

/**
 * Where each unit of the older version went in the comparison, by its id (`p-2-3`): the item's
 * anchor and what happened to it, so a remark on the unit can link to its change.
 */
export function unitChanges(comparison: VersionComparison): Map<string, { anchor: string; kind: ChangeKind }> {
  const changes = new Map<string, { anchor: string; kind: ChangeKind }>();
  comparison.items.forEach((item, index) => {
    if (item.type === 'paragraph' && item.before) changes.set(item.before.id, { anchor: changeAnchor(index), kind: item.kind });
  });
  return changes;
}
