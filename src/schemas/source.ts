import { z } from 'astro/zod';
import { formerIds, plainText, title } from './fields.ts';
import { keysOf, sourceKinds } from '../lib/vocabulary.ts';
import { entryId } from './entry-id.ts';

/** A source document: one of the documents every fact on the site comes from. */
export const sourceSchema = z.strictObject({
  /** Stable id used in `sources:` fields, e.g. "zrodlo-liderzy-kooperacji". */
  id: entryId,
  /** Title as the document gives it. */
  title,
  /** What kind of document it is. */
  kind: z.enum(keysOf(sourceKinds), {
    error: (issue) => `oczekiwano jednego z rodzajów: ${Object.keys(sourceKinds).join(', ')}; znaleziono „${String(issue.input)}”`,
  }),
  /** Who published it, when the document says. */
  publisher: plainText.optional(),
  /** File name of the archived copy the editors worked from. */
  archivedCopy: plainText,
  /** What the document covers, in a sentence or two. */
  summary: plainText,
  /** Former ids whose addresses lead to this source's page; see `formerIds`. */
  aliases: formerIds,
});

export type SourceData = z.output<typeof sourceSchema>;
