import { z } from 'astro/zod';
import { entryId } from './entry-id.ts';
import { plainText, type ReferenceTo, title } from './fields.ts';
import { WORKFLOW_CODE } from '../lib/step-codes.ts';
import { keysOf, workflowLevels, workflowSectors } from '../lib/vocabulary.ts';

/**
 * A model's workflow: the steps an official goes through, in the order the page lists them.
 * The first step is the start. Graph rules (every `next` exists, every step reachable, at least one
 * end, loops only where marked) are checked by `checkWorkflow` in `src/lib/workflow-graph.ts`.
 */

/** Something a step takes in or produces, e.g. "kontrakt socjalny", optionally linked to its glossary entry. */
function workflowItemSchema(reference: ReferenceTo) {
  return z.union(
    [
      plainText.transform((label) => ({ label, term: undefined })),
      z.strictObject({
        /** The item as the page shows it, e.g. "zindywidualizowana diagnoza potrzeb". */
        label: plainText,
        /** Glossary entry explaining it, e.g. `kontrakt-socjalny`. */
        term: reference('glossary').optional(),
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
      /** Id of the step to go to. */
      step: entryId,
      /** When to take this way, for a choice between steps ("lub"), e.g. "gdy potrzebny jest mediator". */
      when: plainText.optional(),
      /** `true` for a deliberate way back to an earlier step, e.g. from monitoring to diagnosis. */
      loop: z.boolean().default(false),
    }),
  ],
  { error: 'oczekiwano identyfikatora kroku albo pól „step”, „when” i „loop”' },
);

export function workflowStepSchema(reference: ReferenceTo) {
  return z.strictObject({
    /** Stable id: the step's address is `#krok-<id>`, so it never changes when the title does. */
    id: entryId,
    /** Short title, e.g. "Wywiad środowiskowy". */
    title,
    /** What happens in this step, in plain words. */
    summary: plainText,
    /** Who acts: named institutions or kinds of bodies. Empty when the source does not say. */
    actors: z.array(reference('institutions')).default([]),
    /** Sectors involved, e.g. `[edukacja, ochrona-zdrowia]`. */
    sectors: z
      .array(
        z.enum(keysOf(workflowSectors), {
          error: (issue) => `oczekiwano jednego z sektorów: ${Object.keys(workflowSectors).join(', ')}; znaleziono „${String(issue.input)}”`,
        }),
      )
      .default([]),
    /** Levels of government, e.g. `[gmina, powiat]`. */
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
      .min(1, { error: `podaj co najmniej jeden poziom: ${Object.keys(workflowLevels).join(', ')}` }),
    inputs: z.array(workflowItemSchema(reference)).default([]),
    outputs: z.array(workflowItemSchema(reference)).default([]),
    /** `true` when the step happens only if needed ("w razie potrzeby"). */
    optional: z.boolean().default(false),
    /** Where to go next. Several entries are a choice; each then says `when`. Empty for an end step. */
    next: z.array(workflowNextSchema).default([]),
    /** The source document this step is taken from. */
    source: reference('sources'),
  });
}

export function workflowSchema(reference: ReferenceTo) {
  return z.strictObject({
    /**
     * Short code of the workflow, e.g. "MK-M": step 3 is cited as "MK-M 3" and answers to `#mk-m-3`.
     * Unique across models; changing it breaks the codes trainers have printed.
     */
    code: z.string({ error: 'brak kodu przebiegu: podaj krótki kod wielkimi literami, np. MK-M' }).regex(WORKFLOW_CODE, {
      error: (issue) => `oczekiwano kodu z 2–5 wielkich liter, z jedną częścią po łączniku lub bez niej, np. MK-M, MKPS; znaleziono „${String(issue.input)}”`,
    }),
    /** What the source supports and what it leaves out, shown above the steps. */
    note: plainText.optional(),
    steps: z.array(workflowStepSchema(reference)).min(2, { error: 'przebieg musi mieć co najmniej 2 kroki' }),
  });
}

export type WorkflowData = z.output<ReturnType<typeof workflowSchema>>;
export type WorkflowStepData = z.output<ReturnType<typeof workflowStepSchema>>;
