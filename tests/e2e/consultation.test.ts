/**
 * Consultation of a guidance document in Chromium: numbered units with anchors, remarks added by
 * keyboard, kept over a reload, edited, removed and exported exactly as typed; storage errors
 * shown; the printed table; the older version and the comparison of versions; axe on each state;
 * and the page without JavaScript.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { REMARK_COLUMNS } from '../../src/lib/consultation/remarks-csv.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { downloadedText, freshPageEachTest, siteURL } from './support/browser.ts';
import { accessibilityViolations } from '../support/accessibility.ts';
import { DURING_CONSULTATION } from '../support/build-day.ts';

const DOCUMENT = '/dokumenty/poradnik-wdrazania-modelu-kooperacji-dla-miast/';
/** Text that breaks naive CSV writers and HTML renderers alike. */
const AWKWARD = 'Zapis „ust. 2”; proponuję: "nowe", brzmienie,\nw dwóch wierszach <script>window.__wstrzykniete = 1</script> & <b>pogrubienie</b> — żółć';
const JUSTIFICATION = 'Uzasadnienie; z przecinkiem, cudzysłowem "x" i\r\nnową linią.';

const session = freshPageEachTest();
/** A day inside the real document's consultation period: once it has passed, the page takes no remarks. */

beforeEach(async () => {
  await session.page.clock.setFixedTime(DURING_CONSULTATION);
});

async function openDocument(hash = ''): Promise<void> {
  await session.page.goto(siteURL(`${DOCUMENT}${hash}`));
  await session.page.locator('.unit__remark').first().waitFor();
}

/** The remark button of one unit, as a keyboard user reaches it. */
const remarkButton = (unitId: string) => session.page.locator(`#${unitId} .unit__remark`);

async function addRemark(unitId: string, proposal: string, justification: string, submitter?: string): Promise<void> {
  await remarkButton(unitId).focus();
  await session.page.keyboard.press('Enter');
  const dialog = session.page.locator('dialog.remark-dialog[open]');
  await dialog.waitFor();
  if (submitter !== undefined) {
    await dialog.getByLabel('Podmiot zgłaszający').fill(submitter);
    await dialog.getByLabel('organizacja', { exact: true }).check();
  }
  await dialog.getByLabel('Treść uwagi / proponowany zapis').fill(proposal);
  await dialog.getByLabel('Uzasadnienie').fill(justification);
  await dialog.getByRole('button', { name: 'Zapisz uwagę' }).click();
  await dialog.waitFor({ state: 'detached' });
}

const remarkTexts = () => session.page.locator('.remarks__list .remark dd').allInnerTexts();

describe('the document in consultation', () => {
  it('shows its status with the period, its version, and numbered units with their own anchors', async () => {
    await openDocument();
    const status = await session.page.locator('.status-line').innerText();
    expect(status).toMatch(/w konsultacjach\s+od \d+ \S+ 2026 do \d+ \S+ 2026/i);
    expect(status).toContain('Wersja:');
    const ids = await session.page.locator('.guide-text .unit').evaluateAll((units) => units.map((unit) => unit.id));
    expect(ids.length).toBeGreaterThan(10);
    expect(ids[0]).toBe('p-1-1');
    expect(ids.every((id) => /^p-\d+-\d+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await session.page.locator('#p-1-1 .unit__number').getAttribute('href')).toBe('#p-1-1');
    expect(await session.page.locator('.guide-text h2').first().innerText()).toMatch(/^§ 1\. /);
    expect(await session.page.locator('.unit__remark').count()).toBe(ids.length);
    expect(session.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });

  it('says, by the reader’s calendar, when the consultation has ended, and then takes no more remarks', async () => {
    await session.page.clock.setFixedTime(new Date('2027-02-01T12:00:00+01:00'));
    await session.page.goto(siteURL(DOCUMENT));
    expect(await session.page.locator('.remarks__phase').innerText()).toMatch(
      /^Konsultacje zakończyły się \d+ \S+ 2026: do tej wersji nie można już zgłaszać uwag\./,
    );
    expect(await session.page.locator('.unit__remark').count()).toBe(0);
    expect(await session.page.getByLabel('Podmiot zgłaszający').count()).toBe(0);
    expect(await accessibilityViolations(session.page)).toEqual([]);
  });

  it('a reader clock set before the period does not hide a consultation that had begun when the page was built', async () => {
    // The page was built on TEST_BUILD_DAY, inside the period: "Konsultacje zaczną się" would be untrue.
    await session.page.clock.setFixedTime(new Date('2026-11-01T12:00:00+01:00'));
    await session.page.goto(siteURL(DOCUMENT));
    await session.page.locator('.unit__remark').first().waitFor();
    expect(await session.page.locator('.remarks__phase').count()).toBe(0);
  });

  it('says nothing of the kind while the consultation is open', async () => {
    await session.page.clock.setFixedTime(new Date('2026-11-30T12:00:00+01:00'));
    await openDocument();
    expect(await session.page.locator('.remarks__phase').count()).toBe(0);
  });

  it('opens at a unit from its address, e.g. #p-2-1', async () => {
    await openDocument('#p-2-1');
    const inView = await session.page.locator('#p-2-1').evaluate((unit) => {
      const box = unit.getBoundingClientRect();
      return box.top >= 0 && box.top < window.innerHeight;
    });
    expect(inView).toBe(true);
  });
});

describe('remarks', () => {
  it('are added by keyboard with the unit, its wording and the submitter, then focus returns to the button', async () => {
    await openDocument();
    await remarkButton('p-2-1').focus();
    await session.page.keyboard.press('Enter');
    const dialog = session.page.locator('dialog.remark-dialog[open]');
    await dialog.waitFor();
    expect(await dialog.locator('h2').innerText()).toBe('Zgłoś uwagę do § 2 ust. 1');
    expect(await dialog.locator('.remark-dialog__document').innerText()).toMatch(/^Poradnik .+, wersja 2$/);
    const unitText = (await session.page.locator('#p-2-1 > :not(.unit__number):not(.unit__remark)').innerText()).trim();
    expect((await dialog.locator('.remark-dialog__current').innerText()).replace(/\s+/g, ' ')).toBe(unitText.replace(/\s+/g, ' '));
    expect(await session.page.evaluate(() => document.activeElement?.id)).toBe(await dialog.getByLabel('Treść uwagi / proponowany zapis').getAttribute('id'));
    expect(await accessibilityViolations(session.page)).toEqual([]);

    await dialog.getByLabel('Podmiot zgłaszający').fill('Gmina Testowa; Wydział „Spraw Społecznych”');
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.press('Space');
    expect(await dialog.getByLabel('organizacja', { exact: true }).isChecked()).toBe(true);
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.type('Proponuję dopisać monitoring.');
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.type('Bo źródło go opisuje.');
    await session.page.keyboard.press('Tab');
    await session.page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });

    expect(await session.page.locator('.remarks__list .remark h3').allInnerTexts()).toEqual(['§ 2 ust. 1']);
    expect(await session.page.locator('.remarks__status').innerText()).toContain('Zapisano uwagę do § 2 ust. 1');
    expect(await session.page.evaluate(() => document.activeElement?.closest('.unit')?.id)).toBe('p-2-1');
    expect(await session.page.locator('#p-2-1').getAttribute('data-has-remark')).toBe('');
    expect(await accessibilityViolations(session.page)).toEqual([]);
  });

  it('ask for what is missing in an error summary that takes focus', async () => {
    await openDocument();
    await remarkButton('p-1-1').click();
    const dialog = session.page.locator('dialog.remark-dialog[open]');
    await dialog.getByRole('button', { name: 'Zapisz uwagę' }).click();
    const summary = dialog.locator('.error-summary');
    expect(await summary.locator('li').allInnerTexts()).toEqual([
      'Podaj podmiot zgłaszający: imię i nazwisko albo nazwę instytucji',
      'Wybierz, czy zgłaszasz uwagi jako organizacja, czy jako osoba prywatna',
      'Wpisz treść uwagi albo proponowany zapis',
    ]);
    expect(await session.page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(await accessibilityViolations(session.page)).toEqual([]);
  });

  it('survive a reload, can be edited and removed', async () => {
    await openDocument();
    await addRemark('p-1-1', 'Pierwsza uwaga.', 'Pierwsze uzasadnienie.', 'Powiat Testowy');
    await addRemark('p-3-1', 'Druga uwaga.', '');
    await session.page.reload();
    await session.page.locator('.remarks__list .remark').nth(1).waitFor();
    expect(await session.page.locator('.remarks__list .remark h3').allInnerTexts()).toEqual(['§ 1 ust. 1', '§ 3 ust. 1']);
    expect(await session.page.getByLabel('Podmiot zgłaszający').inputValue()).toBe('Powiat Testowy');

    await session.page.getByRole('button', { name: 'Edytuj uwagę do § 1 ust. 1' }).click();
    const dialog = session.page.locator('dialog.remark-dialog[open]');
    expect(await dialog.getByLabel('Treść uwagi / proponowany zapis').inputValue()).toBe('Pierwsza uwaga.');
    await dialog.getByLabel('Treść uwagi / proponowany zapis').fill('Pierwsza uwaga, poprawiona.');
    await session.page.keyboard.press('Escape');
    expect(await dialog.locator('.remark-dialog__held').innerText()).toContain('niezapisane zmiany');
    await dialog.getByRole('button', { name: 'Zapisz zmiany' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await remarkTexts()).toContain('Pierwsza uwaga, poprawiona.');

    await session.page.getByRole('button', { name: 'Usuń uwagę do § 3 ust. 1' }).click();
    await session.page.getByRole('button', { name: 'Tak, usuń uwagę do § 3 ust. 1' }).click();
    expect(await session.page.locator('.remarks__list .remark h3').allInnerTexts()).toEqual(['§ 1 ust. 1']);
    await session.page.reload();
    await session.page.locator('.remarks__list .remark').first().waitFor();
    expect(await session.page.locator('.remarks__list .remark h3').allInnerTexts()).toEqual(['§ 1 ust. 1']);
    expect(await remarkTexts()).toContain('Pierwsza uwaga, poprawiona.');
  });

  it('keep a half-typed remark as a draft over a reload', async () => {
    await openDocument();
    await remarkButton('p-2-2').click();
    const dialog = session.page.locator('dialog.remark-dialog[open]');
    await dialog.getByLabel('Treść uwagi / proponowany zapis').fill('Niedokończona myśl');
    await session.page.reload();
    await remarkButton('p-2-2').click();
    expect(await session.page.locator('dialog.remark-dialog[open]').getByLabel('Treść uwagi / proponowany zapis').inputValue()).toBe('Niedokończona myśl');
  });

  it('are shown as text, never as markup, and exported to CSV exactly as typed', async () => {
    await openDocument();
    await addRemark('p-2-1', AWKWARD, JUSTIFICATION, 'Ośrodek „Pomocy”; Żory');
    expect(await session.page.evaluate(() => (window as { __wstrzykniete?: number }).__wstrzykniete)).toBeUndefined();
    expect(await session.page.locator('.remarks b, .remarks script').count()).toBe(0);
    expect(await session.page.locator('.remarks__list .remark dd').nth(1).textContent()).toBe(AWKWARD);

    const [download] = await Promise.all([
      session.page.waitForEvent('download'),
      session.page.getByRole('button', { name: 'Pobierz formularz uwag (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('uwagi-poradnik-wdrazania-modelu-kooperacji-dla-miast-wersja-2.csv');
    // The browser is shared over a connection (global-setup.ts), so the file is fetched, not opened in place.
    const text = await downloadedText(download);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...REMARK_COLUMNS]);
    expect(rows[1]?.slice(0, 4)).toEqual(['1', 'Ośrodek „Pomocy”; Żory', 'organizacja', '§ 2 ust. 1']);
    expect(rows[1]?.[5]).toBe(AWKWARD);
    expect(rows[1]?.[6]).toBe(JUSTIFICATION.replace('\r\n', '\n'));
    expect(rows[1]?.[7]).toBe(`${DOCUMENT}wersja-2/`);
  });

  it('say so when the browser refuses to store them, and keep the typed text in the form', async () => {
    await session.page.addInitScript(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    });
    await openDocument();
    await remarkButton('p-1-1').click();
    const dialog = session.page.locator('dialog.remark-dialog[open]');
    await dialog.getByLabel('Podmiot zgłaszający').fill('Gmina');
    await dialog.getByLabel('organizacja', { exact: true }).check();
    await dialog.getByLabel('Treść uwagi / proponowany zapis').fill('Tekst, który nie może zginąć');
    await dialog.getByRole('button', { name: 'Zapisz uwagę' }).click();
    const alert = session.page.locator('.storage-problem[role="alert"]').first();
    expect(await alert.innerText()).toMatch(/pełna/);
    expect(await dialog.getByLabel('Treść uwagi / proponowany zapis').inputValue()).toBe('Tekst, który nie może zginąć');
  });

  it('say so when storage is switched off altogether', async () => {
    await session.page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await openDocument();
    await remarkButton('p-1-1').click();
    const dialog = session.page.locator('dialog.remark-dialog[open]');
    await dialog.getByLabel('Podmiot zgłaszający').fill('Gmina');
    await dialog.getByLabel('organizacja', { exact: true }).check();
    await dialog.getByLabel('Treść uwagi / proponowany zapis').fill('Uwaga');
    await dialog.getByRole('button', { name: 'Zapisz uwagę' }).click();
    expect(await session.page.locator('.storage-problem[role="alert"]').first().innerText()).not.toBe('');
    expect(await dialog.getByLabel('Treść uwagi / proponowany zapis').inputValue()).toBe('Uwaga');
  });

  it('print as the remarks table alone', async () => {
    await session.page.addInitScript(() => {
      window.print = () => {
        (window as { __printedAs?: string }).__printedAs = document.documentElement.dataset.print;
      };
    });
    await openDocument();
    await addRemark('p-1-2', 'Uwaga do druku.', 'Uzasadnienie do druku.', 'Gmina Drukowa');
    await session.page.getByRole('button', { name: 'Drukuj tabelę uwag' }).click();
    expect(await session.page.evaluate(() => (window as { __printedAs?: string }).__printedAs)).toBe('uwagi');
    await session.page.evaluate(() => (document.documentElement.dataset.print = 'uwagi'));
    await session.page.emulateMedia({ media: 'print' });
    expect(await session.page.locator('.remarks-print table').isVisible()).toBe(true);
    expect(await session.page.locator('.remarks-print tbody tr').allInnerTexts()).toEqual([expect.stringContaining('Uwaga do druku.')]);
    expect(await session.page.locator('h1').isVisible()).toBe(false);
    expect(await session.page.locator('.site-header, header').first().isVisible()).toBe(false);
  });
});

describe('versions', () => {
  it('an earlier version stays readable at its own address, says it is superseded and takes no remarks', async () => {
    await session.page.goto(siteURL(`${DOCUMENT}wersja-1/`));
    expect(await session.page.locator('.guide-archive-note').innerText()).toContain('zastąpiona przez nowszą');
    expect(await session.page.locator('.guide-text .unit').count()).toBeGreaterThan(5);
    expect(await session.page.locator('.unit__remark').count()).toBe(0);
    expect(await accessibilityViolations(session.page)).toEqual([]);
  });

  it('the comparison marks insertions and deletions with <ins>/<del> and words, and links each change to its unit', async () => {
    await session.page.goto(siteURL(`${DOCUMENT}porownanie/1-2/`));
    expect(await session.page.locator('.diff ins').count()).toBeGreaterThan(0);
    expect(await session.page.locator('.diff del').count()).toBeGreaterThan(0);
    expect(await session.page.locator('.diff ins .visually-hidden').first().textContent()).toMatch(/dodano/);
    const links = await session.page
      .locator('.change:not(.change--heading) .change__links a')
      .evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => /\/wersja-[12]\/#p-\d+-\d+$/.test(href ?? ''))).toBe(true);
    const target = links.find((href) => href?.includes('wersja-2'))!;
    await session.page.goto(siteURL(target));
    expect(await session.page.locator(target.slice(target.indexOf('#'))).count()).toBe(1);
    const headingLinks = await session.page
      .goto(siteURL(`${DOCUMENT}porownanie/1-2/`))
      .then(() => session.page.locator('.change--heading .change__links a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href'))));
    expect(headingLinks.length).toBeGreaterThan(0);
    for (const href of headingLinks) {
      await session.page.goto(siteURL(href!));
      expect(await session.page.locator(`[id="${href!.slice(href!.indexOf('#') + 1)}"]`).count(), href!).toBe(1);
    }
    expect(await accessibilityViolations(session.page)).toEqual([]);
  });

  it('two versions chosen in either order open their comparison', async () => {
    await session.page.goto(siteURL(`${DOCUMENT}porownanie/`));
    await session.page.getByLabel('Wersja wcześniejsza').selectOption('2');
    await session.page.getByLabel('Wersja późniejsza').selectOption('1');
    await session.page.getByRole('button', { name: 'Porównaj' }).click();
    await session.page.waitForURL(/porownanie\/1-2\/$/);
    expect(await accessibilityViolations(session.page)).toEqual([]);
  });
});

describe('without JavaScript', () => {
  it('the text, its numbers and the blank remarks form are there; no dead buttons', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteURL(DOCUMENT));
    expect(await page.locator('.guide-text .unit').count()).toBeGreaterThan(10);
    expect(await page.locator('button:visible').count()).toBe(0);
    const template = page.getByRole('link', { name: 'pobierz pusty formularz uwag (CSV)' }).first();
    const href = (await template.getAttribute('href'))!;
    const response = await page.request.get(siteURL(href));
    expect(response.headers()['content-type']).toContain('text/csv');
    const rows = parseCsv(await response.text());
    expect(rows[0]).toEqual([...REMARK_COLUMNS]);
    expect(rows[1]?.[3]).toBe('§ 1 ust. 1');
    expect(rows[1]?.[7]).toBe(`${DOCUMENT}wersja-2/`);
    expect(rows.length - 1).toBe(await page.locator('.guide-text .unit').count());
    await context.close();
  });
});
