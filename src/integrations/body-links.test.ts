import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { deadLinkProblem } from './body-links.ts';

/** A built site of one page, /programy/rybnik/, whose only id is `cel`. */
const dist = mkdtempSync(path.join(os.tmpdir(), 'kb-body-links-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));
mkdirSync(path.join(dist, 'programy', 'rybnik'), { recursive: true });
writeFileSync(path.join(dist, 'programy', 'rybnik', 'index.html'), '<h2 id="cel">Cel</h2>');
const idsOf = () => new Set(['cel']);
const link = (url: string) => ({ file: 'content/projects/x.md', line: 5, url, page: '/projekty/x/' });

describe('deadLinkProblem', () => {
  test('a link to a built page and one of its ids leads somewhere', () => {
    expect(deadLinkProblem(link('/programy/rybnik/#cel'), dist, idsOf)).toBeUndefined();
  });

  test('a link to a page the build did not make names the address', () => {
    expect(deadLinkProblem(link('/programy/gliwice/'), dist, idsOf)).toContain('prowadzi do strony /programy/gliwice/, której nie ma');
  });

  test('a link to a missing section names the anchor', () => {
    expect(deadLinkProblem(link('/programy/rybnik/#budzet'), dist, idsOf)).toContain('prowadzi do sekcji #budzet');
  });

  test('broken percent-encoding in the path or the anchor is a dead link as written, not a crash', () => {
    expect(deadLinkProblem(link('/programy/rybnik%E0/'), dist, idsOf)).toContain('której nie ma w zbudowanym serwisie');
    expect(deadLinkProblem(link('/programy/rybnik/#cel%E0'), dist, idsOf)).toContain('prowadzi do sekcji #cel%E0');
  });
});
