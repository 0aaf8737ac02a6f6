import { z } from 'astro/zod';
import { toIsoDate } from '../lib/dates.ts';
import { description, formerIds, isoDate, plainText, type ReferenceTo, shortTitle, title, entryRefs } from './fields.ts';
import { documentStatuses, keysOf } from '../lib/vocabulary.ts';

/**
 * One version of a guidance document (e.g. a practical guide to implementing a model), in
 * `content/guides/<document>/<version>.mdx`. Each version is its own file and is never edited
 * after publication, so every version stays readable at its own address; the next version is a
 * copy with the changes and a `changeNote`. The body is numbered for citation: every `##`
 * heading is a paragraph (§), every block of text under it a unit (ust.).
 */
export function guideVersionSchema(reference: ReferenceTo) {
  const to = entryRefs(reference);
  return z
    .strictObject({
      title: title.describe('Tytuł dokumentu (nagłówek h1), najwyżej 200 znaków, np. „Poradnik wdrażania modelu kooperacji dla miast”.'),
      shortTitle: shortTitle.optional().describe('Krótka nazwa do list i ścieżki nawigacji, najwyżej 80 znaków, np. „Poradnik: model kooperacji dla miast”.'),
      description: description.describe('Jedno zdanie, 50–300 znaków, które streszcza dokument.'),
      status: z
        .enum(keysOf(documentStatuses), {
          error: (issue) => `oczekiwano jednego ze statusów: ${Object.keys(documentStatuses).join(', ')}; znaleziono „${String(issue.input)}”`,
        })
        .describe(
          'Stan tej wersji: `projekt` (wersja robocza, której nie ma w wersji publicznej; może nią być tylko najnowsza wersja), `konsultacje` (czytelnicy zgłaszają uwagi w okresie `consultation`) albo `przyjety`.',
        ),
      version: z
        .int({ error: (issue) => `oczekiwano numeru wersji (liczba całkowita od 1); znaleziono ${JSON.stringify(issue.input)}` })
        .min(1, { error: 'numer wersji zaczyna się od 1' })
        .describe('Numer wersji, taki sam jak nazwa pliku: `2.mdx` ma `version: 2`.'),
      date: isoDate.describe('Dzień publikacji tej wersji (wersji roboczej: dzień tekstu roboczego), np. 2026-11-23.'),
      consultation: z
        .strictObject({
          from: isoDate.describe('Pierwszy dzień konsultacji, nie wcześniej niż `date`, np. 2026-11-23.'),
          to: isoDate.describe('Ostatni dzień konsultacji, nie wcześniej niż `from`, np. 2026-12-18.'),
        })
        .refine((period) => period.from.getTime() <= period.to.getTime(), {
          error: 'konsultacje muszą kończyć się nie wcześniej, niż się zaczynają (pole „to” przed „from”)',
          path: ['to'],
        })
        .optional()
        .describe('Okres konsultacji, pierwszy i ostatni dzień; wymagany przy statusie `konsultacje`.'),
      changeNote: plainText.optional().describe('Co zmieniło się względem poprzedniej wersji, napisane dla czytelników; wymagane od wersji 2.'),
      sources: z
        .array(to.sources)
        .min(1, { error: 'podaj co najmniej jeden dokument źródłowy (identyfikator z content/sources.yaml)' })
        .describe(
          'Dokumenty źródłowe, z których napisano tekst (identyfikatory z `content/sources.yaml`), co najmniej jeden, np. `[zrodlo-kooperacja-miasta]`.',
        ),
      models: z.array(to.models).default([]).describe('Modele, których dotyczy dokument, np. `[model-kooperacji-dla-miast]`.'),
      aliases: formerIds.describe(
        'Dawne nazwy folderu dokumentu: ich adresy prowadzą do dokumentu, jego wersji, porównań i formularzy uwag. Wystarczy je wpisać w jednej opublikowanej wersji; kolejna wersja, skopiowana z poprzedniej, je przejmie (zob. „Zmiana adresu wpisu”).',
      ),
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
