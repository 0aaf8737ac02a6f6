/** How easy each type's pages must be to read, as its row of the table says (`readingLevel`). */
import type { ContentTypeRow } from './row.ts';
import { contentTypes, type ContentTypeName } from './table.ts';

export function readingLevelOf(type: ContentTypeName): ContentTypeRow['readingLevel'] {
  return (contentTypes[type] as ContentTypeRow).readingLevel;
}
