/**
 * docs/ARCHITECTURE.md stays true to the repository: every repository path it writes in backticks
 * exists, every folder directly under src/, scripts/ and tests/ is described, and every content
 * rule of src/rules/index.ts and every vitest project is listed.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTENT_RULES } from '../../src/rules/index.ts';
import vitestConfig from '../../vitest.config.ts';

const root = path.resolve(import.meta.dirname, '../..');
const DOC = 'docs/ARCHITECTURE.md';
const doc = readFileSync(path.join(root, DOC), 'utf8');

/** Top-level folders whose paths the doc names; a backticked text starting with one is a repository path. */
const REPO_FOLDERS = ['src', 'scripts', 'tests', 'content', 'docs', 'public', '.ci'];

const backticked = [...doc.matchAll(/`([^`\n]+)`/g)].map((match) => match[1]!);

/** The part of a path that must exist: up to its first wildcard or placeholder (`src/**\/*.test.ts` → `src/`). */
function existingPart(repoPath: string): string {
  const cut = repoPath.search(/[*<{]/);
  return cut === -1 ? repoPath : repoPath.slice(0, repoPath.lastIndexOf('/', cut) + 1);
}

const repoPaths = [...new Set(backticked.filter((text) => REPO_FOLDERS.some((folder) => text.startsWith(`${folder}/`)) && !/\s/.test(text)))];

function foldersUnder(folder: string): string[] {
  return readdirSync(path.join(root, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${folder}/${entry.name}/`);
}

describe(DOC, () => {
  test('names repository paths', () => {
    expect(repoPaths.length).toBeGreaterThan(50);
  });

  test.each(repoPaths)('the path %s exists', (repoPath) => {
    expect(existsSync(path.join(root, existingPart(repoPath))), `${DOC} names \`${repoPath}\`, which is not in the repository`).toBe(true);
  });

  test.each([...foldersUnder('src'), ...foldersUnder('scripts'), ...foldersUnder('tests')])('describes the folder %s', (folder) => {
    expect(backticked, `${DOC} does not describe \`${folder}\`: add it to the folder layout`).toContain(folder);
  });

  test.each(CONTENT_RULES.map((rule) => rule.name))('lists the content rule „%s”', (name) => {
    expect(backticked, `${DOC} does not list the content rule \`${name}\` of src/rules/index.ts`).toContain(name);
  });

  const projects = (vitestConfig.test?.projects ?? []).map((project) => (project as { test: { name: string } }).test.name);
  test.each(projects)('describes the test suite „%s”', (name) => {
    expect(backticked, `${DOC} does not describe the vitest project \`${name}\``).toContain(name);
  });
});
