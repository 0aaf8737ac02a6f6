/**
 * The bad-input corpus (`tests/fixtures/content/invalid/`): every case, laid over the valid
 * fixture content, through the content pipeline in-process (tests/support/content-check.ts, the
 * same reading and rules Astro's loaders run), each problem naming its file and field or line.
 * One case of each kind of mistake also goes through the commands that publish the site, in a
 * copy of the project: `npm run validate` and `npm run build` must print exactly the in-process
 * report, exit non-zero and leave the previous `dist/` as it was. Two more builds fail after the
 * content passed: a dead anchor in a text, found in the built pages, and a course section no page
 * has, found while rendering; a build failing halfway publishes nothing either.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent, filesUnder } from '../support/content-check.ts';
import { formatProblem } from '../../src/lib/editor-errors.ts';
import { copyProject, PROJECT_ROOT, runCommand, type CommandResult } from '../../scripts/lib/project-copy.ts';
import { groupByFiles, limitConcurrency } from '../support/command-groups.ts';

const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures/content');
const CASES = readdirSync(path.join(FIXTURES, 'invalid')).sort();

/** One case of each kind of mistake the corpus covers, through `npm run validate` and `npm run build`. */
const BUILT_CASES = [
  'frontmatter-tabs',
  'wrong-type-object-for-date',
  'unknown-workflow-actor',
  'duplicate-indicator-id',
  'workflow-unknown-step',
  'money-not-a-number',
  'date-not-leap-year',
  'teryt-not-in-parent',
  'script-in-title',
  'encoding-cp1250',
  'unclosed-jsx-tag',
  'knock-on-broken-model',
];

/** Cases whose problem is the file itself (its name or its frontmatter as a whole), so there is no field to name. */
const WHOLE_FILE_CASES = new Set([
  'bad-file-name',
  'same-id-md-and-mdx',
  'file-names-differing-by-case',
  'guide-bad-version-file',
  'missing-frontmatter',
  'frontmatter-unclosed',
]);

/** What a build run without drafts sees, whatever the environment of the test run. */
const PUBLIC_BUILD = { KB_DRAFTS: '' };

let workspace: string;

beforeAll(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'kb-corpus-'));
});

afterAll(() => {
  if (workspace && existsSync(workspace)) rmSync(workspace, { recursive: true, force: true });
});

/** `content/` of the valid fixture with the case's files laid over it, written into `root`. */
function layCase(root: string, invalidCase: string): void {
  rmSync(path.join(root, 'content'), { recursive: true, force: true });
  cpSync(path.join(FIXTURES, 'valid/content'), path.join(root, 'content'), { recursive: true });
  cpSync(path.join(FIXTURES, 'invalid', invalidCase, 'content'), path.join(root, 'content'), { recursive: true });
}

/** The report the pipeline gives in-process for the content in `root`: the text both commands must print. */
function expectedReport(root: string, invalidCase: string): string {
  const { problems, report } = checkContent(root);
  expect(problems.length, `${invalidCase} nie ma żadnego błędu`).toBeGreaterThan(0);
  for (const problem of problems) {
    expect(problem.file).toMatch(/^content\//);
    if (WHOLE_FILE_CASES.has(invalidCase)) continue;
    // A syntax error has no field yet: the line stands for it.
    expect(problem.field !== '' || /w wierszu \d+/.test(problem.message), `${formatProblem(problem)}: nie wskazuje pola ani wiersza`).toBe(true);
  }
  return report!;
}

/** Every file under `directory`, with its text: a snapshot to compare before and after a build. */
function snapshot(directory: string): Record<string, string> {
  if (!existsSync(directory)) return {};
  const files: Record<string, string> = {};
  for (const entry of readdirSync(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(directory, full)] = readFileSync(full, 'utf8');
  }
  return files;
}

test('the corpus has at least 30 malformed cases, and the built ones are among them', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(30);
  for (const builtCase of BUILT_CASES) expect(CASES).toContain(builtCase);
});

describe('the content pipeline stops on every case of the corpus, naming file and field', () => {
  test.each(CASES)('%s', (invalidCase) => {
    const root = path.join(workspace, 'in-process', invalidCase);
    mkdirSync(root, { recursive: true });
    layCase(root, invalidCase);
    expectedReport(root, invalidCase);
  });
});

/**
 * The built cases in as few runs as can hold them: cases whose files differ are laid over the
 * valid content together, so one `npm run validate` and one `npm run build` show every problem of
 * each. Each case must still find its own problems, exactly as it gives them alone, in the output.
 */
const BUILT_GROUPS: readonly (readonly string[])[] = groupByFiles(BUILT_CASES, (invalidCase) => filesUnder(path.join(FIXTURES, 'invalid', invalidCase)));
const groupOf = (invalidCase: string) => BUILT_GROUPS.find((group) => group.includes(invalidCase))!;
/** Two commands at a time: what the CI machines' two cores can take. */
const commands = limitConcurrency(2);

/** `content/` of the valid fixture with the files of every case of the group laid over it. */
function layGroup(root: string, group: readonly string[]): void {
  layCase(root, group[0]!);
  for (const invalidCase of group.slice(1)) cpSync(path.join(FIXTURES, 'invalid', invalidCase, 'content'), path.join(root, 'content'), { recursive: true });
}

const problemLinesAlone = new Map<string, string[]>();

/** Each problem line the case gives when it is the only mistake in the content (checked once, for both commands). */
function ownProblemLines(invalidCase: string): string[] {
  let lines = problemLinesAlone.get(invalidCase);
  if (!lines) {
    const root = path.join(workspace, 'alone', invalidCase);
    mkdirSync(root, { recursive: true });
    layCase(root, invalidCase);
    lines = checkContent(root).problems.map(formatProblem);
    problemLinesAlone.set(invalidCase, lines);
  }
  return lines;
}

test('each built case has files of its own within its group, so none hides another', () => {
  expect(BUILT_GROUPS.flat().sort()).toEqual([...BUILT_CASES].sort());
  expect(BUILT_GROUPS.length).toBeLessThan(BUILT_CASES.length / 2);
});

describe('npm run validate prints the same report through Astro’s content layer', () => {
  const runs = new Map<readonly string[], Promise<{ report: string; result: CommandResult }>>();

  /** The group's `npm run validate`, in a project copy of its own, run once for all its cases. */
  function validateGroup(group: readonly string[]) {
    let run = runs.get(group);
    if (!run) {
      const project = copyProject(path.join(workspace, `validate-${BUILT_GROUPS.indexOf(group)}`));
      layGroup(project, group);
      const report = expectedReport(project, group.join(' + '));
      run = commands(async () => ({ report, result: await runCommand('node', ['scripts/validate-content.ts'], project, PUBLIC_BUILD) }));
      runs.set(group, run);
    }
    return run;
  }

  beforeAll(() => {
    for (const group of BUILT_GROUPS) void validateGroup(group);
  });

  test.each(BUILT_CASES)('%s', async (invalidCase) => {
    const { report, result } = await validateGroup(groupOf(invalidCase));
    expect(result.code).toBe(1);
    expect(result.output).toContain(report);
    for (const line of ownProblemLines(invalidCase)) expect(result.output).toContain(line);
  });
});

describe('npm run build stops and leaves dist/ as it was', () => {
  const previousBuild = { 'index.html': '<p>poprzednie udane budowanie</p>', 'projekty/index.html': '<p>lista projektów</p>' };
  const runs = new Map<string, Promise<{ project: string; report?: string; result: CommandResult }>>();

  function writePreviousBuild(project: string): void {
    rmSync(path.join(project, 'dist'), { recursive: true, force: true });
    for (const [file, text] of Object.entries(previousBuild)) {
      mkdirSync(path.dirname(path.join(project, 'dist', file)), { recursive: true });
      writeFileSync(path.join(project, 'dist', file), text);
    }
  }

  /** `npm run build` in its own project copy, over content the caller lays out; run once per name. */
  function buildCopy(name: string, layContent: (project: string) => string | undefined) {
    let run = runs.get(name);
    if (!run) {
      const project = copyProject(path.join(workspace, `build-${name}`));
      const report = layContent(project);
      writePreviousBuild(project);
      run = commands(async () => ({ project, report, result: await runCommand('node', ['scripts/build.ts'], project, PUBLIC_BUILD) }));
      runs.set(name, run);
    }
    return run;
  }

  const buildGroup = (group: readonly string[]) =>
    buildCopy(`group-${BUILT_GROUPS.indexOf(group)}`, (project) => {
      layGroup(project, group);
      return expectedReport(project, group.join(' + '));
    });

  function expectNothingPublished(project: string): void {
    expect(snapshot(path.join(project, 'dist'))).toEqual(previousBuild);
    expect(existsSync(path.join(project, '.tmp/dist-staging'))).toBe(false);
  }

  beforeAll(() => {
    for (const group of BUILT_GROUPS) void buildGroup(group);
    void buildCopy('dead-anchor', layDeadAnchor);
    void buildCopy('course-section', layMissingCourseSection);
  });

  test.each(BUILT_CASES)('%s: at the content check, before Astro writes anything', async (invalidCase) => {
    const { project, report, result } = await buildGroup(groupOf(invalidCase));
    expect(result.code).toBe(1);
    expect(result.output).toContain(report);
    for (const line of ownProblemLines(invalidCase)) expect(result.output).toContain(line);
    expect(result.output).toContain('Budowanie nie powiodło się, więc nic nie zostało opublikowane: dist/ zostaje bez zmian');
    expectNothingPublished(project);
  });

  test('after the pages are built: a link in a text to a section its page does not have', async () => {
    const { project, result } = await buildCopy('dead-anchor', layDeadAnchor);
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      `content/places/gmina-narew.md: pole „treść, wiersz ${deadAnchorLine}, odnośnik”: odnośnik „/modele/model-opieki-domowej-na-wsi/#nie-ma-takiej-sekcji” prowadzi do sekcji #nie-ma-takiej-sekcji, której strona /modele/model-opieki-domowej-na-wsi/ nie ma`,
    );
    expectNothingPublished(project);
  });

  test('while rendering pages, after the content passed validation: a course section no page has', async () => {
    const { project, result } = await buildCopy('course-section', layMissingCourseSection);
    expect(result.code).toBe(1);
    expect(result.output).toContain('Kursy odwołują się do elementów, których nie ma');
    expect(result.output).toContain('content/courses/kurs-moduly-cus.mdx');
    expect(result.output).toContain('#cel-projektu-usuniety');
    expectNothingPublished(project);
  });
});

/** Line of the dead link layDeadAnchor adds, counted when it adds it. */
let deadAnchorLine = 0;

/** The site's own content with a link to a section its page does not have (the page exists, so the rules let it through). */
function layDeadAnchor(project: string): undefined {
  useSiteContent(project);
  const place = path.join(project, 'content/places/gmina-narew.md');
  const text = readFileSync(place, 'utf8');
  writeFileSync(place, `${text.trimEnd()}\n\nZobacz [model](/modele/model-opieki-domowej-na-wsi/#nie-ma-takiej-sekcji).\n`);
  deadAnchorLine = text.trimEnd().split('\n').length + 2;
  expect(checkContent(project).problems).toEqual([]);
  return undefined;
}

/** The site's own content with a course item naming a section its page does not have (found only while rendering). */
function layMissingCourseSection(project: string): undefined {
  useSiteContent(project);
  const course = path.join(project, 'content/courses/kurs-moduly-cus.mdx');
  const text = readFileSync(course, 'utf8');
  expect(text).toContain('/projekty/liderzy-kooperacji/#cel-projektu\n');
  writeFileSync(course, text.replace('/projekty/liderzy-kooperacji/#cel-projektu\n', '/projekty/liderzy-kooperacji/#cel-projektu-usuniety\n'));
  expect(checkContent(project).problems).toEqual([]);
  return undefined;
}

function useSiteContent(project: string): void {
  rmSync(path.join(project, 'content'), { recursive: true, force: true });
  cpSync(path.join(PROJECT_ROOT, 'content'), path.join(project, 'content'), { recursive: true });
}
