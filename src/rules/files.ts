/**
 * Which files may stand in a type's folder, named how: a file name is a page's address, so only
 * `.md`/`.mdx` files with an id of lower-case letters, digits and hyphens (`.yaml` for a type of
 * records); one file per address; a guidance document is a folder of numbered version files.
 */
import { contentTypes, type ContentTypeName } from '../collections/table.ts';
import { CONTENT_ROOT, pageFileStem, recordFileStem } from '../collections/files.ts';
import { versionFromFileName } from '../lib/consultation/version-rules.ts';
import type { ContentProblem } from '../lib/editor-errors.ts';
import { ENTRY_ID } from '../schemas/entry-id.ts';
import type { Rule } from './types.ts';

/** What is wrong with a file's place or name in its type's folder; undefined when it may stand there. */
export function fileNameProblem(type: ContentTypeName, file: string): string | undefined {
  const { storage, location } = contentTypes[type];
  if (storage === 'list') return undefined;
  const folder = `${CONTENT_ROOT}/${location}`;
  const parts = file.slice(folder.length + 1).split('/');
  if (storage === 'versioned') {
    if (parts.length === 1) {
      return `w folderze ${folder}/ każdy dokument ma własny folder z plikami wersji (np. ${location}/poradnik/1.mdx); przenieś ten plik do folderu dokumentu`;
    }
    if (parts.length > 2) return `w folderze dokumentu są tylko pliki wersji (1.mdx, 2.mdx…), bez dalszych folderów; przenieś ten plik`;
    if (!ENTRY_ID.test(parts[0]!)) return 'nazwa folderu jest adresem dokumentu, więc może mieć tylko małe litery a–z bez polskich znaków, cyfry i myślniki';
    if (versionFromFileName(parts[1]!) === null) return 'plik wersji nazywa się jej numerem: 1.mdx, 2.mdx, 3.mdx… (albo 1.md, 2.md…)';
    return undefined;
  }
  if (storage === 'records') {
    if (parts.length > 1) return `pliki leżą bezpośrednio w folderze ${folder}/, bez podfolderów; przenieś ten plik do ${folder}/`;
    const stem = recordFileStem(parts[0]!);
    if (stem === null) return `w folderze ${folder}/ mogą być tylko pliki .yaml; usuń ten plik albo zmień jego rozszerzenie`;
    if (!ENTRY_ID.test(stem))
      return 'nazwa pliku jest adresem strony, więc może mieć tylko małe litery a–z bez polskich znaków, cyfry i myślniki, np. „poradnik-wersja-2.yaml”';
    return undefined;
  }
  if (parts.length > 1) return `strony leżą bezpośrednio w folderze ${folder}/, bez podfolderów; przenieś ten plik do ${folder}/`;
  const stem = pageFileStem(parts[0]!);
  if (stem === null)
    return `w folderze ${folder}/ mogą być tylko pliki .md (sam tekst) i .mdx (tekst z komponentami); usuń ten plik albo zmień jego rozszerzenie`;
  if (!ENTRY_ID.test(stem))
    return 'nazwa pliku jest adresem strony, więc może mieć tylko małe litery a–z bez polskich znaków, cyfry i myślniki, np. „rops-bialystok.md”';
  return undefined;
}

export const fileNames: Rule = {
  name: 'file names',
  check({ files }) {
    const problems: ContentProblem[] = [];
    const firstOfAddress = new Map<string, string>();
    for (const { type, file } of [...files].sort((a, b) => a.file.localeCompare(b.file))) {
      const message = fileNameProblem(type, file);
      if (message) {
        problems.push({ file, field: '', message });
        continue;
      }
      if (contentTypes[type].storage === 'list') continue;
      const address = `${type}/${file.replace(/\.(mdx?|yaml)$/, '')}`;
      const first = firstOfAddress.get(address);
      if (first === undefined) firstOfAddress.set(address, file);
      else problems.push({ file, field: '', message: `ten sam adres ma już plik ${first}; jedna strona to jeden plik: .md albo .mdx, nie oba` });
    }
    return { problems };
  },
};
