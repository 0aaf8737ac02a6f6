import { z } from 'astro/zod';
import { checkUpdatedMatchesChanges, documentFields, plainText, type ReferenceTo } from './fields.ts';
import { keysOf, placeTypes } from './vocabulary.ts';

/** A place named in the sources: województwo, powiat or gmina. */
export function placeSchema(reference: ReferenceTo) {
  return z
    .strictObject({
      ...documentFields(reference),
      /** Name without the type, e.g. "podlaskie", "hajnowski", "Michałowo". */
      name: plainText,
      /** województwo, powiat or gmina. */
      type: z.enum(keysOf(placeTypes), {
        error: (issue) => `oczekiwano jednego z rodzajów: ${Object.keys(placeTypes).join(', ')}; znaleziono „${String(issue.input)}”`,
      }),
      /** The enclosing place, only when a source states it. */
      parent: reference('places').optional(),
    })
    .superRefine(checkUpdatedMatchesChanges);
}

export type PlaceData = z.output<ReturnType<typeof placeSchema>>;
