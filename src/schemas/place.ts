import { z } from 'astro/zod';
import { checkUpdatedMatchesChanges, documentFields, plainText, type ReferenceTo } from './fields.ts';
import { terytCodeProblem } from '../lib/teryt.ts';
import { keysOf, placeTypes } from '../lib/vocabulary.ts';

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
      /**
       * Code in the GUS TERYT register: 2 digits for a województwo, 4 for a powiat, 7 for a gmina
       * (with the gmina-type digit), e.g. "20", "2005", "2005082". An identifier, not a fact from
       * the sources; it lets data users join our tables with official statistics.
       */
      teryt: z
        .string()
        .regex(/^(\d{2}|\d{4}|\d{7})$/, {
          error: (issue) =>
            `oczekiwano kodu TERYT: 2 cyfry (województwo), 4 (powiat) albo 7 (gmina), np. "20", "2005", "2005082"; znaleziono „${String(issue.input)}”`,
        })
        .optional(),
    })
    .superRefine(checkUpdatedMatchesChanges)
    .superRefine((place, ctx) => {
      // Whether the code exists for this kind of place; that it lies in `parent` is checked across entries by the validator.
      const problem = place.teryt === undefined ? undefined : terytCodeProblem(place.teryt, place.type);
      if (problem) ctx.addIssue({ code: 'custom', path: ['teryt'], message: problem });
    });
}

export type PlaceData = z.output<ReturnType<typeof placeSchema>>;
