import { z } from 'astro/zod';
import { toIsoDate } from '../lib/dates.ts';
import { description, isoDate, plainText, title, type ReferenceTo, entryRefs } from './fields.ts';
import { entryId } from './entry-id.ts';

/**
 * The English summary of a page, written in the Polish page's own file (`english:` in its
 * frontmatter), so the two travel together. Figures, dates, partners and places are not repeated
 * here: the English page shows the Polish page's own data with English labels.
 */
function englishSummaryFields(reference: ReferenceTo) {
  return {
    translated: isoDate.describe(
      'Data ostatniej zmiany strony polskiej (najnowszy wpis w `changes`), którą uwzględnia tekst angielski, np. 2026-11-23. Gdy strona polska zmieni się później, budowanie zatrzyma się, dopóki tłumaczenie nie zostanie uzupełnione i ta data poprawiona.',
    ),
    title: title.describe(
      'Tytuł strony angielskiej; polską nazwę własną zostaw po polsku i objaśnij po angielsku, np. „Liderzy Kooperacji (Cooperation Leaders)”.',
    ),
    description: description.describe('Jedno zdanie po angielsku, 50–300 znaków, które streszcza stronę (listy, wyszukiwarka, opis dla wyszukiwarek).'),
    about: z
      .array(plainText)
      .min(1, { error: 'podaj co najmniej jeden akapit: czym jest to, co opisuje strona' })
      .describe('„What it is”: akapity po angielsku, prostym brytyjskim angielskim, tylko z faktami, które ma strona polska.'),
    audience: z.array(plainText).default([]).describe('„Whom it serves”: komu służy, po jednej pozycji listy.'),
    results: z.array(plainText).default([]).describe('„Results”: rezultaty i produkty, po jednej pozycji listy; bez liczb, których nie ma strona polska.'),
    terms: z
      .array(entryRefs(reference).glossary)
      .default([])
      .describe('Hasła słownika użyte na stronie angielskiej, np. `[ops, rops]`; każde musi mieć pole `english` w `content/glossary.yaml`.'),
  };
}

/** English fields of a project: the summary and the funding programme in words. */
export function englishProjectSchema(reference: ReferenceTo) {
  return z.strictObject({
    ...englishSummaryFields(reference),
    funding: plainText.describe(
      'Program finansowania słowami, po angielsku, z polską nazwą i objaśnieniem, np. „FERS 2021–2027 (European Funds for Social Development)”.',
    ),
  });
}

const englishStep = z.strictObject({
  title: plainText.describe('Tytuł kroku po angielsku.'),
  summary: plainText.describe('Co się dzieje w kroku, po angielsku.'),
  inputs: z.array(plainText).default([]).describe('Nazwy z `inputs` kroku po angielsku, w tej samej kolejności i liczbie.'),
  outputs: z.array(plainText).default([]).describe('Nazwy z `outputs` kroku po angielsku, w tej samej kolejności i liczbie.'),
  ways: z
    .array(plainText)
    .default([])
    .describe('Kiedy wybrać każdą z dróg dalej (`when` w `next`) po angielsku, po jednej na każdą drogę z `when`, w tej samej kolejności.'),
});

/** English fields of a model: the summary, the workflow's note and every step, by the step's id. */
export function englishModelSchema(reference: ReferenceTo) {
  return z.strictObject({
    ...englishSummaryFields(reference),
    workflowNote: plainText.optional().describe('Uwaga o przebiegu (`workflow.note`) po angielsku.'),
    steps: z
      .record(entryId, englishStep)
      .meta({ editorType: 'identyfikator kroku → krok' })
      .default({})
      .describe('Kroki przebiegu po angielsku, po identyfikatorze kroku, np. `wywiad-srodowiskowy: { title: …, summary: … }`; każdy krok modelu musi tu być.'),
  });
}

/** English fields of a local programme. */
export function englishProgrammeSchema(reference: ReferenceTo) {
  return z.strictObject(englishSummaryFields(reference));
}

/** A glossary term in English: what an English page shows for it. */
export const englishGlossaryTerm = z.strictObject({
  expansion: plainText.optional().describe('Rozwinięcie skrótu po angielsku, np. „municipal social welfare centre”.'),
  definition: plainText.describe('Co pojęcie znaczy, po angielsku, w jednym–dwóch prostych zdaniach.'),
});

/** The English gloss of an institution's Polish name, shown after it on English pages. */
export const englishName = plainText;

type Translated = { updated: Date; english?: { translated: Date } | undefined };

/** A translation older than the Polish page's last change is stale: the build stops until it is brought up to date. */
export function checkTranslationCurrent(document: Translated, ctx: z.RefinementCtx): void {
  const translated = document.english?.translated;
  if (translated && translated.getTime() < document.updated.getTime()) {
    ctx.addIssue({
      code: 'custom',
      path: ['english', 'translated'],
      message: `tłumaczenie angielskie jest nieaktualne: strona polska zmieniła się ${toIsoDate(document.updated)}, a tekst angielski uwzględnia stan z ${toIsoDate(translated)}; uzupełnij pola „english” o te zmiany i wpisz w „english › translated” datę ${toIsoDate(document.updated)}`,
    });
  }
  if (translated && translated.getTime() > document.updated.getTime()) {
    ctx.addIssue({
      code: 'custom',
      path: ['english', 'translated'],
      message: `data tłumaczenia (${toIsoDate(translated)}) jest późniejsza niż ostatnia zmiana strony polskiej (${toIsoDate(document.updated)}); wpisz datę zmiany strony polskiej, którą tłumaczenie uwzględnia`,
    });
  }
}
