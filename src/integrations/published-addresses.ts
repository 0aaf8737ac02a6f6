/**
 * After the build: every address in `published-addresses.txt` must still be there, as the page
 * itself or as the page at its former address (`aliases`), so links in slides and handouts keep
 * working for years. A missing address stops the build with the fix; a new one is only announced
 * (`npm run addresses` adds it to the list). Every former address must lead to a built page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { parseRedirectsFile } from '../lib/redirects.ts';
import { draftsIncluded } from '../lib/publication.ts';
import {
  ADDRESS_LIST_COMMAND,
  ADDRESS_LIST_FILE,
  addedAddressesNotice,
  addressesOfBuild,
  compareWithBuild,
  missingAddressesMessage,
  parseAddressList,
} from '../lib/published-addresses.ts';

/** Every file of a build, relative to its folder, with `/` separators. */
export function builtFiles(dist: string, directory = ''): string[] {
  return readdirSync(path.join(dist, directory), { withFileTypes: true }).flatMap((entry) => {
    const relative = directory ? `${directory}/${entry.name}` : entry.name;
    return entry.isDirectory() ? builtFiles(dist, relative) : [relative];
  });
}

/** The addresses a built site publishes. */
export function builtAddresses(dist: string): string[] {
  return addressesOfBuild(builtFiles(dist));
}

/** Former addresses in `dist/_redirects` whose new address the build does not have. */
export function redirectsToNowhere(dist: string, addresses: readonly string[]): string[] {
  const file = path.join(dist, '_redirects');
  if (!existsSync(file)) return [];
  const known = new Set(addresses);
  return parseRedirectsFile(readFileSync(file, 'utf8'))
    .filter((redirect) => !known.has(redirect.to))
    .map((redirect) => `${redirect.from} → ${redirect.to}`);
}

export function publishedAddressesCheck(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'kb:published-addresses',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const built = builtAddresses(dist);
        const nowhere = redirectsToNowhere(dist, built);
        if (nowhere.length > 0) {
          throw new AstroError(`Dawne adresy prowadzą do stron, których budowanie nie utworzyło:\n${nowhere.map((line) => `  • ${line}`).join('\n')}`);
        }
        const listFile = path.join(root, ADDRESS_LIST_FILE);
        if (!existsSync(listFile)) {
          logger.warn(
            `Brak listy ${ADDRESS_LIST_FILE}, więc nie sprawdzono, czy opublikowane adresy nadal działają. Utwórz ją poleceniem: ${ADDRESS_LIST_COMMAND}`,
          );
          return;
        }
        const { missing, added } = compareWithBuild(parseAddressList(readFileSync(listFile, 'utf8')), built);
        if (missing.length > 0) {
          throw new AstroError(missingAddressesMessage(missing, added), 'Więcej: docs/EDITING.md, rozdział „Zmiana adresu wpisu”.');
        }
        if (added.length === 0) return;
        // A preview's extra addresses are its drafts, which the list of the public site never holds.
        if (draftsIncluded(process.env))
          logger.info(`Podgląd z wersjami roboczymi ma ${added.length} adresów spoza ${ADDRESS_LIST_FILE}; to wersje robocze, do listy ich się nie dopisuje.`);
        else logger.info(addedAddressesNotice(added));
      },
    },
  };
}
