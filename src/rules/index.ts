/**
 * The content rules, in the order their problems are reported. Each runs on every file and parsed
 * entry at once, after Astro's content layer has read them (src/pipeline/), before any page is
 * built; a problem stops the build. docs/ARCHITECTURE.md lists what each one checks.
 */
import { bodyLinks } from './body-links.ts';
import { archivedCopies, citations } from './citations.ts';
import { consultationReports } from './consultation-reports.ts';
import { courseItems } from './course-items.ts';
import { englishPages } from './english.ts';
import { referencesToDrafts } from './drafts.ts';
import { easyReadSubjects } from './easy-read.ts';
import { fileNames } from './files.ts';
import { formerIds } from './former-ids.ts';
import { guideText, guideVersions } from './guides.ts';
import { markdownOnly, unsafeMarkup } from './markup.ts';
import { pinnedIds } from './pinned-ids.ts';
import { readability } from './readability.ts';
import { terytCodes } from './places.ts';
import { references } from './references.ts';
import type { ContentProblem } from '../lib/editor-errors.ts';
import type { KnockOn, Rule, RuleInput } from './types.ts';
import { workflows } from './workflows.ts';

export const CONTENT_RULES: readonly Rule[] = [
  fileNames,
  references,
  referencesToDrafts,
  guideVersions,
  guideText,
  consultationReports,
  pinnedIds,
  markdownOnly,
  unsafeMarkup,
  formerIds,
  workflows,
  englishPages,
  courseItems,
  terytCodes,
  citations,
  archivedCopies,
  bodyLinks,
  easyReadSubjects,
  readability,
];

/** Every rule's problems, in the list's order, and the knock-ons of broken entries. */
export function runRules(input: RuleInput, rules: readonly Rule[] = CONTENT_RULES): { problems: ContentProblem[]; knockOns: KnockOn[] } {
  const problems: ContentProblem[] = [];
  const knockOns: KnockOn[] = [];
  for (const rule of rules) {
    const result = rule.check(input);
    problems.push(...result.problems);
    knockOns.push(...(result.knockOns ?? []));
  }
  return { problems, knockOns };
}
