/**
 * The readable text of rendered HTML, for word lists (search terms): tags dropped, entities
 * decoded, and a line break wherever a block element starts or ends, so the words of two
 * paragraphs or list items never run together. One pass over the string with no tree built: it
 * runs for every page of the build, where parsing each page into a DOM cost more than the rest.
 */

/**
 * Elements that start a new line of text: block-level elements, table cells, line breaks, and SVG's
 * separate texts (chart labels). Also where the search index's copy of a page keeps words apart
 * (scripts/lib/indexed-html.ts) and where the site tests' readable text does.
 */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'desc',
  'text',
  'title',
]);

/** Elements whose content is code, not text a reader sees, with the pattern that finds their end. */
const RAW_TEXT_ELEMENTS = new Map([
  ['script', /<\/script/gi],
  ['style', /<\/style/gi],
]);

/** A start or end tag: name, then attributes with quoted values that may hold ">". */
const TAG = /<(\/?)([a-zA-Z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>/y;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  shy: '\u00ad',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  bdquo: '„',
  rdquo: '”',
  ldquo: '“',
  rsquo: '’',
  lsquo: '‘',
};
const ENTITY = /&(?:#(\d+)|#[xX]([0-9a-fA-F]+)|([a-zA-Z]+));/g;

/**
 * Text with character references decoded. Numeric ones and the named ones serializers write are
 * known; any other name is left as written (Astro and MDX never produce one).
 */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (reference, decimal: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (name !== undefined) return NAMED_ENTITIES[name] ?? reference;
    const codePoint = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
    return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : reference;
  });
}

/** The text of an HTML fragment: inline tags vanish, block tags become line breaks, comments, scripts and styles are left out. */
export function htmlText(html: string): string {
  let text = '';
  let position = 0;
  while (position < html.length) {
    const open = html.indexOf('<', position);
    if (open === -1) break;
    text += decodeEntities(html.slice(position, open));
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      position = close === -1 ? html.length : close + 3;
      continue;
    }
    if (html.startsWith('<!', open)) {
      // A doctype or CDATA section: no text.
      const close = html.indexOf('>', open);
      position = close === -1 ? html.length : close + 1;
      continue;
    }
    TAG.lastIndex = open;
    const tag = TAG.exec(html);
    if (!tag) {
      // A "<" that starts no tag is text ("a < b" written unescaped).
      text += '<';
      position = open + 1;
      continue;
    }
    position = TAG.lastIndex;
    const name = tag[2]!.toLowerCase();
    const rawTextEnd = tag[1] === '' ? RAW_TEXT_ELEMENTS.get(name) : undefined;
    if (rawTextEnd) {
      rawTextEnd.lastIndex = position;
      position = rawTextEnd.exec(html)?.index ?? html.length;
      continue;
    }
    if (BLOCK_ELEMENTS.has(name)) text += '\n';
  }
  return text + decodeEntities(html.slice(position));
}
