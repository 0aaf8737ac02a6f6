import { z } from 'astro/zod';
import { toIsoDate } from '../lib/dates.ts';
import { description, formerIds, isoDate, plainText, type ReferenceTo, shortTitle, title } from './fields.ts';
import { documentStatuses, keysOf } from '../lib/vocabulary.ts';

/**
 * One version of a guidance document (e.g. a practical guide to implementing a model), in
 * `content/guides/<document>/<version>.mdx`. Each version is its own file and is never edited
 * after publication, so every version stays readable at its own address; the next version is a
 * copy with the changes and a `changeNote`. The body is numbered for citation: every `##`
 * heading is a paragraph (§), every block of text under it a unit (ust.).
 */
export function guideVersionSchema(reference: ReferenceTo) {
  return z
    .strictObject({
      /** Page title (h1), in Polish. */
      title,
      /** Short name for breadcrumbs and lists. */
      shortTitle: shortTitle.optional(),
      /** One-sentence summary, 50–300 characters. */
      description,
      /**
       * `projekt` (a working draft: left out of the public build), `konsultacje` (open for
       * remarks in the `consultation` period) or `przyjety` (adopted).
       */
      status: z.enum(keysOf(documentStatuses), {
        error: (issue) => `oczekiwano jednego ze statusów: ${Object.keys(documentStatuses).join(', ')}; znaleziono „${String(issue.input)}”`,
      }),
      /** Version number, the same as the file name: `2.mdx` has `version: 2`. */
      version: z
        .int({ error: (issue) => `oczekiwano numeru wersji (liczba całkowita od 1); znaleziono ${JSON.stringify(issue.input)}` })
        .min(1, { error: 'numer wersji zaczyna się od 1' }),
      /** Day this version was published (for a draft: the day of the working text), `RRRR-MM-DD`. */
      date: isoDate,
      /** The consultation period, first and last day; required while the status is `konsultacje`. */
      consultation: z
        .strictObject({ from: isoDate, to: isoDate })
        .refine((period) => period.from.getTime() <= period.to.getTime(), {
          error: 'konsultacje muszą kończyć się nie wcześniej, niż się zaczynają (pole „to” przed „from”)',
          path: ['to'],
        })
        .optional(),
      /** What changed since the previous version, for readers; required from version 2 on. */
      changeNote: plainText.optional(),
      /** Source documents the text is written from (ids in `content/sources.yaml`), at least one. */
      sources: z.array(reference('sources')).min(1, { error: 'podaj co najmniej jeden dokument źródłowy (identyfikator z content/sources.yaml)' }),
      /** Models the document is about. */
      models: z.array(reference('models')).default([]),
      /**
       * Former ids (folder names) of the whole document; see `formerIds`. Any version may list
       * them and the document keeps the union, so a new version copied from the last one keeps them.
       */
      aliases: formerIds,
    })
    .superRefine((version, ctx) => {
      if (version.status === 'konsultacje' && !version.consultation) {
        ctx.addIssue({
          code: 'custom',
          path: ['consultation'],
          message: 'dokument w konsultacjach musi podać ich okres: consultation: { from: RRRR-MM-DD, to: RRRR-MM-DD }',
        });
      }
      if (version.consultation && version.consultation.from.getTime() < version.date.getTime()) {
        ctx.addIssue({
          code: 'custom',
          path: ['consultation', 'from'],
          message: `konsultacje nie mogą zacząć się przed publikacją wersji (${toIsoDate(version.date)}); znaleziono ${toIsoDate(version.consultation.from)}`,
        });
      }
      if (version.version > 1 && !version.changeNote) {
        ctx.addIssue({
          code: 'custom',
          path: ['changeNote'],
          message: 'od wersji 2 podaj w „changeNote”, co zmieniło się względem poprzedniej wersji',
        });
      }
    });
}

export type GuideVersionData = z.output<ReturnType<typeof guideVersionSchema>>;
