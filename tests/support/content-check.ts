/**
 * The content pipeline over a folder, without Astro: the files of each type handed to a
 * ContentRound the way the content layer's loaders hand them (src/pipeline/astro-loaders.ts),
 * then every rule. The bad-input corpus and the rule tests run here in-process; the corpus also
 * runs a few cases through the real `npm run validate` and `npm run build` to show the two agree.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_ROOT } from '../../src/collections/files.ts';
import { contentTypeNames, contentTypes } from '../../src/collections/table.ts';
import { ContentRound, pageEntryId, type RoundResult } from '../../src/pipeline/content-round.ts';
import { referenceById } from '../../src/schemas/fields.ts';

const schemas = new Map(contentTypeNames.map((name) => [name, contentTypes[name].schema(referenceById)]));

/** Every file under a folder, relative to it, with `/` separators (as the glob loader lists them; hidden files left out). */
export function filesUnder(folder: string, prefix = ''): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .flatMap((name) => {
      const full = path.join(folder, name);
      const relative = prefix ? `${prefix}/${name}` : name;
      return statSync(full).isDirectory() ? filesUnder(full, relative) : [relative];
    });
}

export interface CheckOptions {
  includeDrafts?: boolean;
}

/** The content of `root/content` read and checked as a build would. */
export function checkContent(root: string, { includeDrafts = false }: CheckOptions = {}): RoundResult {
  const round = new ContentRound(schemas);
  for (const type of contentTypeNames) {
    const { storage, location } = contentTypes[type];
    if (storage === 'list') {
      const file = `${CONTENT_ROOT}/${location}`;
      const absolute = path.join(root, file);
      if (!existsSync(absolute)) continue;
      for (const item of round.readList(type, file, readFileSync(absolute, 'utf8'))) round.parse(type, item.id, file, item);
      continue;
    }
    for (const relative of filesUnder(path.join(root, CONTENT_ROOT, location))) {
      const file = `${CONTENT_ROOT}/${location}/${relative}`;
      if (storage === 'records' && relative.endsWith('.yaml')) {
        const { data } = round.readRecord(type, file, readFileSync(path.join(root, file), 'utf8'));
        if (!round.isRejected(file)) round.parse(type, relative.slice(0, -'.yaml'.length), file, data);
        continue;
      }
      if (storage === 'records' || !/\.mdx?$/.test(relative)) {
        round.strayFile(type, file);
        continue;
      }
      const { data } = round.readPage(type, file, readFileSync(path.join(root, file), 'utf8'));
      if (!round.isRejected(file)) round.parse(type, pageEntryId(relative), file, data);
    }
  }
  const archive = path.join(root, CONTENT_ROOT, 'archive');
  return round.finish({ includeDrafts, archive: new Set(existsSync(archive) ? readdirSync(archive) : []) });
}
