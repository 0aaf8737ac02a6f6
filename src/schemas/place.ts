import { z } from 'astro/zod';
import { checkUpdatedMatchesChanges, documentFields, plainText, type ReferenceTo, entryRefs } from './fields.ts';
import { terytCodeProblem } from '../lib/teryt.ts';
import { keysOf, placeTypes } from '../lib/vocabulary.ts';

/** A place named in the sources: województwo, powiat or gmina. */
export function placeSchema(reference: ReferenceTo) {
  const to = entryRefs(reference);
  return z
    .strictObject({
      ...documentFields(reference),
      name: plainText.describe('Nazwa bez rodzaju miejsca, np. „podlaskie”, „hajnowski”, „Michałowo”.'),
      type: z
        .enum(keysOf(placeTypes), {
          error: (issue) => `oczekiwano jednego z rodzajów: ${Object.keys(placeTypes).join(', ')}; znaleziono „${String(issue.input)}”`,
        })
        .describe('Rodzaj miejsca.'),
      parent: to.places.optional().describe('Miejsce, w którym to leży, tylko gdy podaje je źródło, np. `wojewodztwo-podlaskie`.'),
      // An identifier, not a fact from the sources: it lets data users join our tables with official statistics.
      teryt: z
        .string()
        .regex(/^(\d{2}|\d{4}|\d{7})$/, {
          error: (issue) =>
            `oczekiwano kodu TERYT: 2 cyfry (województwo), 4 (powiat) albo 7 (gmina), np. "20", "2005", "2005082"; znaleziono „${String(issue.input)}”`,
        })
        .meta({ editorType: 'tekst: 2, 4 albo 7 cyfr' })
        .optional()
        .describe(
          "Kod z rejestru TERYT GUS: 2 cyfry dla województwa, 4 dla powiatu, 7 dla gminy (ostatnia to rodzaj gminy), np. `'2002073'`. Zawsze w apostrofach, bo bez nich YAML czyta kod jako liczbę. Nie pochodzi ze źródeł: sprawdź go w rejestrze TERYT przed publikacją.",
        ),
    })
    .superRefine(checkUpdatedMatchesChanges)
    .superRefine((place, ctx) => {
      // Whether the code exists for this kind of place; that it lies in `parent` is checked across entries by the validator.
      const problem = place.teryt === undefined ? undefined : terytCodeProblem(place.teryt, place.type);
      if (problem) ctx.addIssue({ code: 'custom', path: ['teryt'], message: problem });
    });
}
