import { z } from 'astro/zod';
import { formerIds, plainText, type ReferenceTo, title } from './fields.ts';
import { entryId } from './entry-id.ts';

/** A glossary term: an acronym or term of art, explained in plain Polish. */
export function glossaryTermSchema(reference: ReferenceTo) {
  return z.strictObject({
    /** Stable id, e.g. "ops". */
    id: entryId,
    /** The term as it appears in text, e.g. "OPS" or "kontrakt socjalny". */
    term: title,
    /** Expansion of an acronym, e.g. "ośrodek pomocy społecznej". */
    expansion: plainText.optional(),
    /** What it means, in one or two plain sentences. */
    definition: plainText,
    /** Other spellings or inflected forms readers may meet, e.g. "GOPS-u". */
    aliases: z.array(plainText).default([]),
    /** Source documents that use the term. */
    sources: z.array(reference('sources')).min(1, { error: 'podaj co najmniej jeden dokument źródłowy, w którym pojęcie występuje' }),
    /**
     * Former ids whose addresses lead to this term's page; see `formerIds`. Named differently from
     * the other collections because `aliases` here already lists other spellings of the term.
     */
    formerIds,
  });
}

export type GlossaryTermData = z.output<ReturnType<typeof glossaryTermSchema>>;
