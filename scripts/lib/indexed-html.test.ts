import { describe, expect, it } from 'vitest';
import { withWordBounds } from './indexed-html.ts';

describe('withWordBounds', () => {
  it('separates a term from its description and one list from what follows', () => {
    expect(withWordBounds('<dl><div><dt>Lata obowiązywania</dt><dd>2021–2025</dd></div><div><dt>Gmina</dt><dd>Rybnik</dd></div></dl><table>')).toBe(
      '<dl><div><dt>Lata obowiązywania</dt> <dd>2021–2025</dd></div> <div><dt>Gmina</dt> <dd>Rybnik</dd></div></dl> <table>',
    );
  });

  it("adds nothing before a parent's end, where pagefind may end the parent's sentence with a full stop", () => {
    expect(withWordBounds('<ul><li>Pierwszy</li><li>Drugi</li></ul>')).toBe('<ul><li>Pierwszy</li> <li>Drugi</li></ul>');
    expect(withWordBounds('<div><p>Tekst</p>\n</div>')).toBe('<div><p>Tekst</p>\n</div>');
  });

  it('separates table headers, the caption and a summary from what follows them', () => {
    expect(withWordBounds('<table><caption>Budżet</caption><tr><th>Projekt</th><th>Wartość</th></tr></table>')).toBe(
      '<table><caption>Budżet</caption> <tr><th>Projekt</th> <th>Wartość</th></tr></table>',
    );
    expect(withWordBounds('<details><summary>Źródło</summary>Model</details>')).toBe('<details><summary>Źródło</summary> Model</details>');
  });

  it('keeps inline elements joined to the text around them, as in a word split by a highlight', () => {
    const html = '<p>wy<mark>tchnie</mark>niowa <a href="/x/">link</a>, <strong>ważne</strong><span>razem</span></p>';
    expect(withWordBounds(html)).toBe(html);
  });

  it('reads end tags in any letter case and with space before ">", and leaves names that only begin alike', () => {
    expect(withWordBounds('<DT>A</DT ><dd>B</dd><details></details><data>C</data><tt>D</tt><dir>E</dir>x')).toBe(
      '<DT>A</DT > <dd>B</dd> <details></details> <data>C</data><tt>D</tt><dir>E</dir>x',
    );
  });
});
