import { z } from 'astro/zod';
import { entryId } from './entry-id.ts';
import { isoDate, title, type ReferenceTo } from './fields.ts';
import { keysOf, remarkPositions, submitterKinds } from '../lib/vocabulary.ts';

/**
 * The report of a consultation, `content/consultation-reports/<document>-wersja-<n>.yaml`, as the
 * organiser's tool (/narzedzia/zestawienie-uwag/) writes it: every remark received on one version,
 * with the organiser's position and its justification. The remarks are the participants' own
 * words, published as text (never markup), so they are not held to the plain-text rules of the
 * editors' fields. That the document, version and units exist is checked by the rule
 * `consultation reports` (src/rules/consultation-reports.ts).
 */
const reportRemark = z
  .strictObject({
    paragraph: z
      .string()
      .regex(/^p-[1-9]\d*-[1-9]\d*$/, {
        error: (issue) => `oczekiwano adresu ustępu w postaci p-<paragraf>-<ustęp>, np. p-2-3; znaleziono „${String(issue.input)}”`,
      })
      .describe('Ustęp, którego dotyczy uwaga, jako jego adres w wersji, np. `p-2-3` (§ 2 ust. 3).'),
    submitterType: z
      .enum(keysOf(submitterKinds), { error: (issue) => `oczekiwano: ${Object.keys(submitterKinds).join(' albo ')}; znaleziono „${String(issue.input)}”` })
      .describe('Kto zgłosił uwagę: `organizacja` albo `osoba-prywatna`.'),
    submitter: z
      .string()
      .trim()
      .min(1, { error: 'pole nie może być puste' })
      .optional()
      .describe('Nazwa organizacji, która zgłosiła uwagę; przy osobie prywatnej tego pola nie ma (raport nie publikuje imion i nazwisk).'),
    proposal: z.string().trim().min(1, { error: 'brak treści uwagi' }).describe('Treść uwagi albo proponowany zapis, tak jak w formularzu.'),
    justification: z.string().default('').describe('Uzasadnienie uwagi, tak jak w formularzu; może być puste.'),
    position: z
      .enum(keysOf(remarkPositions), {
        error: (issue) =>
          issue.input === undefined
            ? `brak stanowiska wobec uwagi; wpisz jedno z: ${Object.keys(remarkPositions).join(', ')}`
            : `oczekiwano jednego ze stanowisk: ${Object.keys(remarkPositions).join(', ')}; znaleziono „${String(issue.input)}”`,
      })
      .describe('Stanowisko organizatora: `uwzgledniona`, `czesciowo-uwzgledniona`, `nieuwzgledniona` albo `wyjasnienie`.'),
    answer: z
      .string({ error: 'brak uzasadnienia stanowiska; każda uwaga w raporcie musi mieć odpowiedź' })
      .trim()
      .min(1, { error: 'brak uzasadnienia stanowiska; każda uwaga w raporcie musi mieć odpowiedź' })
      .describe('Uzasadnienie stanowiska, czyli odpowiedź organizatora na uwagę.'),
  })
  .superRefine((remark, ctx) => {
    if (remark.submitterType === 'osoba-prywatna' && remark.submitter !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['submitter'],
        message: 'osoby prywatnej nie podaje się z nazwiska: usuń to pole (raport pokaże „osoba prywatna”)',
      });
    }
    if (remark.submitterType === 'organizacja' && remark.submitter === undefined) {
      ctx.addIssue({ code: 'custom', path: ['submitter'], message: 'podaj nazwę organizacji, która zgłosiła uwagę' });
    }
  });

export function consultationReportSchema(_reference: ReferenceTo) {
  return z.strictObject({
    title: title.describe('Tytuł strony raportu, np. „Raport z konsultacji: Poradnik wdrażania modelu kooperacji dla miast, wersja 2”.'),
    document: entryId.describe(
      'Dokument, którego wersja była w konsultacjach: nazwa jego folderu w `content/guides/`, np. `poradnik-wdrazania-modelu-kooperacji-dla-miast`.',
    ),
    version: z
      .int({ error: (issue) => `oczekiwano numeru wersji (liczba całkowita od 1); znaleziono ${JSON.stringify(issue.input)}` })
      .min(1, { error: 'numer wersji zaczyna się od 1' })
      .describe('Numer wersji, która była w konsultacjach, np. 2.'),
    date: isoDate.describe('Dzień publikacji raportu, np. 2027-01-15.'),
    remarks: z
      .array(reportRemark)
      .min(1, { error: 'raport musi mieć co najmniej jedną uwagę' })
      .describe('Wszystkie uwagi zgłoszone do tej wersji, każda ze stanowiskiem i jego uzasadnieniem.'),
  });
}
