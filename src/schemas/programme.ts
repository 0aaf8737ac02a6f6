import { z } from 'astro/zod';
import { checkTranslationCurrent, englishProgrammeSchema } from './english.ts';
import { checkUpdatedMatchesChanges, documentFields, isoDate, plainText, year, type ReferenceTo, entryRefs } from './fields.ts';

/** A local programme adopted by a council resolution, e.g. a respite-care programme. */
export function programmeSchema(reference: ReferenceTo) {
  const to = entryRefs(reference);
  return z
    .strictObject({
      ...documentFields(reference),
      place: to.places.describe('Gmina albo miasto, którego rada przyjęła program, np. `miasto-rybnik`.'),
      resolution: z
        .strictObject({
          body: plainText.describe('Organ, który podjął uchwałę, np. „Rada Miasta Rybnika”.'),
          number: plainText.describe('Numer uchwały tak, jak jest zapisany, np. „715/XLIII/2021”.'),
          date: isoDate.describe('Dzień podjęcia uchwały, np. 2021-09-23.'),
        })
        .describe('Uchwała, którą przyjęto program.'),
      years: z
        .strictObject({
          from: year.describe('Pierwszy rok programu, np. 2021.'),
          to: year.describe('Ostatni rok programu, np. 2025; nie wcześniejszy niż `from`.'),
        })
        .refine((years) => years.from <= years.to, {
          error: 'rok „to” jest wcześniejszy niż rok „from”',
          path: ['to'],
        })
        .describe('Lata, na które przyjęto program.'),
      project: to.projects.optional().describe('Projekt, w ramach którego przyjęto program, np. `lokalne-programy-opieki-wytchnieniowej`.'),
      model: to.models.optional().describe('Model, według którego powstał program, np. `model-tworzenia-programow-opieki-wytchnieniowej`.'),
      english: englishProgrammeSchema(reference)
        .optional()
        .describe(
          'Streszczenie strony po angielsku, z którego powstaje strona `/en/programmes/<id>/`; program bez niego nie ma strony angielskiej. Zob. „Strony po angielsku”.',
        ),
    })
    .superRefine(checkUpdatedMatchesChanges)
    .superRefine(checkTranslationCurrent);
}
