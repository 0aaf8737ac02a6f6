/**
 * Once per run of the `copies` suite: the builds of changed copies of the project that its test
 * files read, two at a time, each built once and shared.
 *
 * - grown: the site's content with generated gmina pages (long lists), the fixture drafts (which a
 *   public build must leave out) and two entries renamed with their old ids in `aliases` (old
 *   addresses kept): one public build for long-lists, drafts and addresses tests.
 * - preview: the site's content with the fixture drafts and a fixture consultation report (the real
 *   documents have none), built as a drafts preview (KB_DRAFTS=1).
 * - withoutAliases: the same two entries renamed without `aliases`; this build must fail.
 * - afterConsultation: the site as is, built for a day after the consultation of the guidance
 *   document's version 2 (KB_BUILD_DAY), which the page must show closed.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { writePages } from '../../scripts/bench/build-site.ts';
import { syntheticPages } from '../../scripts/bench/synthetic-content.ts';
import { checkSite } from '../../scripts/check-dist/check-site.ts';
import { copyProject, PROJECT_ROOT, projectBin, runCommand, type CommandResult } from '../../scripts/lib/project-copy.ts';
import { AFTER_CONSULTATION_DAY, TEST_BUILD_DAY } from '../support/build-day.ts';
import { limitConcurrency } from '../support/command-groups.ts';
import { renameEntries } from '../support/renamed-entries.ts';

export interface CopyBuild extends CommandResult {
  /** The copy's dist/ (absent when the build failed). */
  dist: string;
  /**
   * What the build-output rules (scripts/check-dist/) find in it, one line per problem, checked
   * once here for every file that asserts on it; empty when the build failed.
   */
  distProblems: string[];
}

declare module 'vitest' {
  interface ProvidedContext {
    grown: CopyBuild;
    preview: CopyBuild;
    withoutAliases: CopyBuild;
    afterConsultation: CopyBuild;
  }
}

/** About 107 gminas, so the programmes, the organisations and the gminas each fill three pages of 50. */
export const GENERATED_PAGES = 320;
/** Pages per part of the search index in the full builds: the grown site makes three parts or more. */
export const SHARD_PAGES = 150;
const DRAFTS = path.join(PROJECT_ROOT, 'tests/fixtures/drafts/content');
/** A report on version 1 of the real guidance document, in the form the organiser's tool writes it. */
export const REPORT_FIXTURE = path.join(PROJECT_ROOT, 'tests/fixtures/consultation-report/content');

/** The address the copies are built for, as astro.config.mjs picks it. */
export const SITE = process.env.KB_SITE_URL || 'http://localhost:4321';

async function build(copy: string, command: string[], env: Record<string, string>): Promise<CopyBuild> {
  const [program, ...args] = command;
  const result = await runCommand(program!, args, copy, env);
  const dist = path.join(copy, 'dist');
  const distProblems =
    result.code === 0
      ? checkSite(dist, { siteUrl: SITE }).flatMap((rule) => rule.problems.map((problem) => `${rule.rule}: ${problem.page}: ${problem.message}`))
      : [];
  return { ...result, dist, distProblems };
}

export default async function setup(project: TestProject): Promise<() => void> {
  const workspace = mkdtempSync(path.join(tmpdir(), 'kb-copies-'));
  const twoAtATime = limitConcurrency(2);
  // `npm run build` (astro build, pagefind): the drafts tests read the search index too.
  const fullBuild = ['node', 'scripts/build.ts'];

  const grown = twoAtATime(() => {
    const copy = copyProject(path.join(workspace, 'grown'));
    writePages(path.join(copy, 'content'), syntheticPages(GENERATED_PAGES));
    cpSync(DRAFTS, path.join(copy, 'content'), { recursive: true });
    renameEntries(copy, { keepOldIds: true });
    return build(copy, fullBuild, { KB_DRAFTS: '', KB_SEARCH_SHARD_PAGES: String(SHARD_PAGES), KB_BUILD_DAY: TEST_BUILD_DAY });
  });
  const preview = twoAtATime(() => {
    const copy = copyProject(path.join(workspace, 'preview'));
    cpSync(DRAFTS, path.join(copy, 'content'), { recursive: true });
    cpSync(REPORT_FIXTURE, path.join(copy, 'content'), { recursive: true });
    return build(copy, fullBuild, { KB_DRAFTS: '1', KB_SEARCH_SHARD_PAGES: String(SHARD_PAGES), KB_BUILD_DAY: TEST_BUILD_DAY });
  });
  const withoutAliases = twoAtATime(() => {
    const copy = copyProject(path.join(workspace, 'without-aliases'));
    renameEntries(copy, { keepOldIds: false });
    return build(copy, [projectBin('astro'), 'build'], { KB_DRAFTS: '', KB_BUILD_DAY: TEST_BUILD_DAY });
  });
  const afterConsultation = twoAtATime(() => {
    const copy = copyProject(path.join(workspace, 'after-consultation'));
    return build(copy, [projectBin('astro'), 'build'], { KB_DRAFTS: '', KB_BUILD_DAY: AFTER_CONSULTATION_DAY });
  });

  project.provide('grown', await grown);
  project.provide('preview', await preview);
  project.provide('withoutAliases', await withoutAliases);
  project.provide('afterConsultation', await afterConsultation);
  return () => rmSync(workspace, { recursive: true, force: true });
}
