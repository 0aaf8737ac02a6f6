import { describe, expect, it } from 'vitest';
import { definePack, parsePackDefinitions } from './pack-definition.ts';

describe('definePack', () => {
  it('lists the page first, then each related page once, without queries or fragments', () => {
    const pack = definePack({
      address: '/kursy/kurs-szkola-kooperacji/',
      title: 'Kurs: Szkoła Kooperacji',
      related: [
        { path: '/sciezka/?t=Kurs&e=a.b', title: 'Kurs jako ścieżka szkoleniowa' },
        undefined,
        { path: '/modele/model-kooperacji-dla-miast/#krok-1', title: 'Model kooperacji dla miast' },
        { path: '/modele/model-kooperacji-dla-miast/#krok-2', title: 'Model kooperacji dla miast' },
        { path: '/kursy/kurs-szkola-kooperacji/', title: 'Ten sam kurs' },
      ],
      files: ['/dane/elementy-sciezek.json', '/dane/elementy-sciezek.json'],
    });
    expect(pack).toEqual({
      address: '/kursy/kurs-szkola-kooperacji/',
      title: 'Kurs: Szkoła Kooperacji',
      pages: [
        { path: '/kursy/kurs-szkola-kooperacji/', title: 'Kurs: Szkoła Kooperacji' },
        { path: '/sciezka/', title: 'Kurs jako ścieżka szkoleniowa' },
        { path: '/modele/model-kooperacji-dla-miast/', title: 'Model kooperacji dla miast' },
      ],
      files: ['/dane/elementy-sciezek.json'],
    });
  });

  it('refuses a page address that is not a folder of the site, naming the pack', () => {
    expect(() => definePack({ address: '/modele/x/', title: 'X', related: [{ path: 'https://inny.example/', title: 'Obca' }] })).toThrow(
      'Pakiet /modele/x/: adresy stron muszą zaczynać się i kończyć ukośnikiem: https://inny.example/.',
    );
  });
});

describe('parsePackDefinitions', () => {
  const pack = { address: '/modele/x/', title: 'X', pages: [{ path: '/modele/x/', title: 'X' }], files: [] };

  it('reads back what the pages’ build wrote', () => {
    expect(parsePackDefinitions(JSON.parse(JSON.stringify({ packs: [pack] })))).toEqual([pack]);
  });

  it('says which definition is broken and what it needs', () => {
    expect(() => parsePackDefinitions({ packs: [pack, { address: '/y/', title: 'Y', pages: [{ path: '/y/' }] }] })).toThrow(
      'Definicja pakietu nr 2 jest niepełna: potrzebne address, title, pages (path, title) i files.',
    );
    expect(() => parsePackDefinitions({})).toThrow('nie ma listy „packs”');
  });
});
