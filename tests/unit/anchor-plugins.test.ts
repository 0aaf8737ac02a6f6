/**
 * The content plugins that give headings and paragraphs their addresses and "Kopiuj link"
 * controls, run as the build runs them (src/integrations/content-markdown.ts) on small documents.
 */
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { markdownToHtml, mdxToJs } from 'satteri';
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { describe, expect, test } from 'vitest';
import { CONTENT_FEATURES, contentHastPlugins } from '../../src/integrations/content-markdown.ts';

const PROJECT_FILE = pathToFileURL(path.resolve('content/projects/projekt.mdx'));
const GUIDE_FILE = pathToFileURL(path.resolve('content/guides/poradnik/1.mdx'));

interface Rendered {
  html: HTMLElement;
  /** The headings Astro records for the contents list. */
  headings: { depth: number; slug: string; text: string }[];
}

/** Renders Markdown through the content plugins and then Astro's own heading plugin, as the build does. */
async function render(markdown: string, fileURL = PROJECT_FILE): Promise<Rendered> {
  const astro = { frontmatter: {}, headings: [] as Rendered['headings'], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const result = await markdownToHtml(markdown, {
    hastPlugins: [...contentHastPlugins(), satteriHeadingIdsPlugin()],
    features: CONTENT_FEATURES,
    fileURL,
    data: { astro },
  });
  return { html: parse(result.html), headings: astro.headings };
}

function headingIds(html: HTMLElement): string[] {
  return html.querySelectorAll('h1, h2, h3, h4, h5, h6').map((heading) => heading.id);
}

describe('heading ids', () => {
  test('are readable ASCII slugs of the Polish text', async () => {
    const { html } = await render('## Źródła finansowania\n\n### Zadania ROPS w Białymstoku\n');
    expect(headingIds(html)).toEqual(['zrodla-finansowania', 'zadania-rops-w-bialymstoku']);
  });

  test('repeat with a number, and never take a section id the layout adds', async () => {
    const { html } = await render('## Cele\n\n## Cele\n\n## Historia zmian\n');
    expect(headingIds(html)).toEqual(['cele', 'cele-2', 'historia-zmian-2']);
  });

  test('an editor can pin one, and it survives a rewording', async () => {
    const before = await render('## Źródła finansowania { #finansowanie }\n');
    const after = await render('## Skąd pochodzą pieniądze { #finansowanie }\n');
    expect(headingIds(before.html)).toEqual(['finansowanie']);
    expect(headingIds(after.html)).toEqual(['finansowanie']);
    expect(after.html.querySelector('h2')?.text).toBe('Skąd pochodzą pieniądze');
  });

  test('a pinned id wins over an earlier heading whose slug is the same', async () => {
    const { html } = await render('## Cele\n\n## Cele szczegółowe { #cele }\n');
    expect(headingIds(html)).toEqual(['cele-2', 'cele']);
  });

  test('the same pin twice keeps the first; the validator reports the second before the build', async () => {
    const { html } = await render('## Cele { #cele }\n\n## Cele szczegółowe { #cele }\n');
    expect(headingIds(html)).toEqual(['cele', 'cele-szczegolowe']);
  });

  test('the contents list gets the final ids and the heading text alone', async () => {
    const { headings } = await render('## Cele\n\nTekst.\n\n## Źródła { #finansowanie }\n');
    expect(headings).toEqual([
      { depth: 2, slug: 'cele', text: 'Cele' },
      { depth: 2, slug: 'finansowanie', text: 'Źródła' },
    ]);
  });

  test('pinning works in MDX, the format of the content', () => {
    const { code } = mdxToJs('## Źródła finansowania { #finansowanie }\n\nTekst <Cite source="zrodlo" />.\n', {
      hastPlugins: contentHastPlugins(),
      features: CONTENT_FEATURES,
      fileURL: PROJECT_FILE,
      jsxImportSource: 'astro',
      elementAttributeNameCase: 'html',
    });
    expect(code).toContain('id: "finansowanie"');
    expect(code).toContain('href: "#finansowanie"');
    expect(code).toContain('id: "finansowanie-akapit-1"');
  });
});

describe('"Kopiuj link" beside headings', () => {
  test('wraps every h2–h4 with its control; h5 and h6 stay as they are', async () => {
    const { html } = await render('## Dwa\n\n### Trzy\n\n#### Cztery\n\n##### Pięć\n');
    expect(html.querySelectorAll('.heading-wrapper').map((wrapper) => wrapper.classList.value)).toEqual([
      ['heading-wrapper', 'heading-wrapper--h2'],
      ['heading-wrapper', 'heading-wrapper--h3'],
      ['heading-wrapper', 'heading-wrapper--h4'],
    ]);
    expect(html.querySelector('h5')?.parentNode.tagName).not.toBe('DIV');
  });

  test('is a plain link to the heading, named after it, ignored by search', async () => {
    const { html } = await render('## Źródła finansowania\n');
    expect(html.querySelector('.heading-wrapper')?.toString()).toBe(
      '<div class="heading-wrapper heading-wrapper--h2"><h2 id="zrodla-finansowania">Źródła finansowania</h2>' +
        '<a class="anchor-link anchor-link--heading" href="#zrodla-finansowania" aria-label="Kopiuj link do sekcji „Źródła finansowania”" data-copy-link="do sekcji „Źródła finansowania”" data-pagefind-ignore="">' +
        '<span aria-hidden="true">Kopiuj link</span></a></div>',
    );
  });
});

describe('paragraph ids and their "¶" control', () => {
  test('every top-level paragraph and list is numbered within its section', async () => {
    const { html } = await render('Wstęp.\n\n## Cele\n\nProjekt ma:\n\n- cel pierwszy\n- cel drugi\n\nKoniec.\n\n### Zadania\n\n1. jedno\n');
    expect(html.querySelectorAll('.anchored-block > :first-child').map((block) => `${block.tagName.toLowerCase()}#${block.id}`)).toEqual([
      'p#wstep-akapit-1',
      'p#cele-akapit-1',
      'ul#cele-akapit-2',
      'p#cele-akapit-3',
      'ol#zadania-akapit-1',
    ]);
  });

  test('follow a pinned heading id', async () => {
    const { html } = await render('## Skąd pieniądze { #finansowanie }\n\nTekst.\n');
    expect(html.querySelector('p')?.id).toBe('finansowanie-akapit-1');
  });

  test('never take a heading id', async () => {
    const { html } = await render('## Cele\n\nTekst.\n\n## Cele akapit 1\n');
    expect(html.querySelector('p')?.id).toBe('cele-akapit-1-2');
    expect(headingIds(html)).toEqual(['cele', 'cele-akapit-1']);
  });

  test('leave nested paragraphs, quotations and tables alone', async () => {
    const { html } = await render('## Cele\n\n- pierwszy\n\n  z akapitem\n\n> cytat\n\n| a |\n| - |\n| b |\n');
    expect(html.querySelectorAll('[id]').map((element) => element.id)).toEqual(['cele', 'cele-akapit-1']);
  });

  test('the control is a "¶" link to the block, named with its number and section', async () => {
    const { html } = await render('## Cele\n\nTekst.\n');
    expect(html.querySelector('.anchored-block')?.toString()).toBe(
      '<div class="anchored-block"><p id="cele-akapit-1">Tekst.</p>' +
        '<a class="anchor-link anchor-link--paragraph" href="#cele-akapit-1" aria-label="Kopiuj link do akapitu 1 w sekcji „Cele”" data-copy-link="do akapitu 1 w sekcji „Cele”" data-pagefind-ignore="">' +
        '<span aria-hidden="true">¶</span></a></div>',
    );
  });
});

describe('guidance documents', () => {
  test('keep their own numbering (§, ust., p-N-M) and get the heading controls', async () => {
    const { html } = await render('## Cel poradnika\n\nPierwszy ustęp.\n', GUIDE_FILE);
    expect(html.querySelector('.anchored-block')).toBeNull();
    expect(html.querySelector('.unit')?.id).toBe('p-1-1');
    expect(html.querySelector('.heading-wrapper h2')?.text).toBe('§ 1. Cel poradnika');
    expect(html.querySelector('.heading-wrapper a')?.getAttribute('aria-label')).toBe('Kopiuj link do sekcji „§ 1. Cel poradnika”');
  });
});
