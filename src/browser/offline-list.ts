/**
 * Bundled on its own as SAVED_PACKS_SCRIPT (src/integrations/browser-bundle.ts).
 *
 * The list of saved packs (src/components/offline/SavedPacks.astro) on the page of saved packs and
 * on the page the service worker shows when a page is not saved and there is no connection: each
 * pack with its pages, size and dates, and on the list page a button that removes it. On the list
 * page, online, it asks the service worker to compare the packs with the site, and reads them
 * again whenever the worker says they changed.
 */
import { countPl } from '../lib/plural.ts';
import { safeDecode } from '../lib/safe-decode.ts';
import { formatBytesPl, packSummary, problemMessage, refreshReport, savedWhen } from '../lib/offline/offline-text.ts';
import { removePack, savedPacks, type SavedPack } from '../lib/offline/pack-store.ts';
import { askForCheck, browserStorage, offlineSupported, onPacksChanged } from './offline-storage.ts';

const PACKS = { one: 'zapisany pakiet', few: 'zapisane pakiety', many: 'zapisanych pakietów' };

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const created = document.createElement(tag);
  if (text !== undefined) created.textContent = text;
  if (className) created.className = className;
  return created;
}

function packItem(pack: SavedPack, manage: boolean, onRemove: (pack: SavedPack) => void): HTMLLIElement {
  const item = element('li', undefined, 'saved-packs__item');
  const heading = item.appendChild(element('h3'));
  const link = heading.appendChild(element('a', pack.title));
  link.href = pack.address;
  item.append(element('p', `${packSummary(pack)}. ${savedWhen(pack)}`));
  if (pack.gone) item.append(element('p', 'Tej strony nie ma już w serwisie. Zapisana kopia zostaje, dopóki jej nie usuniesz.', 'saved-packs__gone'));
  if (pack.pages.length > 1) {
    item.append(element('p', 'Zapisane strony:'));
    const pages = item.appendChild(element('ul'));
    for (const page of pack.pages) {
      const pageLink = pages.appendChild(element('li')).appendChild(element('a', page.title));
      pageLink.href = page.path;
    }
  }
  if (manage) {
    const button = item.appendChild(element('p')).appendChild(element('button', 'Usuń z zapisanych', 'button button--secondary'));
    button.type = 'button';
    // Every pack has a button with the same text: its accessible name says which pack it removes.
    button.setAttribute('aria-label', `Usuń z zapisanych: ${pack.title}`);
    button.addEventListener('click', () => onRemove(pack));
  }
  return item;
}

async function showSavedPacks(section: HTMLElement): Promise<void> {
  const manage = section.dataset['savedPacks'] === 'manage';
  const status = section.querySelector<HTMLElement>('[data-saved-packs-status]')!;
  const list = section.querySelector<HTMLUListElement>('[data-saved-packs-list]')!;
  section.querySelector<HTMLElement>('[data-saved-packs-needs-js]')!.hidden = true;
  if (!offlineSupported(window)) {
    status.textContent = problemMessage('unsupported');
    return;
  }
  const storage = browserStorage(window);

  async function render(said?: string): Promise<void> {
    const packs = await savedPacks(storage);
    const total = packs.reduce((sum, pack) => sum + pack.bytes, 0);
    list.replaceChildren(...packs.map((pack) => packItem(pack, manage, (removed) => void remove(removed))));
    list.hidden = packs.length === 0;
    const summary =
      packs.length === 0
        ? 'Nie masz jeszcze zapisanych stron. Otwórz stronę projektu, modelu, programu albo kursu i wybierz „Zapisz do czytania bez internetu”.'
        : `W tej przeglądarce: ${countPl(packs.length, PACKS)}, razem ${formatBytesPl(total)}.`;
    status.textContent = said ? `${said} ${summary}` : summary;
  }

  async function remove(pack: SavedPack): Promise<void> {
    await removePack(storage, pack.address);
    await render(`Usunięto z zapisanych: ${pack.title}.`);
    // The removed pack's button is gone: focus goes back to the list's heading.
    section.querySelector<HTMLElement>('h2')?.setAttribute('tabindex', '-1');
    section.querySelector<HTMLElement>('h2')?.focus();
  }

  onPacksChanged((results) => {
    void savedPacks(storage).then((packs) => {
      const report = refreshReport(results, (address) => packs.find((pack) => pack.address === address)?.title ?? address);
      return render(report || undefined);
    });
  });
  await render();
  if (manage && navigator.onLine) askForCheck();
}

const requested = document.querySelector<HTMLElement>('[data-offline-requested]');
// The no-connection page is shown at the address the reader asked for: say which page that was.
if (requested && requested.dataset['offlineRequested'] !== location.pathname) {
  requested.querySelector('code')!.textContent = safeDecode(location.pathname);
  requested.hidden = false;
}
for (const section of document.querySelectorAll<HTMLElement>('[data-saved-packs]')) void showSavedPacks(section);
