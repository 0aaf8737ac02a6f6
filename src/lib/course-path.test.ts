import { describe, expect, test } from 'vitest';
import {
  addToPath,
  coursePathAddress,
  coursePathBuilderAddress,
  decodeCoursePath,
  encodeCoursePath,
  MAX_COURSE_PATH_ITEMS,
  moveInPath,
  normalizeCoursePathTitle,
  removeFromPath,
  resolveCoursePath,
  type CoursePathProblemCode,
} from './course-path.ts';
import type { CatalogueItem } from './link-catalogue.ts';

const KEYS = ['fsp504', 'y62qck', 'f9ivck'];
const codes = (search: string) => decodeCoursePath(search).problems.map((problem) => problem.code);

/** A deterministic pseudo-random sequence, so a failing case can be reproduced. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const AWKWARD_PIECES = [
  'Zażółć gęślą jaźń',
  '„cudzysłów”',
  '"proste"',
  "'apostrof'",
  '&',
  '=',
  '#',
  '%',
  '%20',
  '+',
  ' ',
  'a&b=c',
  '?t=x',
  '😀',
  '👩‍👧',
  'ŁÓDŹ',
  'e=abc',
  '.',
  '<b>',
  '\\',
  '/',
  'MK-M 3',
  '…',
  '–',
];

describe('encoding and decoding a course path', () => {
  test('an address keeps the title and the keys in order, short and readable', () => {
    expect(encodeCoursePath({ title: 'Szkoła Kooperacji, dzień 1', keys: KEYS })).toBe('t=Szko%C5%82a+Kooperacji%2C+dzie%C5%84+1&e=fsp504.y62qck.f9ivck');
    expect(coursePathAddress({ title: '', keys: KEYS })).toBe('/sciezka/?e=fsp504.y62qck.f9ivck');
    expect(coursePathBuilderAddress({ title: 'A', keys: KEYS.slice(0, 1) })).toBe('/sciezka/uloz/?t=A&e=fsp504');
    expect(coursePathAddress({ title: '', keys: [] })).toBe('/sciezka/');
  });

  test('round trip: any awkward title and any keys come back as written', () => {
    const next = random(2026);
    for (let run = 0; run < 500; run += 1) {
      const pieces = Array.from({ length: 1 + Math.floor(next() * 8) }, () => AWKWARD_PIECES[Math.floor(next() * AWKWARD_PIECES.length)]!);
      const title = normalizeCoursePathTitle(pieces.join(next() < 0.5 ? ' ' : ''));
      const keys = Array.from({ length: Math.floor(next() * MAX_COURSE_PATH_ITEMS) + 1 }, (_value, index) =>
        `${index.toString(36)}${Math.floor(next() * 36 ** 5).toString(36)}`.padEnd(6, '0').slice(0, 6),
      );
      const unique = [...new Set(keys)];
      const decoded = decodeCoursePath(`?${encodeCoursePath({ title, keys })}`);
      const expectedProblems = /<\s*[a-z!/?]/i.test(title) ? ['title-markup'] : [];
      expect({ title: decoded.title, keys: decoded.keys, problems: decoded.problems.map((problem) => problem.code) }).toEqual({
        title,
        keys: unique,
        problems: expectedProblems,
      });
    }
  });

  test('the title is trimmed, spaced once and cut to 120 characters without splitting an emoji', () => {
    expect(normalizeCoursePathTitle('  Dwa   słowa \n')).toBe('Dwa słowa');
    expect(Array.from(normalizeCoursePathTitle('😀'.repeat(130)))).toHaveLength(120);
    expect(normalizeCoursePathTitle('😀'.repeat(130))).toBe('😀'.repeat(120));
  });

  test('an empty title is left out of the address and reads back as empty', () => {
    expect(encodeCoursePath({ title: '   ', keys: ['abc123'] })).toBe('e=abc123');
    expect(decodeCoursePath('e=abc123')).toEqual({ title: '', keys: ['abc123'], problems: [] });
    expect(decodeCoursePath('t=&e=abc123')).toEqual({ title: '', keys: ['abc123'], problems: [] });
  });

  test("the plain form's repeated e= parameters are read in document order, mixed with the dotted form", () => {
    expect(decodeCoursePath('t=Kurs&e=abc123&e=def456&e=ghi789.jkl012').keys).toEqual(['abc123', 'def456', 'ghi789', 'jkl012']);
  });

  test('keys typed in capitals, with spaces or commas, still read', () => {
    expect(decodeCoursePath('e=ABC123, def456+ghi789..').keys).toEqual(['abc123', 'def456', 'ghi789']);
  });

  test('a URLSearchParams object reads like a string', () => {
    expect(decodeCoursePath(new URLSearchParams('t=A&e=abc123'))).toEqual({ title: 'A', keys: ['abc123'], problems: [] });
  });
});

describe('bad or tampered addresses give a message, never an exception', () => {
  test.each<[string, string, CoursePathProblemCode[]]>([
    ['no parameters at all', '', ['empty']],
    ['only a title', '?t=Kurs', ['empty']],
    ['an empty e', '?e=', ['empty']],
    ['a cut-off key', '?e=abc123.de', ['malformed-key']],
    ['markup in a key', '?e=abc123.<script>', ['malformed-key']],
    ['only bad keys', '?e=<img>', ['malformed-key', 'empty']],
    ['a repeated key', '?e=abc123.abc123.def456', ['duplicate-key']],
    ['markup in the title', '?t=<img src=x onerror=alert(1)>&e=abc123', ['title-markup']],
    ['a control character in the title', '?t=A%00B%1BC&e=abc123', ['title-control-characters']],
    ['a bidirectional override in the title', '?t=A%E2%80%AEB&e=abc123', ['title-control-characters']],
    ['a broken percent sign', '?t=100%&e=abc123.def%', ['malformed-key']],
  ])('%s', (_case, search, expected) => {
    expect(codes(search)).toEqual(expected);
  });

  test('markup in the title stays text, and the title is still read', () => {
    const decoded = decodeCoursePath('?t=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E&e=zzzzzz.%3Cscript%3E');
    expect(decoded.title).toBe('<img src=x onerror=alert(1)>');
    expect(decoded.keys).toEqual(['zzzzzz']);
    expect(decoded.problems.find((problem) => problem.code === 'malformed-key')?.message).toBe(
      'Fragment adresu „<script>” nie jest kodem elementu ścieżki (kod to 6 małych liter lub cyfr). Pominęliśmy go; adres mógł zostać zmieniony albo skopiowany niecały.',
    );
  });

  test('control characters are removed from the title', () => {
    expect(decodeCoursePath('?t=A%00B%E2%80%AEC%0AD&e=abc123').title).toBe('ABC D');
  });

  test('several bad fragments are counted, three quoted, each cut short', () => {
    const message = decodeCoursePath(`?e=a.bb.ccc.dddd.${'x'.repeat(500)}`).problems[0]!.message;
    expect(message).toBe(
      '5 fragmentów adresu nie jest kodami elementów ścieżki (kod to 6 małych liter lub cyfr): „a”, „bb”, „ccc” i 2 inne. Pominęliśmy je; adres mógł zostać zmieniony albo skopiowany niecały.',
    );
    expect(decodeCoursePath(`?e=${'y'.repeat(500)}.ab`).problems[0]!.message).toContain(`„${'y'.repeat(16)}…”, „ab”`);
  });

  test('an overlong title is cut, and the message says how long it was', () => {
    const decoded = decodeCoursePath(`?t=${'a'.repeat(300)}&e=abc123`);
    expect(decoded.title).toHaveLength(120);
    expect(decoded.problems).toEqual([{ code: 'title-too-long', message: 'Tytuł ścieżki ma 300 znaków, a może mieć najwyżej 120. Pokazujemy jego początek.' }]);
  });

  test('too many items: the first 40 are kept', () => {
    const keys = Array.from({ length: 52 }, (_value, index) => `k${index.toString().padStart(5, '0')}`);
    const decoded = decodeCoursePath(`?e=${keys.join('.')}`);
    expect(decoded.keys).toEqual(keys.slice(0, 40));
    expect(decoded.problems).toEqual([{ code: 'too-many', message: 'Ścieżka ma 52 elementy, a może mieć najwyżej 40. Pokazujemy pierwsze 40.' }]);
  });

  test('a duplicate is kept once, where it first appears', () => {
    const decoded = decodeCoursePath('?e=def456.abc123.def456');
    expect(decoded.keys).toEqual(['def456', 'abc123']);
    expect(decoded.problems[0]!.message).toBe('Element o kodzie def456 występuje w adresie więcej niż raz. Pokazujemy go raz.');
  });

  test('a huge address is read without trouble and gives messages, not a thousand items', () => {
    const huge = `?t=${'<script>'.repeat(50_000)}&e=${'abc123.'.repeat(20_000)}${'<x>.'.repeat(20_000)}`;
    const decoded = decodeCoursePath(huge);
    expect(decoded.keys).toEqual(['abc123']);
    expect(Array.from(decoded.title)).toHaveLength(120);
    expect(decoded.problems.map((problem) => problem.code).sort()).toEqual(['duplicate-key', 'malformed-key', 'title-markup', 'title-too-long']);
    for (const problem of decoded.problems) expect(problem.message.length).toBeLessThan(300);
  });
});

describe('resolving keys against the catalogue', () => {
  const item = (key: string, title: string): CatalogueItem => ({ key, kind: 'sekcja', title, pageTitle: 'Strona', href: `/strona/#${key}` });
  const catalogue = [item('aaaaaa', 'A'), item('bbbbbb', 'B'), item('cccccc', 'C')];

  test("items come back in the path's order, not the catalogue's", () => {
    expect(resolveCoursePath(['cccccc', 'aaaaaa'], catalogue)).toEqual({ items: [catalogue[2], catalogue[0]], unknownKeys: [], problems: [] });
  });

  test('one unknown key is named', () => {
    const resolved = resolveCoursePath(['aaaaaa', 'x1y2z3', 'bbbbbb'], catalogue);
    expect(resolved.items.map((found) => found.title)).toEqual(['A', 'B']);
    expect(resolved.problems).toEqual([
      { code: 'unknown-key', message: '1 element ścieżki nie istnieje już w serwisie lub adres jest niepełny (kod: x1y2z3)' },
    ]);
  });

  test.each([
    [['x1y2z3', 'zzzzzz'], '2 elementy ścieżki nie istnieją już w serwisie lub adres jest niepełny (kody: x1y2z3, zzzzzz)'],
    [
      ['q00001', 'q00002', 'q00003', 'q00004', 'q00005'],
      '5 elementów ścieżki nie istnieje już w serwisie lub adres jest niepełny (kody: q00001, q00002, q00003, q00004, q00005)',
    ],
  ])('several unknown keys are counted in good Polish', (keys, message) => {
    expect(resolveCoursePath(keys, catalogue).problems[0]!.message).toBe(message);
  });
});

describe('editing a path in the builder', () => {
  test('adding puts the item at the end, once, and stops at 40', () => {
    expect(addToPath(['a'], 'b')).toEqual({ keys: ['a', 'b'], result: 'added' });
    expect(addToPath(['a', 'b'], 'a')).toEqual({ keys: ['a', 'b'], result: 'already-there' });
    const full = Array.from({ length: MAX_COURSE_PATH_ITEMS }, (_value, index) => `k${index}`);
    expect(addToPath(full, 'new')).toEqual({ keys: full, result: 'full' });
  });

  test('moving swaps with the neighbour and does nothing past the ends', () => {
    expect(moveInPath(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveInPath(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveInPath(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveInPath(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moveInPath(['a', 'b', 'c'], 7, 1)).toEqual(['a', 'b', 'c']);
  });

  test('removing takes out the item at that position', () => {
    expect(removeFromPath(['a', 'b', 'c'], 1)).toEqual(['a', 'c']);
    expect(removeFromPath(['a'], 0)).toEqual([]);
  });
});
