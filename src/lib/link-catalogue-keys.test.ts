import { describe, expect, test } from 'vitest';
import { drafts, items, MODEL } from './__fixtures__/catalogue-items.ts';
import { CATALOGUE_KEY } from './link-catalogue.ts';
import { CatalogueKeyCollisionError, catalogueKey, withKeys } from './link-catalogue-keys.ts';

describe('catalogue keys', () => {
  test('are six base-36 characters', () => {
    for (const item of items) expect(item.key).toMatch(CATALOGUE_KEY);
  });

  test('depend on the address alone, the same on every run and in any catalogue order', () => {
    expect(catalogueKey(`${MODEL}#krok-zgloszenie-potrzeby`)).toBe(catalogueKey(`${MODEL}#krok-zgloszenie-potrzeby`));
    expect(
      withKeys([...drafts].reverse())
        .map((item) => item.key)
        .reverse(),
    ).toEqual(items.map((item) => item.key));
  });

  test('are pinned, so a change to the hash never silently breaks printed paths', () => {
    expect(catalogueKey('/modele/model-kooperacji-dla-miast/#krok-zgloszenie-potrzeby')).toBe('fsp504');
    expect(catalogueKey('/wskazniki/#wykres-budzety')).toBe('f9ivck');
  });

  test('differ between neighbouring addresses', () => {
    const keys = new Set(Array.from({ length: 2000 }, (_value, index) => catalogueKey(`${MODEL}#krok-${index}`)));
    expect(keys.size).toBe(2000);
  });

  test('keep the items in the given order', () => {
    expect(items.map((item) => item.title)).toEqual(drafts.map((draft) => draft.title));
  });

  test('an address listed twice stops the build, naming it', () => {
    expect(() => withKeys([drafts[0]!, { ...drafts[0]!, title: 'Inny nagłówek' }])).toThrow(CatalogueKeyCollisionError);
    expect(() => withKeys([drafts[0]!, { ...drafts[0]!, title: 'Inny nagłówek' }])).toThrow(`adres ${MODEL}#jaki-problem-rozwiazuje występuje dwa razy`);
  });

  test('two addresses with the same key stop the build, naming both', () => {
    const byKey = new Map<string, string>();
    let pair: [string, string] | undefined;
    for (let index = 0; !pair; index += 1) {
      const href = `/x/#kotwica-${index}`;
      const key = catalogueKey(href);
      const earlier = byKey.get(key);
      if (earlier) pair = [earlier, href];
      byKey.set(key, href);
    }
    const [first, second] = pair;
    const colliding = [first, second].map((href) => ({ kind: 'sekcja' as const, title: href, pageTitle: 'X', href }));
    expect(() => withKeys(colliding)).toThrow(new RegExp(`ten sam klucz „${catalogueKey(first)}”: ${first}.*${second}`));
  });
});
