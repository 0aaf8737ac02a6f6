/**
 * A build that succeeds prints no warnings: an editor or a newcomer reading the log finds only
 * what concerns them. Two cases earned this test: Astro warned on every build that a content
 * folder had no files (content/consultation-reports/ holds none until the first report is filed),
 * and that Shiki's inline styles break the CSP (the site highlights no code).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { contentTypes } from '../../src/collections/table.ts';
import { CONTENT_ROOT } from '../../src/collections/files.ts';

const builds = { grown: inject('grown'), preview: inject('preview'), afterConsultation: inject('afterConsultation') };

describe.each(Object.entries(builds))('the %s copy', (_name, build) => {
  test('builds without a warning', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.output.split('\n').filter((line) => /\bWARN\b/.test(line))).toEqual([]);
  });
});

test('among them, a copy whose consultation-reports folder has no files yet', () => {
  const copy = path.dirname(builds.afterConsultation.dist);
  const folder = path.join(copy, CONTENT_ROOT, contentTypes.consultationReports.location);
  expect(readdirSync(folder).filter((name) => !name.startsWith('.'))).toEqual([]);
});
