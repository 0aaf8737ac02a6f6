import { describe, expect, test } from 'vitest';
import { checkVersions, versionFromFileName, type VersionFile } from './version-rules.ts';

function file(
  version: number,
  status = 'konsultacje',
  date = `2026-11-${String(version).padStart(2, '0')}`,
  fileVersion: number | null = version,
): VersionFile {
  return { file: `content/guides/poradnik/${fileVersion ?? 'x'}.mdx`, fileVersion, data: { version, status, date: new Date(`${date}T00:00:00Z`) } };
}

describe('versionFromFileName', () => {
  test('reads whole numbers from 1', () => {
    expect(versionFromFileName('1.mdx')).toBe(1);
    expect(versionFromFileName('12.mdx')).toBe(12);
    expect(versionFromFileName('3.md')).toBe(3);
  });
  test('rejects anything else', () => {
    for (const name of ['0.mdx', '01.mdx', 'v1.mdx', '1.txt', '1.mdxx', '1.5.mdx', 'wersja-1.md']) expect(versionFromFileName(name)).toBeNull();
  });
});

describe('checkVersions', () => {
  test('accepts 1, 2, 3 with dates in order and a draft as the newest', () => {
    expect(checkVersions([file(1, 'przyjety'), file(2), file(3, 'projekt')])).toEqual([]);
  });

  test('the version field must match the file name', () => {
    const problems = checkVersions([{ ...file(1), data: { ...file(1).data, version: 2 } }]);
    expect(problems).toEqual([expect.objectContaining({ field: 'version', message: expect.stringContaining('1.mdx → version: 1') })]);
  });

  test('reports a gap in the numbering', () => {
    const problems = checkVersions([file(1), file(3)]);
    expect(problems.map((problem) => problem.message)).toEqual([expect.stringContaining('oczekiwano pliku 2.mdx, znaleziono 3.mdx')]);
  });

  test('a later version may not be dated before an earlier one', () => {
    const problems = checkVersions([file(1, 'konsultacje', '2026-11-20'), file(2, 'konsultacje', '2026-11-10')]);
    expect(problems).toEqual([expect.objectContaining({ file: 'content/guides/poradnik/2.mdx', field: 'date' })]);
  });

  test('a published version after a draft is an error: the public build would lose the draft in between', () => {
    const problems = checkVersions([file(1), file(2, 'projekt'), file(3)]);
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'content/guides/poradnik/3.mdx',
        field: 'status',
        message: expect.stringContaining('wcześniejsza wersja 2 ma status projekt'),
      }),
    ]);
  });
});
