import { z } from 'astro/zod';
import { checkUpdatedMatchesChanges, documentFields, entryRefs, type ReferenceTo } from './fields.ts';
import { entryId } from './entry-id.ts';

/** The fields that say which page an easy-to-read text summarises: exactly one of them is given. */
export const EASY_READ_SUBJECT_FIELDS = ['model', 'programme', 'guide'] as const;

/**
 * An easy-to-read text (tekst łatwy do czytania, ETR) summarising one model, programme or
 * guidance document for readers who need simple Polish. Its file is named with the id of the
 * page it summarises, so its address is `/latwy-tekst/<that id>/`. Its text is held to the
 * easy-to-read limits by src/rules/readability.ts.
 */
export function easyReadSchema(reference: ReferenceTo) {
  const to = entryRefs(reference);
  return z
    .strictObject({
      ...documentFields(reference),
      model: to.models.optional().describe('Model, który streszcza ten tekst, np. `model-opieki-domowej-na-wsi`; plik ma nazwę z tym samym identyfikatorem.'),
      programme: reference('programmes')
        .optional()
        .describe('Program, który streszcza ten tekst, np. `lokalny-program-opieki-wytchnieniowej-rybnik`; plik ma nazwę z tym samym identyfikatorem.'),
      guide: entryId
        .optional()
        .describe(
          'Dokument do konsultacji (nazwa jego folderu w `content/guides/`), który streszcza ten tekst, np. `poradnik-wdrazania-modelu-kooperacji-dla-miast`; tekst mówi, czego dotyczy dokument i jak zgłosić uwagę.',
        ),
    })
    .superRefine((text, ctx) => {
      const given = EASY_READ_SUBJECT_FIELDS.filter((field) => text[field] !== undefined);
      if (given.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: [given[1] ?? 'model'],
          message:
            given.length === 0
              ? 'podaj, co streszcza ten tekst: jedno z pól „model”, „programme” albo „guide”'
              : `tekst streszcza jedną stronę; podano pola ${given.map((field) => `„${field}”`).join(' i ')}, zostaw jedno`,
        });
      }
      checkUpdatedMatchesChanges(text, ctx);
    });
}
