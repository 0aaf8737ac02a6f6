/**
 * Former ids (`aliases`; the glossary's `formerIds`) keep old addresses alive: each must be free
 * of current ids and of other entries' former ids, and in a public build it must be given by a
 * published version of a guidance document, not by a draft only.
 */
import { entryHref, guideRoutes } from '../collections/routes.ts';
import { contentTypes, type ContentTypeName } from '../collections/table.ts';
import { formatFieldPath, type ContentProblem } from '../lib/editor-errors.ts';
import { isDraft } from '../lib/publication.ts';
import { documentIdOf } from '../lib/consultation/documents.ts';
import { addressId, readEntries } from './entries.ts';
import type { Rule, RuleInput } from './types.ts';

/** The former ids one file gives for one entry (for a guidance document: one of its versions). */
export interface AliasClaim {
  type: ContentTypeName;
  /** The entry's current id; for a guidance document the document (folder), not the version. */
  id: string;
  file: string;
  /** The entry's id or position, for files that hold a list of entries (glossary, indicators, sources). */
  entry?: string;
  /** `aliases` or, in the glossary, `formerIds`. */
  field: string;
  aliases: readonly string[];
}

/** Current ids of each type, each with the file that holds it. */
export type CurrentIds = ReadonlyMap<ContentTypeName, ReadonlyMap<string, string>>;

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
      const address = entryHref(claim.type, alias);
      if (alias === claim.id) {
        problem(`„${alias}” to obecny identyfikator tego wpisu; wpisuje się tu tylko dawne identyfikatory, pod którymi wpis był wcześniej opublikowany`);
        return;
      }
      const holder = currentIds.get(claim.type)?.get(alias);
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
      const key = `${claim.type}/${alias}`;
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
                message: `ta wersja ma status projekt, więc w publicznej wersji serwisu jej pola się nie liczą i dawny adres ${guideRoutes.document(alias)} nie prowadziłby do dokumentu „${document}”; wpisz „${alias}” także w „${version.field}” opublikowanej wersji (${newestPublished.file})`,
              },
            ],
      ),
    );
}

/** The former ids each entry lists, as claims on addresses. */
export function aliasClaims(input: RuleInput): AliasClaim[] {
  return readEntries(input).flatMap((entry) => {
    const field = contentTypes[entry.type].formerIdsField;
    const aliases = ((entry.data as Record<string, unknown>)[field] ?? []) as string[];
    if (aliases.length === 0) return [];
    return [
      { type: entry.type, id: addressId(entry.type, entry.id), file: entry.file, ...(entry.entry === undefined ? {} : { entry: entry.entry }), field, aliases },
    ];
  });
}

function currentIdsOf(input: RuleInput): CurrentIds {
  const ids = new Map<ContentTypeName, Map<string, string>>();
  for (const entry of input.entries) {
    const byId = ids.get(entry.type) ?? new Map<string, string>();
    const id = addressId(entry.type, entry.id);
    const versioned = contentTypes[entry.type].storage === 'versioned';
    if (!byId.has(id)) byId.set(id, versioned ? `${entry.file.slice(0, entry.file.lastIndexOf('/'))}/` : entry.file);
    ids.set(entry.type, byId);
  }
  return ids;
}

export const formerIds: Rule = {
  name: 'former ids',
  check(input) {
    const problems = checkAliasClaims(aliasClaims(input), currentIdsOf(input));
    if (input.includeDrafts) return { problems };
    const versionsByDocument = new Map<string, (typeof input.entries)[number][]>();
    for (const entry of readEntries(input)) {
      if (contentTypes[entry.type].storage !== 'versioned') continue;
      const document = documentIdOf(entry.id);
      versionsByDocument.set(document, [...(versionsByDocument.get(document) ?? []), entry]);
    }
    for (const [document, versions] of versionsByDocument) {
      const ordered = [...versions].sort((a, b) => (a.data as { version: number }).version - (b.data as { version: number }).version);
      problems.push(
        ...aliasesOnlyInDrafts(
          document,
          ordered.map((version) => ({
            file: version.file,
            draft: isDraft(version.data),
            field: contentTypes[version.type].formerIdsField,
            aliases: (version.data as { aliases: string[] }).aliases,
          })),
        ),
      );
    }
    return { problems };
  },
};
