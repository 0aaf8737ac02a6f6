import { z } from 'astro/zod';
import { formerIds, plainText, title } from './fields.ts';
import { keysOf, sourceKinds } from '../lib/vocabulary.ts';
import { entryId } from './entry-id.ts';

/** A source document: one of the documents every fact on the site comes from. */
export const sourceSchema = z.strictObject({
  id: entryId.describe('Stały identyfikator, którego używają pola `sources` i `source` oraz `<Cite source="…" />`, np. `zrodlo-liderzy-kooperacji`.'),
  title: title.describe('Tytuł, jaki podaje dokument, np. „Model tworzenia lokalnych programów opieki wytchnieniowej”.'),
  kind: z
    .enum(keysOf(sourceKinds), {
      error: (issue) => `oczekiwano jednego z rodzajów: ${Object.keys(sourceKinds).join(', ')}; znaleziono „${String(issue.input)}”`,
    })
    .describe('Rodzaj dokumentu.'),
  publisher: plainText.optional().describe('Kto opublikował dokument, gdy dokument to podaje.'),
  archivedCopy: plainText.describe('Nazwa pliku kopii w `content/archive/`, z której pracowała redakcja, np. `000_02c70b4723686d81.txt`.'),
  summary: plainText.describe('O czym jest dokument, w jednym–dwóch zdaniach.'),
  aliases: formerIds.describe('Dawne identyfikatory dokumentu, których adresy prowadzą do jego strony; zob. „Zmiana adresu wpisu”.'),
});
