/**
 * `npm run addresses`: rewrites `published-addresses.txt` from the public build in `dist/` (run
 * `npm run build` first) and says which addresses it added and which it dropped. Dropping one is
 * withdrawing a published page: do it only on purpose, never for a page that was renamed (that
 * gets its old id in `aliases` instead).
 *
 * Usage: node scripts/published-addresses.ts [folder]   (default: $KB_DIST_DIR or dist)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { builtAddresses } from '../src/integrations/published-addresses.ts';
import { ADDRESS_LIST_FILE, compareWithBuild, formatAddressList, parseAddressList } from '../src/lib/published-addresses.ts';

/** At most `limit` lines, then how many more: a first run lists every page of the site. */
function lines(addresses: readonly string[], mark: string, limit = 30): string[] {
  const shown = addresses.slice(0, limit).map((address) => `  ${mark} ${address}`);
  return addresses.length > limit ? [...shown, `  … i ${addresses.length - limit} więcej`] : shown;
}

function main(dist: string): number {
  const home = path.join(dist, 'index.html');
  if (!existsSync(home)) {
    console.error(`Brak zbudowanej strony: nie ma pliku ${home}. Uruchom najpierw: npm run build`);
    return 1;
  }
  // The preview keeps every page out of search engines; its drafts must never enter the list.
  if (readFileSync(home, 'utf8').includes('<meta name="robots" content="noindex">')) {
    console.error(
      `${dist}/ to podgląd z wersjami roboczymi (KB_DRAFTS=1). Lista ma adresy wersji publicznej: zbuduj ją poleceniem npm run build i uruchom to polecenie ponownie.`,
    );
    return 1;
  }
  const built = builtAddresses(dist);
  const listed = existsSync(ADDRESS_LIST_FILE) ? parseAddressList(readFileSync(ADDRESS_LIST_FILE, 'utf8')) : [];
  const { missing, added } = compareWithBuild(listed, built);
  writeFileSync(ADDRESS_LIST_FILE, formatAddressList(built));
  console.log(`${ADDRESS_LIST_FILE}: ${built.length} adresów.`);
  if (added.length > 0) console.log([`Dopisano (${added.length}):`, ...lines(added, '+')].join('\n'));
  if (missing.length > 0) {
    console.log(
      [
        `Usunięto (${missing.length}) – te strony przestaną działać pod dawnym adresem; jeśli zmienił się tylko identyfikator, przywróć listę i dopisz go do „aliases”:`,
        ...lines(missing, '-'),
      ].join('\n'),
    );
  }
  if (added.length === 0 && missing.length === 0) console.log('Bez zmian.');
  return 0;
}

process.exitCode = main(process.argv[2] || process.env.KB_DIST_DIR || 'dist');
