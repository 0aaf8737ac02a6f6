import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { findCitedSources, validateContent } from '../../src/integrations/content-validator.ts';
import { formatProblem } from '../../src/lib/editor-errors.ts';

const fixtures = path.resolve(import.meta.dirname, '../fixtures/content');
const workspaces: string[] = [];

afterAll(() => {
  for (const root of workspaces) rmSync(root, { recursive: true, force: true });
});

describe('citations in MDX text', () => {
  test('finds every <Cite source> with the line it is on', () => {
    expect(findCitedSources('a\n<Cite source="x" />\nb <Cite  source=\'y\'/>', 10)).toEqual([
      { id: 'x', line: 11 },
      { id: 'y', line: 12 },
    ]);
  });

  test('an unknown source in <Cite> names the file, the line and the likely intended id', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kb-content-'));
    workspaces.push(root);
    cpSync(path.join(fixtures, 'valid'), root, { recursive: true });
    cpSync(path.join(fixtures, 'invalid', 'unknown-cited-source'), root, { recursive: true });
    const problems = validateContent(root).problems.map(formatProblem);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^content\/projects\/projekt-testowy\.mdx: pole „treść, wiersz \d+, <Cite source>”: oczekiwano identyfikatora źródła z content\/sources\.yaml; znaleziono „zrodlo-testow”, a takiego źródła nie ma\. Czy chodziło o „zrodlo-testowe”\?$/,
    );
    const line = Number(/wiersz (\d+)/.exec(problems[0] ?? '')?.[1]);
    const fileLines = readFileSync(path.join(root, 'content/projects/projekt-testowy.mdx'), 'utf8').split('\n');
    expect(fileLines[line - 1]).toContain('<Cite source="zrodlo-testow"');
  });

  test('the real content cites only existing sources', () => {
    const problems = validateContent(path.resolve(import.meta.dirname, '../..')).problems.filter((problem) => problem.field.includes('<Cite'));
    expect(problems).toEqual([]);
  });
});
