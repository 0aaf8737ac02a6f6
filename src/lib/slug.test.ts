import { describe, expect, test } from 'vitest';
import { isSlug, SlugRegistry, slugify } from './slug.ts';

describe('slugify', () => {
  test.each([
    ['Źródła finansowania', 'zrodla-finansowania'],
    ['Zadanie 1. Podlaskie Obserwatorium Polityki Społecznej', 'zadanie-1-podlaskie-obserwatorium-polityki-spolecznej'],
    ['Łódź – Gródek, Zabłudów', 'lodz-grodek-zabludow'],
    ['Co się dzieje po zakończeniu projektu?', 'co-sie-dzieje-po-zakonczeniu-projektu'],
    ['  „Koszyk usług”  ', 'koszyk-uslug'],
    ['ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż', 'acelnoszz-acelnoszz'],
  ])('%s → %s', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  describe('turns every Polish letter into its plain Latin letter', () => {
    test.each([
      ['ą', 'a'],
      ['ć', 'c'],
      ['ę', 'e'],
      ['ł', 'l'],
      ['ń', 'n'],
      ['ó', 'o'],
      ['ś', 's'],
      ['ź', 'z'],
      ['ż', 'z'],
    ])('%s and its capital → %s', (letter, plain) => {
      expect(slugify(letter)).toBe(plain);
      expect(slugify(letter.toLocaleUpperCase('pl-PL'))).toBe(plain);
    });

    test('inside words, as in real headings', () => {
      expect(slugify('Współpraca z PCPR i sądem')).toBe('wspolpraca-z-pcpr-i-sadem');
      expect(slugify('ŻÓŁTA GĘŚLĄ JAŹŃ')).toBe('zolta-gesla-jazn');
      expect(slugify('Świętokrzyskie, Łomża, Ćmielów, Źródło')).toBe('swietokrzyskie-lomza-cmielow-zrodlo');
    });

    test('also when the text is decomposed (a letter followed by a combining mark)', () => {
      expect(slugify('Z\u0301ro\u0301dła')).toBe('zrodla');
    });
  });

  describe('punctuation', () => {
    test.each([
      ['Projekt „Liderzy Kooperacji”', 'projekt-liderzy-kooperacji'],
      ['Cytat "prosty" i \'pojedynczy\'', 'cytat-prosty-i-pojedynczy'],
      ['Okres 2021–2025', 'okres-2021-2025'],
      ['Model — krok po kroku', 'model-krok-po-kroku'],
      ['§ 2. Zasady współpracy', '2-zasady-wspolpracy'],
      ['Stawka 100% dofinansowania', 'stawka-100-dofinansowania'],
      ['Instytucje (OPS, PCPR)', 'instytucje-ops-pcpr'],
      ['Gmina/powiat', 'gmina-powiat'],
      ['Uchwała 715/XLIII/2021', 'uchwala-715-xliii-2021'],
      ['Oś II: Działanie 2.5', 'os-ii-dzialanie-2-5'],
      ['Co dalej?!…', 'co-dalej'],
      ['EFS+ i PO WER', 'efs-i-po-wer'],
    ])('%s → %s', (text, slug) => {
      expect(slugify(text)).toBe(slug);
    });

    test('keeps digits, including a heading that is only a number', () => {
      expect(slugify('2026')).toBe('2026');
      expect(slugify('Krok 10')).toBe('krok-10');
    });

    test('never starts, ends or doubles a hyphen', () => {
      expect(slugify('— „Wstęp” —')).toBe('wstep');
      expect(slugify('a -- b')).toBe('a-b');
    });

    test('gives an empty slug for text without letters or digits', () => {
      expect(slugify('„—” § %')).toBe('');
    });
  });

  test('every slug it makes passes isSlug', () => {
    for (const text of ['Źródła finansowania', '§ 2. Zasady', 'Okres 2021–2025', 'ĄĆĘŁŃÓŚŹŻ']) expect(isSlug(slugify(text))).toBe(true);
  });
});

describe('isSlug', () => {
  test.each(['finansowanie', 'zrodla-finansowania', 'krok-2', '2026'])('accepts %s', (id) => {
    expect(isSlug(id)).toBe(true);
  });

  test.each(['', 'Finansowanie', 'źródła', 'zle_id', 'dwa--myslniki', '-na-poczatku', 'na-koncu-', 'ze spacja', '#finansowanie'])('rejects „%s”', (id) => {
    expect(isSlug(id)).toBe(false);
  });
});

describe('SlugRegistry', () => {
  test('numbers repeated headings from 2', () => {
    const registry = new SlugRegistry();
    expect([registry.slug('Cele'), registry.slug('Cele'), registry.slug('Cele')]).toEqual(['cele', 'cele-2', 'cele-3']);
  });

  test('headings that differ only in Polish letters or punctuation collide too', () => {
    const registry = new SlugRegistry();
    expect([registry.slug('Źródła'), registry.slug('Zrodla'), registry.slug('„Źródła”')]).toEqual(['zrodla', 'zrodla-2', 'zrodla-3']);
  });

  test('never hands out a reserved id', () => {
    const registry = new SlugRegistry(['historia-zmian']);
    expect(registry.slug('Historia zmian')).toBe('historia-zmian-2');
  });

  test('a heading equal to a reserved id, twice', () => {
    const registry = new SlugRegistry(['zrodla-informacji', 'historia-zmian']);
    expect([registry.slug('Źródła informacji'), registry.slug('Źródła informacji')]).toEqual(['zrodla-informacji-2', 'zrodla-informacji-3']);
  });

  test('skips a number that a heading already took: "Cele 2" before the second "Cele"', () => {
    const registry = new SlugRegistry();
    expect([registry.slug('Cele'), registry.slug('Cele 2'), registry.slug('Cele')]).toEqual(['cele', 'cele-2', 'cele-3']);
  });

  test('a heading whose slug is an earlier numbered one gets its own number', () => {
    const registry = new SlugRegistry();
    expect([registry.slug('Cele'), registry.slug('Cele'), registry.slug('Cele 2')]).toEqual(['cele', 'cele-2', 'cele-2-2']);
  });

  test('lets an explicit id be claimed once', () => {
    const registry = new SlugRegistry();
    expect(registry.claim('zadania')).toBe(true);
    expect(registry.claim('zadania')).toBe(false);
    expect(registry.slug('Zadania')).toBe('zadania-2');
  });

  test('an empty id cannot be claimed', () => {
    expect(new SlugRegistry().claim('')).toBe(false);
  });

  test('a reserved id cannot be claimed', () => {
    const registry = new SlugRegistry(['historia-zmian']);
    expect(registry.claim('historia-zmian')).toBe(false);
  });

  test('gives text without letters a usable id', () => {
    const registry = new SlugRegistry();
    expect([registry.slug('—'), registry.slug('§')]).toEqual(['sekcja', 'sekcja-2']);
  });
});
