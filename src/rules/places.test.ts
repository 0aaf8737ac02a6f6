import { describe, expect, test } from 'vitest';
import { ruleInput, type TestPage } from './__fixtures__/rule-input.ts';
import { terytCodes } from './places.ts';

/** A place with a TERYT code (or none), lying in `parent`. */
function place(id: string, teryt?: string, parent?: string): TestPage {
  return {
    type: 'places',
    id,
    file: `content/places/${id}.mdx`,
    data: { ...(teryt === undefined ? {} : { teryt }), ...(parent === undefined ? {} : { parent: { collection: 'places', id: parent } }) },
  };
}

const voivodeship = place('podlaskie', '20');
const county = place('powiat-bialostocki', '2005', 'podlaskie');

describe('TERYT codes across places', () => {
  test('accepts codes that extend the code of the place they lie in', () => {
    const input = ruleInput([voivodeship, county, place('gmina-michalowo', '2005082', 'powiat-bialostocki')]);
    expect(terytCodes.check(input)).toEqual({ problems: [] });
  });

  test('a code that does not extend the parent’s, with the parent and its code', () => {
    const input = ruleInput([voivodeship, place('powiat-testowy', '0605', 'podlaskie')]);
    expect(terytCodes.check(input).problems).toEqual([
      {
        file: 'content/places/powiat-testowy.mdx',
        field: 'teryt',
        message: 'miejsce leży w „podlaskie” (TERYT „20”), więc jego kod TERYT musi zaczynać się od „20” i być od niego dłuższy; znaleziono „0605”',
      },
    ]);
  });

  test('a place may not have the code of the place it lies in', () => {
    const input = ruleInput([voivodeship, place('podlaskie-bis', '20', 'podlaskie')]);
    const problems = terytCodes.check(input).problems;
    expect(problems.map((problem) => [problem.file, problem.field])).toEqual([
      ['content/places/podlaskie-bis.mdx', 'teryt'],
      ['content/places/podlaskie-bis.mdx', 'teryt'],
    ]);
    expect(problems[0]!.message).toContain('kod TERYT „20” ma już content/places/podlaskie.mdx');
    expect(problems[1]!.message).toContain('musi zaczynać się od „20” i być od niego dłuższy; znaleziono „20”');
  });

  test('two places with one code: the second is reported, naming the first', () => {
    const input = ruleInput([voivodeship, county, place('gmina-a', '2005082', 'powiat-bialostocki'), place('gmina-b', '2005082', 'powiat-bialostocki')]);
    expect(terytCodes.check(input).problems).toEqual([
      {
        file: 'content/places/gmina-b.mdx',
        field: 'teryt',
        message:
          'kod TERYT „2005082” ma już content/places/gmina-a.mdx; jeden kod oznacza jedno miejsce, więc sprawdź kod w rejestrze TERYT albo połącz oba wpisy',
      },
    ]);
  });

  test('a place without a code is neither a holder nor checked against', () => {
    const input = ruleInput([place('podlaskie'), place('powiat-bialostocki', '0605', 'podlaskie'), place('bez-kodu', undefined, 'powiat-bialostocki')]);
    expect(terytCodes.check(input).problems).toEqual([]);
  });

  test('a parent that failed its schema or does not exist is another rule’s problem', () => {
    expect(terytCodes.check(ruleInput([{ ...voivodeship, data: undefined }, place('powiat-testowy', '0605', 'podlaskie')])).problems).toEqual([]);
    expect(terytCodes.check(ruleInput([place('powiat-testowy', '0605', 'nieznane')])).problems).toEqual([]);
  });

  test('a place that failed its schema holds no code', () => {
    const input = ruleInput([{ ...place('gmina-a', '2005082'), data: undefined }, place('gmina-b', '2005082')]);
    expect(terytCodes.check(input).problems).toEqual([]);
  });
});
