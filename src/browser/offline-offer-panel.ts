/**
 * The "Zapisz do czytania bez internetu" panel (src/components/offline/OfflineOffer.astro): shows
 * the pack's size before saving, saves it (registering the service worker first), removes it, and
 * says when the saved copy was saved and last updated; every problem, a full storage among them,
 * is said in Polish. Bundled on its own as OFFER_PANEL_SCRIPT and added to the page by
 * src/browser/offline-offer.ts; the saving itself is src/lib/offline/.
 */
import type { PackManifest } from '../lib/offline/pack-manifest.ts';
import { fetchPackManifest } from '../lib/offline/pack-refresh.ts';
import { removePack, savedPack, savePack } from '../lib/offline/pack-store.ts';
import { formatBytesPl, packSummary, problemMessage, progressText, refreshReport, savedWhen } from '../lib/offline/offline-text.ts';
import { problemOf, type OfflineProblem } from '../lib/offline/offline-storage.ts';
import { browserStorage, offlineSupported, onPacksChanged } from './offline-storage.ts';
import { registerServiceWorker } from './offline-service-worker.ts';

async function showOfflineOffer(offer: HTMLDetailsElement): Promise<void> {
  const part = <T extends HTMLElement>(name: string) => offer.querySelector<T>(`[data-offline-${name}]`)!;
  const [summary, size, save, remove, progress, status] = [
    part('summary'),
    part('size'),
    part<HTMLButtonElement>('save'),
    part<HTMLButtonElement>('remove'),
    part<HTMLProgressElement>('progress'),
    part('status'),
  ];
  part('needs-js').hidden = true;
  if (!offlineSupported(window)) {
    status.textContent = problemMessage('unsupported');
    return;
  }
  const storage = browserStorage(window);
  const address = offer.dataset['packAddress']!;
  // Offline there is no manifest to fetch (and a failed request is an error on the console); a saved copy's record says the same.
  let unavailable: OfflineProblem = 'offline';
  async function siteManifest(): Promise<PackManifest | undefined> {
    if (!navigator.onLine) return undefined;
    try {
      const found = await fetchPackManifest(storage, address);
      if (!found) unavailable = 'missing';
      return found;
    } catch {
      return undefined;
    }
  }
  const manifest = await siteManifest();

  /** The panel as the saved copy (if any) and the site's pack (if reachable) stand now. */
  async function render(): Promise<void> {
    const saved = await savedPack(storage, address);
    summary.textContent = saved ? 'Zapisano do czytania bez internetu' : 'Zapisz do czytania bez internetu';
    const newer = saved && manifest && manifest.version !== saved.version ? ' W serwisie jest nowsza wersja: zapisana kopia odświeży się sama.' : '';
    if (saved) size.textContent = `Zapisany pakiet: ${packSummary(saved)}. ${savedWhen(saved)}${newer}`;
    else if (manifest) size.textContent = `Pakiet do zapisania: ${packSummary(manifest)}.`;
    size.hidden = !saved && !manifest;
    save.hidden = !manifest;
    save.textContent = saved ? 'Zaktualizuj zapisaną kopię' : `Zapisz (${formatBytesPl(manifest?.bytes ?? 0)})`;
    remove.hidden = !saved;
    if (!manifest && !saved) status.textContent = problemMessage(unavailable);
  }

  async function saveNow(pack: PackManifest): Promise<void> {
    save.disabled = true;
    status.textContent = 'Zapisywanie…';
    progress.hidden = false;
    let outcome: string;
    try {
      await registerServiceWorker();
      const saved = await savePack(storage, pack, (done, total) => {
        progress.max = total;
        progress.value = done;
        progress.textContent = progressText(done, total);
      });
      // Asked after saving, when the reader has shown they want the copy kept: the browser may then spare it when clearing space.
      await navigator.storage?.persist?.().catch(() => false);
      outcome = `${savedWhen(saved)} Ta strona otworzy się w tej przeglądarce także bez internetu.`;
    } catch (error) {
      outcome = problemMessage(problemOf(error), pack.bytes);
    }
    progress.hidden = true;
    save.disabled = false;
    // The panel first shows the new state, then the status line announces it.
    await render();
    status.textContent = outcome;
  }

  save.addEventListener('click', () => {
    if (manifest) void saveNow(manifest);
  });
  remove.addEventListener('click', () => {
    void removePack(storage, address).then(async () => {
      await render();
      status.textContent = 'Usunięto z zapisanych. Bez internetu ta strona już się nie otworzy.';
      // The remove button is gone now: focus goes to what the reader can do next.
      (save.hidden ? summary : save).focus();
    });
  });
  onPacksChanged((results) => {
    const report = refreshReport(
      results.filter((result) => result.address === address),
      () => offer.dataset['packTitle'] ?? address,
    );
    void render().then(() => {
      if (report) status.textContent = report;
    });
  });
  await render();
}

const offer = document.querySelector<HTMLDetailsElement>('details[data-offline-offer]');
if (offer) void showOfflineOffer(offer);
