/**
 * Former ids ("aliases") keep old addresses alive. When an entry's id changes, editors list the
 * old id in the entry's `aliases` and the build publishes, at every old address, a page that sends
 * the reader on to the new one. This module checks those lists and works out the old → new
 * address pairs; `src/data/former-addresses.ts` feeds it the published entries.
 */
import type { ContentProblem } from './editor-errors.ts';
import { formatFieldPath } from './editor-errors.ts';
import { entryHref, guideRoutes, type SectionKey } from './routes.ts';
import { versionPairs } from './consultation/documents.ts';
import { compareAddresses } from './published-addresses.ts';

/** One old address and the address that replaced it. */
export interface Redirect {
  from: string;
  to: string;
}

/** The former ids one file gives for one entry (for a guidance document: one of its versions). */
export interface AliasClaim {
  section: SectionKey;
  /** The entry's current id; for a guidance document the document (folder), not the version. */
  id: string;
  file: string;
  /** The entry's id or position, for files that hold a list of entries (glossary, indicators, sources). */
  entry?: string;
  /** `aliases` or, in the glossary, `formerIds`. */
  field: string;
  aliases: readonly string[];
}

/** Current ids of each section, each with the file that holds it. */
export type CurrentIds = ReadonlyMap<SectionKey, ReadonlyMap<string, string>>;

/**
 * What is wrong with the former ids: one that is the entry's own id or another entry's current id
 * (its address shows that entry's page, so it cannot lead elsewhere), one listed twice in a file,
 * and one claimed by two entries (an old address can lead to one page only). Slug shape is the
 * schema's job. The versions of one guidance document are one entry and may repeat each other.
 */
export function checkAliasClaims(claims: readonly AliasClaim[], currentIds: CurrentIds): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const firstClaims = new Map<string, AliasClaim>();
  for (const claim of claims) {
    const seenInFile = new Map<string, number>();
    claim.aliases.forEach((alias, index) => {
      const problem = (message: string) =>
        problems.push({
          file: claim.file,
          ...(claim.entry === undefined ? {} : { entry: claim.entry }),
          field: formatFieldPath([claim.field, index]),
          message,
        });
      const address = entryHref(claim.section, alias);
      if (alias === claim.id) {
        problem(`„${alias}” to obecny identyfikator tego wpisu; wpisuje się tu tylko dawne identyfikatory, pod którymi wpis był wcześniej opublikowany`);
        return;
      }
      const holder = currentIds.get(claim.section)?.get(alias);
      if (holder !== undefined) {
        problem(
          `„${alias}” to obecny identyfikator innego wpisu (${holder}): pod adresem ${address} jest jego strona, więc ten adres nie może prowadzić tutaj; usuń „${alias}” z tej listy`,
        );
        return;
      }
      const earlierPosition = seenInFile.get(alias);
      if (earlierPosition !== undefined) {
        problem(`„${alias}” jest już na tej liście (pozycja ${earlierPosition + 1}); wpisz go raz`);
        return;
      }
      seenInFile.set(alias, index);
      const key = `${claim.section}/${alias}`;
      const first = firstClaims.get(key);
      if (first === undefined) {
        firstClaims.set(key, claim);
        return;
      }
      if (first.id === claim.id) return;
      const firstWhere = first.entry === undefined ? first.file : `${first.file}, wpis „${first.entry}”`;
      problem(
        `„${alias}” jest już dawnym identyfikatorem innego wpisu (${firstWhere}); dawny adres ${address} może prowadzić tylko do jednej strony, więc zostaw go przy wpisie, który ją zastąpił`,
      );
    });
  }
  return problems;
}

/** One version file of a guidance document, as the rule about drafts needs it. */
export interface GuideVersionAliases {
  file: string;
  draft: boolean;
  field: string;
  aliases: readonly string[];
}

/**
 * A public build leaves draft versions out, their fields included, so a former id written only in
 * a draft would not lead anywhere there. Reported for a document that has a published version.
 */
export function aliasesOnlyInDrafts(document: string, versions: readonly GuideVersionAliases[]): ContentProblem[] {
  const published = versions.filter((version) => !version.draft);
  const newestPublished = published.at(-1);
  if (!newestPublished) return [];
  const publishedAliases = new Set(published.flatMap((version) => version.aliases));
  return versions
    .filter((version) => version.draft)
    .flatMap((version) =>
      version.aliases.flatMap((alias, index) =>
        publishedAliases.has(alias)
          ? []
          : [
              {
                file: version.file,
                field: formatFieldPath([version.field, index]),
                message: `ta wersja ma status projekt, więc w publicznej wersji serwisu jej pola się nie liczą i dawny adres ${entryHref('guides', alias)} nie prowadziłby do dokumentu „${document}”; wpisz „${alias}” także w „${version.field}” opublikowanej wersji (${newestPublished.file})`,
              },
            ],
      ),
    );
}

/** Every address of a guidance document with these version numbers: the text, each version and its remarks form, the comparisons. */
export function guideAddresses(document: string, versions: readonly number[]): string[] {
  const ordered = [...versions].sort((a, b) => a - b);
  return [
    guideRoutes.document(document),
    ...ordered.flatMap((version) => [guideRoutes.version(document, version), guideRoutes.remarkTemplate(document, version)]),
    ...(ordered.length > 1 ? [guideRoutes.comparisons(document)] : []),
    ...versionPairs(ordered).map(([older, newer]) => guideRoutes.comparison(document, older, newer)),
  ];
}

/**
 * Old → new for every address of an entry under each of its former ids. `addresses` are the
 * entry's current addresses (by default only its page); each one under the entry's own address
 * gets a twin under every former id.
 */
export function redirectsForEntry(
  section: SectionKey,
  id: string,
  formerIds: readonly string[],
  addresses: readonly string[] = [entryHref(section, id)],
): Redirect[] {
  const base = entryHref(section, id);
  const redirects: Redirect[] = [];
  for (const formerId of new Set(formerIds)) {
    for (const address of addresses) {
      if (!address.startsWith(base)) throw new Error(`Adres ${address} nie należy do wpisu ${base}`);
      redirects.push({ from: entryHref(section, formerId) + address.slice(base.length), to: address });
    }
  }
  return redirects;
}

/** Addresses ending in `/` are pages; the rest (e.g. `formularz-uwag.csv`) are files. */
export function isPageAddress(address: string): boolean {
  return address.endsWith('/');
}

/**
 * The redirects in the `_redirects` format of Netlify and Cloudflare Pages: `from to 301`, one a
 * line, sorted. Static hosts without it serve the redirect pages instead.
 */
export function formatRedirectsFile(redirects: readonly Redirect[]): string {
  const lines = [...redirects].sort((a, b) => compareAddresses(a.from, b.from)).map((redirect) => `${redirect.from} ${redirect.to} 301`);
  return [
    '# Dawne adresy stron (pole „aliases” w content/) i ich nowe adresy; 301 = przeniesione na stałe.',
    '# Plik powstaje przy budowaniu: nie edytuj go ręcznie.',
    ...lines,
    '',
  ].join('\n');
}

/** The redirects a `_redirects` file holds; comments and blank lines are skipped. */
export function parseRedirectsFile(text: string): Redirect[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const [from = '', to = ''] = line.split(/\s+/);
      return { from, to };
    });
}

/** True for an address at or under one of the former entry addresses, e.g. `/modele/dawny-id/`. */
export function formerAddressMatcher(claims: readonly Pick<AliasClaim, 'section' | 'aliases'>[]): (pathname: string) => boolean {
  const prefixes = claims.flatMap((claim) => claim.aliases.map((alias) => entryHref(claim.section, alias)));
  return (pathname) => prefixes.some((prefix) => pathname.startsWith(prefix));
}
