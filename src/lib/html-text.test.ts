import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlText } from './html-text.ts';

const words = (html: string) => htmlText(html).split(/\s+/).filter(Boolean);

describe('htmlText', () => {
  it('keeps the words of adjacent blocks, list items and table cells apart', () => {
    expect(words('<p>Gmina</p><p>Michałowo</p><ul><li>OPS</li><li>PCPR</li></ul>')).toEqual(['Gmina', 'Michałowo', 'OPS', 'PCPR']);
    expect(words('<table><tr><th>Wersja</th><th>Data</th></tr><tr><td>1</td><td>2026</td></tr></table>')).toEqual(['Wersja', 'Data', '1', '2026']);
    expect(words('<h2>Cel</h2><div>Opis<br>dalej</div>')).toEqual(['Cel', 'Opis', 'dalej']);
  });

  it('keeps the separate texts of a chart apart', () => {
    expect(words('<svg><title>Budżet</title><text x="1">0 zł</text><text x="2">20 mln zł</text></svg>')).toEqual(['Budżet', '0', 'zł', '20', 'mln', 'zł']);
  });

  it('joins inline elements with the text around them as written', () => {
    expect(htmlText('<p>R<b>OPS</b> i <a href="/x/">pomoc</a>\n<em>społeczna</em></p>').trim()).toBe('ROPS i pomoc\nspołeczna');
  });

  it('decodes character references in text, not in markup', () => {
    expect(htmlText('<p title="&quot;x&quot;">Tom&amp;Jerry&nbsp;&#8222;cytat&#x201d; &lt;b&gt;</p>').trim()).toBe('Tom&Jerry\u00a0„cytat” <b>');
  });

  it('leaves out comments, scripts and styles, and reads quoted ">" as part of a tag', () => {
    expect(words('<!-- OPS --><style>astro-island{display:contents}</style><script>if (a < b) x = "</p>";</script><p data-x="a > b">tekst</p>')).toEqual([
      'tekst',
    ]);
    expect(words('<SCRIPT type="module">var a;</SCRIPT>koniec')).toEqual(['koniec']);
  });

  it('reads the text inside code blocks and islands, without their tags', () => {
    expect(words('<pre><code>npm <span>run</span> build</code></pre><astro-island props="{&quot;a&quot;:1}"><button>Szukaj</button></astro-island>')).toEqual([
      'npm',
      'run',
      'build',
      'Szukaj',
    ]);
  });

  it('keeps a "<" that opens no tag as text', () => {
    expect(htmlText('a < b i 3<4').trim()).toBe('a < b i 3<4');
  });
});

describe('decodeEntities', () => {
  it('leaves unknown names and impossible numbers as written', () => {
    expect(decodeEntities('&nieznana; &#0; &#x110000; &amp')).toBe('&nieznana; &#0; &#x110000; &amp');
  });
});
