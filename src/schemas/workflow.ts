import { z } from 'astro/zod';
import { entryId } from './entry-id.ts';
import { plainText, type ReferenceTo, title, entryRefs } from './fields.ts';
import { WORKFLOW_CODE } from '../lib/step-codes.ts';
import { keysOf, workflowLevels, workflowSectors } from '../lib/vocabulary.ts';

/**
 * A model's workflow: the steps an official goes through, in the order the page lists them.
 * The first step is the start. Graph rules (every `next` exists, every step reachable, at least one
 * end, loops only where marked) are checked by `checkWorkflow` in `src/lib/workflow-graph.ts`.
 */

/** Something a step takes in or produces, e.g. "kontrakt socjalny", optionally linked to its glossary entry. */
function workflowItemSchema(reference: ReferenceTo) {
  const to = entryRefs(reference);
  return z.union(
    [
      plainText.transform((label) => ({ label, term: undefined })),
      z.strictObject({
        label: plainText.describe('Nazwa tak, jak pokazuje ją strona, np. „zindywidualizowana diagnoza potrzeb”.'),
        term: to.glossary.optional().describe('Hasło ze słownika, które ją objaśnia, np. `wywiad-srodowiskowy`.'),
      }),
    ],
    {
      error: 'oczekiwano nazwy (tekst) albo pól „label” i opcjonalnie „term” (hasło ze słownika)',
    },
  );
}

/** A way on from a step: the id of the next step, or `{ step, when, loop }` for a choice or a marked loop. */
const workflowNextSchema = z.union(
  [
    entryId.transform((step) => ({ step, when: undefined, loop: false })),
    z.strictObject({
      step: entryId.describe('Identyfikator kroku, do którego prowadzi ta droga.'),
      when: plainText
        .optional()
        .describe('Kiedy wybrać tę drogę, gdy jest ich kilka („lub”), np. „gdy współpraca z instytucją sektorową wymaga mediatora lub eksperta”.'),
      loop: z.boolean().default(false).describe('`true` dla zamierzonego powrotu do wcześniejszego kroku, np. z monitorowania do diagnozy.'),
    }),
  ],
  { error: 'oczekiwano identyfikatora kroku albo pól „step”, „when” i „loop”' },
);

export function workflowStepSchema(reference: ReferenceTo) {
  const to = entryRefs(reference);
  return z.strictObject({
    id: entryId.describe(
      'Stały identyfikator kroku, np. `zgloszenie-potrzeby`. Adres kroku to `#krok-<id>`, więc po publikacji się go nie zmienia, także gdy zmienia się tytuł.',
    ),
    title: title.describe('Krótki tytuł kroku, np. „Wywiad środowiskowy”.'),
    summary: plainText.describe('Co się dzieje w tym kroku, prostym językiem.'),
    actors: z
      .array(to.institutions)
      .default([])
      .describe('Kto działa: instytucje i rodzaje instytucji, np. `[rodzaj-ops, rodzaj-rops]`; pusta lista, gdy źródło tego nie mówi.'),
    sectors: z
      .array(
        z.enum(keysOf(workflowSectors), {
          error: (issue) => `oczekiwano jednego z sektorów: ${Object.keys(workflowSectors).join(', ')}; znaleziono „${String(issue.input)}”`,
        }),
      )
      .default([])
      .describe('Sektory, których dotyczy krok, np. `[edukacja, ochrona-zdrowia]`.'),
    levels: z
      .array(
        z.enum(keysOf(workflowLevels), {
          error: (issue) => `oczekiwano jednego z poziomów: ${Object.keys(workflowLevels).join(', ')}; znaleziono „${String(issue.input)}”`,
        }),
        {
          error: (issue) =>
            issue.input === undefined
              ? `brak wymaganego pola: podaj listę poziomów, np. [gmina, powiat]; dozwolone: ${Object.keys(workflowLevels).join(', ')}`
              : `oczekiwano listy poziomów, np. [gmina, powiat]; dozwolone: ${Object.keys(workflowLevels).join(', ')}`,
        },
      )
      .min(1, { error: `podaj co najmniej jeden poziom: ${Object.keys(workflowLevels).join(', ')}` })
      .describe('Poziomy, na których dzieje się krok, co najmniej jeden, np. `[gmina, powiat]`.'),
    inputs: z
      .array(workflowItemSchema(reference))
      .default([])
      .describe('Z czego krok korzysta: nazwy albo `{ label, term }` z hasłem ze słownika, np. `[zgłoszenie potrzeby wsparcia]`.'),
    outputs: z
      .array(workflowItemSchema(reference))
      .default([])
      .describe('Co krok daje, w tej samej postaci co `inputs`, np. `{ label: wywiad środowiskowy, term: wywiad-srodowiskowy }`.'),
    optional: z.boolean().default(false).describe('`true` dla kroku, który odbywa się tylko „w razie potrzeby”.'),
    next: z
      .array(workflowNextSchema)
      .default([])
      .describe(
        'Następne kroki: sam identyfikator kroku albo `{ step, when, loop }`. Kilka pozycji to wybór („lub”) i każda ma wtedy `when`. Krok bez `next` kończy przebieg.',
      ),
    source: to.sources.describe('Dokument źródłowy, z którego pochodzi krok, np. `zrodlo-kooperacja-miasta`.'),
  });
}

export function workflowSchema(reference: ReferenceTo) {
  return z.strictObject({
    code: z
      .string({ error: 'brak kodu przebiegu: podaj krótki kod wielkimi literami, np. MK-M' })
      .regex(WORKFLOW_CODE, {
        error: (issue) => `oczekiwano kodu z 2–5 wielkich liter, z jedną częścią po łączniku lub bez niej, np. MK-M, MKPS; znaleziono „${String(issue.input)}”`,
      })
      .meta({ editorType: 'kod: 2–5 wielkich liter, opcjonalnie łącznik i 1–3 litery' })
      .describe(
        'Krótki kod przebiegu, inny w każdym modelu, np. `MK-M`: trzeci krok ma kod „MK-M 3” i adres `#mk-m-3`. Trenerzy drukują te kody, więc po publikacji kodu się nie zmienia.',
      ),
    note: plainText.optional().describe('Co źródło mówi o przebiegu, a czego nie podaje; strona pokazuje to nad krokami.'),
    steps: z
      .array(workflowStepSchema(reference))
      .min(2, { error: 'przebieg musi mieć co najmniej 2 kroki' })
      .describe(
        'Kroki w kolejności przebiegu, co najmniej 2; pierwszy jest początkiem. Nowy krok najlepiej dopisać na końcu: wstawiony w środek przesuwa numery w kodach kroków.',
      ),
  });
}
