/** Lookups the rules share over the parsed entries. */
import { contentTypes, type ContentTypeName } from '../collections/table.ts';
import { documentIdOf } from '../lib/consultation/documents.ts';
import { findReferences, type FoundReference } from '../lib/references.ts';
import type { ParsedEntry, RuleInput } from './types.ts';

export function keyOf(type: string, id: string): string {
  return `${type}/${id}`;
}

/** Entries whose schema output the rules can read. */
export function readEntries(input: RuleInput): (ParsedEntry & { data: unknown })[] {
  return input.entries.filter((entry): entry is ParsedEntry & { data: unknown } => entry.data !== undefined);
}

/** Keys of the entries that exist but failed: their own problem is reported, checks that need them are knock-ons. */
export function failedKeys(input: RuleInput): ReadonlySet<string> {
  return new Set(input.entries.filter((entry) => entry.data === undefined).map((entry) => keyOf(entry.type, entry.id)));
}

/** Where an entry is, as the report names it: its file, and for an entry of a list file which one. */
export function whereIs(entry: Pick<ParsedEntry, 'file' | 'entry'>): string {
  return entry.entry === undefined ? entry.file : `${entry.file} (wpis „${entry.entry}”)`;
}

/** Where each entry is (`whereIs`), by key. */
export function placesByKey(input: RuleInput): ReadonlyMap<string, string> {
  return new Map(input.entries.map((entry) => [keyOf(entry.type, entry.id), whereIs(entry)]));
}

/** The id an entry's address uses: a guidance document's versions share the document's. */
export function addressId(type: ContentTypeName, id: string): string {
  return contentTypes[type].storage === 'versioned' ? documentIdOf(id) : id;
}

/** Every known id of each type, failed entries included, so a reference to a broken entry is not called unknown. */
export function idsByType(input: RuleInput): ReadonlyMap<ContentTypeName, ReadonlySet<string>> {
  const ids = new Map<ContentTypeName, Set<string>>();
  for (const entry of input.entries) {
    const set = ids.get(entry.type) ?? new Set<string>();
    set.add(entry.id);
    ids.set(entry.type, set);
  }
  return ids;
}

/** List files that could not be read at all: no entry of theirs is known, so references into them say nothing new. */
export function unreadableTypes(input: RuleInput): ReadonlySet<ContentTypeName> {
  return new Set(input.files.filter((file) => contentTypes[file.type].storage === 'list' && input.unreadable.has(file.file)).map((file) => file.type));
}

const TYPE_NAMES = new Set<string>(Object.keys(contentTypes));
const referenceWalks = new WeakMap<RuleInput, { entry: ParsedEntry & { data: unknown }; references: FoundReference[] }[]>();

/** Every entry with the references in its data; walking the data is the costly part, so it is done once per input. */
export function entriesWithReferences(input: RuleInput): readonly { entry: ParsedEntry & { data: unknown }; references: readonly FoundReference[] }[] {
  let walked = referenceWalks.get(input);
  if (!walked) {
    walked = readEntries(input).map((entry) => ({ entry, references: findReferences(entry.data, TYPE_NAMES) }));
    referenceWalks.set(input, walked);
  }
  return walked;
}
