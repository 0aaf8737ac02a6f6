/**
 * Entries as pages handle them, typed by Astro's collections (src/content.config.ts, one per row
 * of the table): any entry, the documents, references, and the entries components take by name.
 */
import type { CollectionEntry, CollectionKey } from 'astro:content';
import type { DocumentTypeName } from './table.ts';

export type AnyEntry = { [C in CollectionKey]: CollectionEntry<C> }[CollectionKey];
export type DocumentEntry = { [C in DocumentTypeName]: CollectionEntry<C> }[DocumentTypeName];
export type Ref<C extends CollectionKey = CollectionKey> = { collection: C; id: string };

export type ProjectEntry = CollectionEntry<'projects'>;
export type ModelEntry = CollectionEntry<'models'>;
export type IndicatorEntry = CollectionEntry<'indicators'>;

/** A reference to a source document: what every page and chart cites. */
export type SourceRef = Ref<'sources'>;
export const sourceRef = (id: string): SourceRef => ({ collection: 'sources', id });

/** Relation previews list entries of any type; a component showing one type's fields takes those. */
export function isModel(entry: AnyEntry): entry is ModelEntry {
  return entry.collection === 'models';
}

export function isIndicator(entry: AnyEntry): entry is IndicatorEntry {
  return entry.collection === 'indicators';
}
