import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readPageFile } from '../../src/lib/content-file.ts';
import { checkContent } from '../support/content-check.ts';
import { formatProblem } from '../../src/lib/editor-errors.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/content');
const workspaces: string[] = [];

afterAll(() => {
  for (const root of workspaces) rmSync(root, { recursive: true, force: true });
});

describe('citations in MDX text', () => {
  test('finds every <Cite source> with the line of the file it is on, but not one in code', () => {
    const text = '---\ntitle: a\n---\n\na\n<Cite source="x" />\nb <Cite  source=\'y\'/>\n\n```\n<Cite source="z" />\n```\n';
    expect(readPageFile('content/projects/a.mdx', text).facts?.citations).toEqual([
      { source: 'x', line: 6 },
      { source: 'y', line: 7 },
    ]);
  });

  test('an unknown source in <Cite> names the file, the line and the likely intended id', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kb-content-'));
    workspaces.push(root);
    cpSync(path.join(fixtures, 'valid'), root, { recursive: true });
    cpSync(path.join(fixtures, 'invalid', 'unknown-cited-source'), root, { recursive: true });
    const problems = checkContent(root).problems.map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/projects\/projekt-testowy\.mdx: pole „treść, wiersz \d+, <Cite source>”: oczekiwano identyfikatora źródła z content\/sources\.yaml; znaleziono „zrodlo-testow”, a takiego źródła nie ma\. Czy chodziło o „zrodlo-testowe”\?$/,
    );
    const line = Number(/wiersz (\d+)/.exec(problems[0] ?? '')?.[1]);
    const fileLines = readFileSync(path.join(root, 'content/projects/projekt-testowy.mdx'), 'utf8').split('\n');
    expect(fileLines[line - 1]).toContain('<Cite source="zrodlo-testow"');
  });

  test('the real content cites only existing sources', () => {
    const problems = checkContent(path.resolve(import.meta.dirname, '../..')).problems.filter((problem) => problem.field.includes('<Cite'));
    expect(problems).toEqual([]);
  });
});
