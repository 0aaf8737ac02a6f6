import { z } from 'astro/zod';

/** Ids become addresses, so they are lowercase ASCII words joined by hyphens and never change. */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const entryId = z
  .string()
  .regex(ENTRY_ID, {
    error: (issue) =>
      `identyfikator może mieć tylko małe litery a–z bez polskich znaków, cyfry i pojedyncze myślniki, np. „rops-bialystok”; znaleziono „${String(issue.input)}”`,
  })
  .meta({ editorType: 'identyfikator (a–z bez polskich znaków, cyfry, myślniki)' });
