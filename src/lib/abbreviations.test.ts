import { describe, expect, it } from 'vitest';
import { acronymPattern, annotateAbbreviations, isAcronym, mainElementRange, type Abbreviation } from './abbreviations.ts';

const GLOSSARY: Abbreviation[] = [
  { term: 'OPS', expansion: 'ośrodek pomocy społecznej', href: '/slownik/ops/' },
  { term: 'GOPS', expansion: 'gminny ośrodek pomocy społecznej', href: '/slownik/gops/' },
  { term: 'EFS', expansion: 'Europejski Fundusz Społeczny', href: '/slownik/efs/' },
  { term: 'EFS+', expansion: 'Europejski Fundusz Społeczny Plus', href: '/slownik/efs-plus/' },
  { term: 'PO WER', expansion: 'Program Operacyjny Wiedza Edukacja Rozwój', href: '/slownik/po-wer/' },
  { term: 'R&D', expansion: 'badania i rozwój "B+R"', href: '/slownik/rd/' },
];

const page = (main: string, rest = '') =>
  `<!DOCTYPE html><html lang="pl"><head><title>OPS</title></head><body><header>OPS</header>${rest}<main id="tresc">${main}</main><footer>OPS</footer></body></html>`;
const mainOf = (html: string) => /<main id="tresc">(.*)<\/main>/s.exec(html)?.[1];

describe('annotateAbbreviations', () => {
  it('explains and links only the first use of each acronym in the main content', () => {
    const html = annotateAbbreviations(page('<p>OPS i GOPS. Potem znowu OPS.</p>'), GLOSSARY, '/');
    expect(mainOf(html)).toBe(
      '<p><a class="glossary-term" href="/slownik/ops/"><abbr title="ośrodek pomocy społecznej">OPS</abbr></a> i ' +
        '<a class="glossary-term" href="/slownik/gops/"><abbr title="gminny ośrodek pomocy społecznej">GOPS</abbr></a>. Potem znowu OPS.</p>',
    );
  });

  it('explains an acronym without a glossary page once, without a link', () => {
    const site: Abbreviation[] = [{ term: 'CSV', expansion: 'plik z danymi' }];
    const html = annotateAbbreviations(page('<p>Pobierz CSV. Drugi CSV.</p>'), site, '/');
    expect(mainOf(html)).toBe('<p>Pobierz <abbr title="plik z danymi">CSV</abbr>. Drugi CSV.</p>');
  });

  it('leaves islands alone: hydration needs the markup the component rendered', () => {
    const html = annotateAbbreviations(page('<astro-island><p>OPS</p></astro-island><p>OPS</p>'), GLOSSARY, '/');
    expect(mainOf(html)).toBe(
      '<astro-island><p>OPS</p></astro-island><p><a class="glossary-term" href="/slownik/ops/"><abbr title="ośrodek pomocy społecznej">OPS</abbr></a></p>',
    );
  });

  it('leaves the header, footer and title alone', () => {
    const html = annotateAbbreviations(page('<p>OPS</p>'), GLOSSARY, '/');
    expect(html).toContain('<title>OPS</title>');
    expect(html).toContain('<header>OPS</header>');
    expect(html).toContain('<footer>OPS</footer>');
  });

  it('matches whole words only, and prefers the longer acronym', () => {
    const html = annotateAbbreviations(page('<p>KOPSY, OPSem, EFS+ oraz EFS i PO WER.</p>'), GLOSSARY, '/');
    const main = mainOf(html) ?? '';
    expect(main).toContain('KOPSY, OPSem, ');
    expect(main).toContain('<abbr title="Europejski Fundusz Społeczny Plus">EFS+</abbr>');
    expect(main).toContain('<abbr title="Europejski Fundusz Społeczny">EFS</abbr></a> i');
    expect(main).toContain('<abbr title="Program Operacyjny Wiedza Edukacja Rozwój">PO WER</abbr>');
    expect(main).not.toMatch(/KOPSY[^,]*<abbr/);
  });

  it('treats a hyphenated inflection as a use of the acronym', () => {
    const main = mainOf(annotateAbbreviations(page('<p>pracownicy OPS-u</p>'), GLOSSARY, '/')) ?? '';
    expect(main).toContain('<abbr title="ośrodek pomocy społecznej">OPS</abbr></a>-u');
  });

  it('explains without linking inside headings and links, then links the first plain use', () => {
    const main =
      mainOf(annotateAbbreviations(page('<h1>Rola OPS</h1><p><a href="/x/">OPS w mieście</a></p><p>OPS działa.</p><p>OPS</p>'), GLOSSARY, '/')) ?? '';
    expect(main).toBe(
      '<h1>Rola <abbr title="ośrodek pomocy społecznej">OPS</abbr></h1><p><a href="/x/">OPS w mieście</a></p>' +
        '<p><a class="glossary-term" href="/slownik/ops/"><abbr title="ośrodek pomocy społecznej">OPS</abbr></a> działa.</p><p>OPS</p>',
    );
  });

  it('explains an entry once even when the page uses two of its forms', () => {
    const forms: Abbreviation[] = [
      { term: 'IRWiR PAN', expansion: 'Instytut Rozwoju Wsi i Rolnictwa PAN', href: '/slownik/irwir-pan/' },
      { term: 'IRWiR', expansion: 'Instytut Rozwoju Wsi i Rolnictwa PAN', href: '/slownik/irwir-pan/' },
    ];
    const main = mainOf(annotateAbbreviations(page('<p>IRWiR i znowu IRWiR PAN.</p>'), forms, '/')) ?? '';
    expect(main.match(/<abbr/g)).toHaveLength(1);
    expect(main).toContain('<abbr title="Instytut Rozwoju Wsi i Rolnictwa PAN">IRWiR</abbr></a> i znowu IRWiR PAN.');
  });

  it('does not touch code, existing abbreviations or marked regions', () => {
    const source = '<p><code>OPS</code> <abbr title="x">OPS</abbr></p><div data-no-abbr>OPS</div>';
    expect(mainOf(annotateAbbreviations(page(source), GLOSSARY, '/'))).toBe(source);
  });

  it('does not link a glossary entry to itself', () => {
    const main = mainOf(annotateAbbreviations(page('<p>OPS to jednostka gminy.</p>'), GLOSSARY, '/slownik/ops/')) ?? '';
    expect(main).toBe('<p><abbr title="ośrodek pomocy społecznej">OPS</abbr> to jednostka gminy.</p>');
  });

  it('escapes the expansion and matches acronyms written with entities in the source', () => {
    const main = mainOf(annotateAbbreviations(page('<p>R&amp;D</p>'), GLOSSARY, '/')) ?? '';
    // The source spells "&" as an entity, so this acronym is not found; nothing breaks.
    expect(main).toBe('<p>R&amp;D</p>');
    const withPlain = annotateAbbreviations(page('<p>R&D</p>'), GLOSSARY, '/');
    expect(withPlain).toContain('title="badania i rozwój &quot;B+R&quot;"');
  });

  it('returns the page unchanged when it has no main element or nothing to explain', () => {
    const noMain = '<!DOCTYPE html><html><body><p>OPS</p></body></html>';
    expect(annotateAbbreviations(noMain, GLOSSARY, '/')).toBe(noMain);
    const plain = page('<p>Nic do objaśnienia.</p>');
    expect(annotateAbbreviations(plain, GLOSSARY, '/')).toBe(plain);
    expect(annotateAbbreviations(plain, [], '/')).toBe(plain);
  });
});

describe('annotateAbbreviations on whole pages', () => {
  const head = '<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>OPS</title><style>main{display:block}</style></head>';
  const header = '<body><header>OPS <svg viewBox="0 0 2 2"><rect width="2" height="2"/><path d="M0 0h1"/></svg><br/></header>';
  const footer = '<footer>OPS<img src="/a.png" alt="OPS"/></footer><script type="module" src="/x.js"></script></body></html>';
  const linked = '<a class="glossary-term" href="/slownik/ops/"><abbr title="ośrodek pomocy społecznej">OPS</abbr></a>';

  it('changes only the main element and leaves the rest of the page as written, byte for byte', () => {
    const html = annotateAbbreviations(`${head}${header}<main id="tresc" tabindex="-1"><p>OPS<br/>i <svg><rect/></svg></p></main>${footer}`, GLOSSARY, '/');
    expect(html).toBe(`${head}${header}<main id="tresc" tabindex="-1"><p>${linked}<br>i <svg><rect></rect></svg></p></main>${footer}`);
  });

  it('returns the very same page when main names no acronym, wherever else they occur', () => {
    const source = `${head}${header}<main><p>Gmina <span title="OPS">GOPSy</span> i KOPS.</p><!-- OPS --></main>${footer}`;
    expect(annotateAbbreviations(source, GLOSSARY, '/')).toBe(source);
  });

  it('falls back to reading the whole page when <main> cannot be told apart by text', () => {
    const twice = `${head}${header}<main><p>OPS</p></main><template><main>EFS</main></template>${footer}`;
    const html = annotateAbbreviations(twice, GLOSSARY, '/');
    expect(html).toContain(`<main><p>${linked}</p></main>`);
    expect(html).toContain('<template><main>EFS</main></template>');
    expect(html).toContain('<header>OPS ');
  });

  it('skips regions marked data-no-abbr, and only those', () => {
    const html = annotateAbbreviations(page('<div title="data-no-abbr">OPS</div><div data-no-abbr="">GOPS</div>'), GLOSSARY, '/');
    expect(mainOf(html)).toBe(`<div title="data-no-abbr">${linked}</div><div data-no-abbr="">GOPS</div>`);
  });

  it('gives the same result when the same list is used for page after page', () => {
    const first = annotateAbbreviations(page('<p>OPS i EFS+</p>'), GLOSSARY, '/');
    expect(annotateAbbreviations(page('<p>OPS i EFS+</p>'), GLOSSARY, '/')).toBe(first);
    const other: Abbreviation[] = [{ term: 'EFS+', expansion: 'fundusz' }];
    expect(mainOf(annotateAbbreviations(page('<p>OPS i EFS+</p>'), other, '/'))).toBe('<p>OPS i <abbr title="fundusz">EFS+</abbr></p>');
  });
});

describe('mainElementRange', () => {
  it('finds the one main element, attributes and all', () => {
    const html = '<body><header>x</header><main id="tresc">y</main><footer>z</footer></body>';
    const range = mainElementRange(html);
    expect(range && html.slice(range.start, range.end)).toBe('<main id="tresc">y</main>');
    expect(mainElementRange('<MAIN>y</MAIN >')).toEqual({ start: 0, end: 15 });
  });
  it('gives up when there is no main element, more than one, or the tags are out of order', () => {
    expect(mainElementRange('<body><p>x</p></body>')).toBeUndefined();
    expect(mainElementRange('<main>a</main><main>b</main>')).toBeUndefined();
    expect(mainElementRange('</main><main>')).toBeUndefined();
    expect(mainElementRange('<mainly>x</mainly>')).toBeUndefined();
  });
});

describe('acronymPattern', () => {
  it('tries longer acronyms first', () => {
    expect(acronymPattern(['EFS', 'EFS+', 'PO WER'])?.source).toBe('PO WER|EFS\\+|EFS');
  });
});

describe('isAcronym', () => {
  it('recognises acronyms in their usual spellings', () => {
    for (const word of ['OPS', 'MRiPS', 'EaSI', 'IRWiR', 'ROPS-u', 'PO WER', 'EFS+', 'COVID-19']) expect(isAcronym(word), word).toBe(true);
  });
  it('does not take names or ordinary words for acronyms', () => {
    for (const word of ['Unia Europejska', 'ośrodek pomocy społecznej', 'Gminne Ośrodki Pomocy Społecznej', 'Rybnik', 'A'])
      expect(isAcronym(word), word).toBe(false);
  });
});
