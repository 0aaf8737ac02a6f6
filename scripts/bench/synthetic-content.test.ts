import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../tests/support/content-check.ts';
import { seededRandom, syntheticPages } from './synthetic-content.ts';

const temporary: string[] = [];
afterAll(() => temporary.forEach((directory) => rmSync(directory, { recursive: true, force: true })));

describe('syntheticPages', () => {
  it('gives exactly the number of pages asked for, each with its own file', () => {
    for (const count of [1, 2, 3, 10, 100]) {
      const pages = syntheticPages(count);
      expect(pages).toHaveLength(count);
      expect(new Set(pages.map((page) => page.file)).size).toBe(count);
    }
  });

  it('writes the same pages on every run, and other pages for another seed', () => {
    expect(syntheticPages(30)).toEqual(syntheticPages(30));
    expect(syntheticPages(30, 1)).not.toEqual(syntheticPages(30, 2));
    const random = seededRandom(7);
    const again = seededRandom(7);
    expect(Array.from({ length: 5 }, random)).toEqual(Array.from({ length: 5 }, again));
  });

  it('covers places, programmes and institutions, every title marked as synthetic', () => {
    const pages = syntheticPages(9);
    expect(new Set(pages.map((page) => page.collection))).toEqual(new Set(['places', 'programmes', 'institutions']));
    for (const page of pages) expect(page.title).toMatch(/Przykładowa gmina \d{4}/);
  });

  it('passes the project validator next to the real content', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kb-synthetic-'));
    temporary.push(root);
    cpSync(path.resolve(import.meta.dirname, '../../content'), path.join(root, 'content'), { recursive: true });
    for (const page of syntheticPages(31)) {
      mkdirSync(path.dirname(path.join(root, 'content', page.file)), { recursive: true });
      writeFileSync(path.join(root, 'content', page.file), page.text);
    }
    const { entries, problems } = checkContent(root);
    expect(problems).toEqual([]);
    expect(entries.filter((entry) => entry.id.includes('przykladowa-gmina-'))).toHaveLength(31);
  });
});
