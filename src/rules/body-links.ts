/**
 * Links in a page's text to entries of the site name entries that exist. (After the build, every
 * internal link and anchor of the texts is followed in dist/ as well: src/integrations/body-links.ts.)
 */
import { entryHref } from '../collections/routes.ts';
import { contentTypeNames, contentTypes, type ContentTypeName } from '../collections/table.ts';
import type { ContentProblem } from '../lib/editor-errors.ts';
import { suggestId } from '../lib/references.ts';
import { safeDecode } from '../lib/safe-decode.ts';
import { addressId, whereIs } from './entries.ts';
import { aliasClaims } from './former-ids.ts';
import type { KnockOn, Rule } from './types.ts';

/** The segment of a paged list's later pages (`/programy/strona/2/`), which is no entry's id. */
const LIST_PAGE_SEGMENT = 'strona';

/** The type and id an internal link names (`/programy/x/#cel` → programmes, x), when it names an entry's page. */
export function linkedEntry(url: string): { type: ContentTypeName; id: string } | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return undefined;
  const path = url.split(/[?#]/)[0]!;
  const [route, id] = path.split('/').filter(Boolean);
  const type = contentTypeNames.find((name) => contentTypes[name].route === route);
  if (!type || id === undefined || id === LIST_PAGE_SEGMENT) return undefined;
  return { type, id: safeDecode(id) };
}

export const bodyLinks: Rule = {
  name: 'links in texts',
  check(input) {
    const ids = new Map<ContentTypeName, Set<string>>();
    const failed = new Map<string, string>();
    for (const entry of input.entries) {
      const id = addressId(entry.type, entry.id);
      ids.set(entry.type, (ids.get(entry.type) ?? new Set<string>()).add(id));
      if (entry.data === undefined) failed.set(`${entry.type}/${id}`, whereIs(entry));
    }
    const former = new Map<string, string>(
      aliasClaims(input).flatMap((claim) => claim.aliases.map((alias): [string, string] => [`${claim.type}/${alias}`, entryHref(claim.type, claim.id)])),
    );
    const problems: ContentProblem[] = [];
    const knockOns: KnockOn[] = [];
    for (const entry of input.entries) {
      for (const link of entry.body?.links ?? []) {
        const target = linkedEntry(link.url);
        if (!target) continue;
        const key = `${target.type}/${target.id}`;
        const known = ids.get(target.type) ?? new Set<string>();
        if (known.has(target.id) && !failed.has(key)) continue;
        if (failed.has(key)) {
          knockOns.push({ cause: failed.get(key)!, file: entry.file });
          continue;
        }
        const field = `treść, wiersz ${link.line}, odnośnik`;
        const moved = former.get(key);
        if (moved) {
          problems.push({ file: entry.file, field, message: `„${link.url}” to dawny adres wpisu, który ma teraz adres ${moved}; wpisz nowy adres` });
          continue;
        }
        const suggestion = suggestId(target.id, known);
        problems.push({
          file: entry.file,
          field,
          message:
            `odnośnik „${link.url}” prowadzi do strony, której nie ma: w dziale /${contentTypes[target.type].route}/ nie ma wpisu „${target.id}”` +
            (suggestion ? `. Czy chodziło o „${entryHref(target.type, suggestion)}”?` : ''),
        });
      }
    }
    return { problems, knockOns };
  },
};
