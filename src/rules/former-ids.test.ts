import { describe, expect, test } from 'vitest';
import { aliasesOnlyInDrafts, checkAliasClaims, type AliasClaim, type CurrentIds } from './former-ids.ts';

const currentIds: CurrentIds = new Map([
  [
    'models',
    new Map([
      ['model-a', 'content/models/model-a.mdx'],
      ['model-b', 'content/models/model-b.mdx'],
    ]),
  ],
  ['guides', new Map([['poradnik', 'content/guides/poradnik/']])],
]);

function claim(overrides: Partial<AliasClaim>): AliasClaim {
  return { type: 'models', id: 'model-a', file: 'content/models/model-a.mdx', field: 'aliases', aliases: [], ...overrides };
}

describe('checkAliasClaims', () => {
  test('accepts former ids nobody else uses', () => {
    expect(
      checkAliasClaims(
        [claim({ aliases: ['dawny-model-a'] }), claim({ id: 'model-b', file: 'content/models/model-b.mdx', aliases: ['dawny-model-b'] })],
        currentIds,
      ),
    ).toEqual([]);
  });

  test('the same former id in two types is two different addresses', () => {
    const claims = [claim({ aliases: ['dawny'] }), claim({ type: 'guides', id: 'poradnik', file: 'content/guides/poradnik/1.mdx', aliases: ['dawny'] })];
    expect(checkAliasClaims(claims, currentIds)).toEqual([]);
  });

  test("rejects the entry's own id and another entry's current id, naming the position", () => {
    const problems = checkAliasClaims([claim({ aliases: ['dawny', 'model-a', 'model-b'] })], currentIds);
    expect(problems.map((problem) => problem.field)).toEqual(['aliases › pozycja 2', 'aliases › pozycja 3']);
    expect(problems[0]?.message).toContain('obecny identyfikator tego wpisu');
    expect(problems[1]?.message).toContain('(content/models/model-b.mdx): pod adresem /modele/model-b/ jest jego strona');
  });

  test('rejects a former id claimed by a second entry, at the second one, naming the first', () => {
    const problems = checkAliasClaims(
      [claim({ aliases: ['wspolny'] }), claim({ id: 'model-b', file: 'content/models/model-b.mdx', aliases: ['wspolny'] })],
      currentIds,
    );
    expect(problems).toEqual([
      {
        file: 'content/models/model-b.mdx',
        field: 'aliases › pozycja 1',
        message: expect.stringContaining('innego wpisu (content/models/model-a.mdx); dawny adres /modele/wspolny/ może prowadzić tylko do jednej strony'),
      },
    ]);
  });

  test('lets versions of one guidance document repeat a former id, but not one file twice', () => {
    const version = (file: string, aliases: string[]) => claim({ type: 'guides', id: 'poradnik', file, aliases });
    expect(checkAliasClaims([version('content/guides/poradnik/1.mdx', ['dawny']), version('content/guides/poradnik/2.mdx', ['dawny'])], currentIds)).toEqual(
      [],
    );
    expect(checkAliasClaims([version('content/guides/poradnik/1.mdx', ['dawny', 'dawny'])], currentIds)).toEqual([
      { file: 'content/guides/poradnik/1.mdx', field: 'aliases › pozycja 2', message: '„dawny” jest już na tej liście (pozycja 1); wpisz go raz' },
    ]);
  });

  test('names the entry of a list file', () => {
    const problems = checkAliasClaims(
      [claim({ type: 'glossary', id: 'ops', file: 'content/glossary.yaml', entry: 'ops', field: 'formerIds', aliases: ['ops'] })],
      new Map(),
    );
    expect(problems[0]).toMatchObject({ file: 'content/glossary.yaml', entry: 'ops', field: 'formerIds › pozycja 1' });
  });
});

describe('aliasesOnlyInDrafts', () => {
  const version = (number: number, draft: boolean, aliases: string[]) => ({ file: `content/guides/poradnik/${number}.mdx`, draft, field: 'aliases', aliases });

  test('reports a former id only a draft gives, pointing at the newest published version', () => {
    const problems = aliasesOnlyInDrafts('poradnik', [version(1, false, []), version(2, false, ['a']), version(3, true, ['a', 'b'])]);
    expect(problems).toEqual([
      {
        file: 'content/guides/poradnik/3.mdx',
        field: 'aliases › pozycja 2',
        message: expect.stringContaining('opublikowanej wersji (content/guides/poradnik/2.mdx)'),
      },
    ]);
  });

  test('says nothing about a document that has no published version yet', () => {
    expect(aliasesOnlyInDrafts('poradnik', [version(1, true, ['a'])])).toEqual([]);
  });
});
