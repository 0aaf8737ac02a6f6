/**
 * The list of published addresses (`published-addresses.txt`, kept in git): every address of the
 * public site a reader may have linked to from slides, handouts or other sites. The build compares
 * it with what it produced, so an address can only disappear on purpose.
 */
import { PAGE_SEGMENT } from './pagination.ts';

/** Name of the list in the project root. */
export const ADDRESS_LIST_FILE = 'published-addresses.txt';

/** The command that rewrites the list from a fresh build. */
export const ADDRESS_LIST_COMMAND = 'npm run addresses';

const LIST_HEADER = [
  '# Adresy opublikowanej strony, jeden w wierszu. Budowanie się nie uda, jeśli któregoś zabraknie.',
  '# Zmiana identyfikatora wpisu: dopisz dawny identyfikator do pola „aliases” wpisu (docs/EDITING.md, „Zmiana adresu wpisu”).',
  `# Nowe adresy dopisuje polecenie: ${ADDRESS_LIST_COMMAND}`,
];

/** Plain code-point order, the same on every machine, for lists kept in git. */
export function compareAddresses(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Later pages of a long list (`/programy/strona/2/index.html`). */
const LIST_PAGE_FILE = new RegExp(`(^|/)${PAGE_SEGMENT}/\\d+/index\\.html$`);

/**
 * The address a built file is published under, or undefined for files that are not addresses
 * readers link to. Pages (`x/index.html` → `/x/`), data and remark forms (`.csv`) and the change
 * feed (`.xml`) count; scripts, styles, the search index, sitemaps and host files do not. Nor do
 * the later pages of a long list (`/programy/strona/2/`): what they show shifts with every entry
 * added, and they come and go as the list grows and shrinks, so their addresses are not promised.
 * `file` is relative to `dist/`, with `/` separators.
 */
export function addressOfBuiltFile(file: string): string | undefined {
  if (file.startsWith('_astro/') || file.startsWith('pagefind/') || LIST_PAGE_FILE.test(file)) return undefined;
  const name = file.slice(file.lastIndexOf('/') + 1);
  if (name === 'index.html') return `/${file.slice(0, -name.length)}`;
  if (name.endsWith('.csv')) return `/${file}`;
  if (name.endsWith('.xml') && !name.startsWith('sitemap')) return `/${file}`;
  return undefined;
}

/** The addresses of a build, from its files' paths relative to `dist/`, sorted. */
export function addressesOfBuild(files: readonly string[]): string[] {
  return [...new Set(files.flatMap((file) => addressOfBuiltFile(file) ?? []))].sort(compareAddresses);
}

/** The addresses in the list; `#` comments and blank lines are skipped. */
export function parseAddressList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** The list file's text: a short header for whoever opens it, then the addresses, sorted. */
export function formatAddressList(addresses: readonly string[]): string {
  return [...LIST_HEADER, ...[...new Set(addresses)].sort(compareAddresses), ''].join('\n');
}

export interface AddressComparison {
  /** In the list but not in the build: a published address that disappeared. */
  missing: string[];
  /** In the build but not in the list yet. */
  added: string[];
}

export function compareWithBuild(listed: readonly string[], built: readonly string[]): AddressComparison {
  const builtSet = new Set(built);
  const listedSet = new Set(listed);
  return {
    missing: listed.filter((address) => !builtSet.has(address)).sort(compareAddresses),
    added: built.filter((address) => !listedSet.has(address)).sort(compareAddresses),
  };
}

function bulleted(addresses: readonly string[], limit = 20): string[] {
  const shown = addresses.slice(0, limit).map((address) => `  • ${address}`);
  return addresses.length > limit ? [...shown, `  … i ${addresses.length - limit} więcej`] : shown;
}

/**
 * Why the build stops when published addresses are gone, and the two ways to fix it. The build's
 * new addresses are shown too: a renamed entry's new address is usually among them.
 */
export function missingAddressesMessage(missing: readonly string[], added: readonly string[] = []): string {
  return [
    missing.length === 1
      ? `Z budowania zniknął adres, który był już opublikowany (lista: ${ADDRESS_LIST_FILE}):`
      : `Z budowania zniknęły adresy, które były już opublikowane (${missing.length}; lista: ${ADDRESS_LIST_FILE}):`,
    ...bulleted(missing),
    'Czytelnicy mogą mieć te adresy w slajdach, materiałach szkoleniowych i zakładkach, więc nie mogą przestać działać.',
    'Jeśli zmienił się identyfikator wpisu (nazwa pliku), dopisz dawny identyfikator do pola „aliases” wpisu, który zastąpił tę stronę',
    '(w content/glossary.yaml pole nazywa się „formerIds”), np. aliases: [dawny-identyfikator]. Dawny adres poprowadzi wtedy do nowego.',
    `Jeśli strona została wycofana celowo, usuń jej wiersz z ${ADDRESS_LIST_FILE} w tym samym commicie.`,
    ...(added.length > 0 ? ['Nowe adresy w tym budowaniu (wpis, który zastąpił brakującą stronę, jest zwykle wśród nich):', ...bulleted(added)] : []),
  ].join('\n');
}

/** The build-time notice about addresses the list does not have yet. */
export function addedAddressesNotice(added: readonly string[]): string {
  return [
    `${added.length === 1 ? 'Nowy adres' : `Nowe adresy (${added.length})`} spoza listy ${ADDRESS_LIST_FILE}:`,
    ...bulleted(added),
    `Dopisz je do listy poleceniem: ${ADDRESS_LIST_COMMAND} (po budowaniu), i dołącz zmianę listy do commitu.`,
  ].join('\n');
}
