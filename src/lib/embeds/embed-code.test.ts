import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHTS, embedCode, iframeCode, resizeScriptCode } from './embed-code.ts';

describe('embed code', () => {
  const input = { address: 'https://modele.example.gov.pl/osadz/wskazniki/wykres-zasieg/?projekt=a', title: 'Gdzie działają projekty', kind: 'map' as const };

  it('is an iframe of fixed height that names the figure, marked for the resize script', () => {
    expect(iframeCode(input)).toBe(
      `<iframe src="https://modele.example.gov.pl/osadz/wskazniki/wykres-zasieg/?projekt=a" title="Gdzie działają projekty" width="100%" height="${EMBED_HEIGHTS.map}" style="border: 0; max-width: 100%;" loading="lazy" data-osadz></iframe>`,
    );
  });

  it('escapes what it writes into attributes, so a title stays text', () => {
    const code = iframeCode({ ...input, title: 'Budżet "A" <b>&</b>', address: 'https://x.pl/osadz/a/b/?q="><script>' });
    expect(code).toContain('title="Budżet &quot;A&quot; &lt;b&gt;&amp;&lt;/b&gt;"');
    expect(code).toContain('src="https://x.pl/osadz/a/b/?q=&quot;&gt;&lt;script&gt;"');
  });

  it('offers the resize script from the site’s own origin on a line of its own', () => {
    expect(resizeScriptCode('https://modele.example.gov.pl')).toBe('<script src="https://modele.example.gov.pl/osadz/wysokosc.js" async></script>');
    expect(embedCode(input).split('\n')).toEqual([iframeCode(input), resizeScriptCode('https://modele.example.gov.pl')]);
  });
});
