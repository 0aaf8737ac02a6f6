/**
 * The editors' manual cannot drift from the schemas: each generated part of docs/EDITING.md
 * (where a type's files live, the table of its fields) must be exactly what `npm run docs` would
 * write from src/schemas/ and src/collections/table.ts today.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { EDITING_DOC, PART_NAMES, currentPart, fieldRows, generatePart, updateEditingDoc } from '../../scripts/lib/editing-docs.ts';

const root = path.resolve(import.meta.dirname, '../..');
const manual = readFileSync(path.join(root, EDITING_DOC), 'utf8');

describe(`${EDITING_DOC} against the schemas`, () => {
  test.each(PART_NAMES)('the generated part „%s” is what the schemas give', (part) => {
    const written = currentPart(manual, part);
    expect(written, `${EDITING_DOC}: brak znaczników części „${part}”; dopisz je i uruchom \`npm run docs\``).toBeDefined();
    expect(written, `${EDITING_DOC}: część „${part}” nie zgadza się ze schematami; uruchom \`npm run docs\``).toBe(generatePart(part));
  });

  test('regenerating leaves the manual as it is', () => {
    expect(updateEditingDoc(manual) === manual, `${EDITING_DOC} nie zgadza się ze schematami; uruchom \`npm run docs\``).toBe(true);
  });
});

describe('the generator', () => {
  const schema = z.strictObject({
    name: z.string().describe('Nazwa.'),
    budget: z
      .strictObject({ total: z.number().optional().describe('Suma.') })
      .optional()
      .describe('Budżet.'),
    tags: z
      .array(z.enum(['a', 'b']))
      .default([])
      .describe('Znaczniki.'),
  });

  test('walks nested fields, with whether each is required and its default', () => {
    expect(fieldRows(schema)).toEqual([
      { path: 'name', required: true, defaultValue: undefined, kind: 'tekst', description: 'Nazwa.' },
      { path: 'budget', required: false, defaultValue: undefined, kind: 'zestaw pól (niżej)', description: 'Budżet.' },
      { path: 'budget › total', required: false, defaultValue: undefined, kind: 'liczba', description: 'Suma.' },
      { path: 'tags', required: false, defaultValue: [], kind: 'lista: jedno z: `a`, `b`', description: 'Znaczniki.' },
    ]);
  });

  test('refuses a field without a description', () => {
    expect(() => fieldRows(z.strictObject({ note: z.string().optional() }))).toThrow(/„note” has no description/);
  });

  test('finds a part that differs from the schemas, and puts it right', () => {
    const projects = generatePart('projects');
    const edited = manual.replace(projects, projects.replace('| tak |', '| nie |'));
    expect(edited).not.toBe(manual);
    expect(currentPart(edited, 'projects')).not.toBe(generatePart('projects'));
    expect(updateEditingDoc(edited)).toBe(manual);
  });

  test('refuses a manual whose markers are missing', () => {
    expect(() => updateEditingDoc(manual.replace('<!-- pola:glossary:end -->', ''))).toThrow(/pola:glossary/);
  });
});
