/**
 * Three entries of the site renamed in a project copy, as an editor would rename them: a training
 * (its file), a guidance document (its folder, with versions, comparisons and remark forms, and its
 * easy-to-read text, whose file and address follow the document's id) and a programme (its file,
 * its English page, its easy-to-read text, and the link a course makes to it).
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const training = { old: 'superwizja-pracy-socjalnej', renamed: 'superwizja-w-pomocy-spolecznej' };
export const guide = { old: 'poradnik-wdrazania-modelu-kooperacji-dla-miast', renamed: 'poradnik-modelu-kooperacji-dla-miast', versions: [1, 2] };
export const programme = { old: 'lokalny-program-opieki-wytchnieniowej-rybnik', renamed: 'program-opieki-wytchnieniowej-rybnik' };

/** Replaces `from` with `to` in a file, which must contain it. */
function replaceIn(file: string, from: string, to: string): void {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${file}: brak „${from}” do zamiany`);
  writeFileSync(file, text.replaceAll(from, to));
}

/** Adds `aliases: [...]` as the first field of an MDX file's frontmatter. */
function addAliases(file: string, aliases: string[]): void {
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace(/^---\n/, `---\naliases: [${aliases.join(', ')}]\n`));
}

/** Renames both entries in the copy; with `keepOldIds`, the old ids go into `aliases` (of the guide's first version only: versions share them). */
export function renameEntries(copy: string, { keepOldIds }: { keepOldIds: boolean }): void {
  const trainings = path.join(copy, 'content/trainings');
  renameSync(path.join(trainings, `${training.old}.mdx`), path.join(trainings, `${training.renamed}.mdx`));
  const guides = path.join(copy, 'content/guides');
  renameSync(path.join(guides, guide.old), path.join(guides, guide.renamed));
  const easyRead = path.join(copy, 'content/easy-read');
  const easyText = readFileSync(path.join(easyRead, `${guide.old}.md`), 'utf8');
  rmSync(path.join(easyRead, `${guide.old}.md`));
  writeFileSync(path.join(easyRead, `${guide.renamed}.md`), easyText.replace(`guide: ${guide.old}`, `guide: ${guide.renamed}`));
  const programmes = path.join(copy, 'content/programmes');
  renameSync(path.join(programmes, `${programme.old}.md`), path.join(programmes, `${programme.renamed}.md`));
  renameSync(path.join(easyRead, `${programme.old}.md`), path.join(easyRead, `${programme.renamed}.md`));
  replaceIn(path.join(easyRead, `${programme.renamed}.md`), `programme: ${programme.old}`, `programme: ${programme.renamed}`);
  // A link to a section of the page (`#cel-programu`) must name the current address: a former address has no sections.
  replaceIn(path.join(copy, 'content/courses/kurs-warsztaty-di.mdx'), `/programy/${programme.old}/`, `/programy/${programme.renamed}/`);
  if (keepOldIds) {
    addAliases(path.join(trainings, `${training.renamed}.mdx`), [training.old]);
    addAliases(path.join(guides, guide.renamed, '1.mdx'), [guide.old]);
    addAliases(path.join(easyRead, `${guide.renamed}.md`), [guide.old]);
    addAliases(path.join(programmes, `${programme.renamed}.md`), [programme.old]);
    addAliases(path.join(easyRead, `${programme.renamed}.md`), [programme.old]);
  }
}
