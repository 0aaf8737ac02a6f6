import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * URL paths ("/", "/projekty/", …) of the HTML pages of a built site, under `directory` when
 * given; pagefind's own files are not pages of the site.
 */
export function builtPagePathsIn(root: string, directory = ''): string[] {
  const paths: string[] = [];
  for (const entry of readdirSync(path.join(root, directory), { withFileTypes: true })) {
    const relative = path.posix.join(directory, entry.name);
    if (entry.isDirectory()) {
      if (relative !== 'pagefind') paths.push(...builtPagePathsIn(root, relative));
    } else if (entry.name === 'index.html') {
      paths.push(`/${directory ? `${directory}/` : ''}`);
    }
  }
  return paths.sort();
}
