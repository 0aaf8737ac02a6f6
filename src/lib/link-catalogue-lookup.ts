/** Finding a catalogue item from what a trainer wrote in a course file: a step code, an address or a key. */
import { CATALOGUE_KEY, type CatalogueItem } from './link-catalogue.ts';
import { normalStepCode } from './step-codes.ts';
import { safeDecode } from './safe-decode.ts';

/**
 * The item a trainer's reference points at: a step code ("MK-M 3", "mk-m-3"), an address
 * ("/modele/…/#krok-diagnoza", also with the site's origin or a step-code anchor "#mk-m-3") or
 * an item key.
 */
export function findCatalogueItem(items: readonly CatalogueItem[], reference: string): CatalogueItem | undefined {
  const text = reference.trim();
  if (text === '') return undefined;
  if (CATALOGUE_KEY.test(text)) {
    const byKey = items.find((item) => item.key === text);
    if (byKey) return byKey;
  }
  const code = normalStepCode(text);
  if (code) return items.find((item) => item.code === code);
  const address = splitAddress(text);
  if (!address) return undefined;
  const exact = items.find((item) => item.href === `${address.path}#${address.anchor}`);
  if (exact) return exact;
  const anchorCode = normalStepCode(address.anchor);
  if (!anchorCode) return undefined;
  return items.find((item) => item.code === anchorCode && item.href.startsWith(`${address.path}#`));
}

/** "/modele/x#krok-a", "https://host/modele/x/#krok-a" → { path: "/modele/x/", anchor: "krok-a" }. */
function splitAddress(text: string): { path: string; anchor: string } | undefined {
  let url: URL;
  try {
    url = new URL(text, 'http://adres.invalid');
  } catch {
    return undefined;
  }
  const anchor = safeDecode(url.hash.replace(/^#/, ''));
  if (anchor === '') return undefined;
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { path: safeDecode(path), anchor };
}
