/**
 * The consultation loop in Chromium: two participants export their forms from the site (CSV,
 * DOCX, ODT), the organiser loads both with a foreign file and a duplicate into
 * /narzedzia/zestawienie-uwag/, answers the remarks (one answer shared), reloads, and exports the
 * zestawienie in every format and the report file; axe on each state, the keyboard alone, drag
 * and drop, and the page without JavaScript.
 */
import { load } from 'js-yaml';
import type { Page } from 'playwright-core';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readDocxTable, readOdtTable } from '../../src/lib/office/__fixtures__/read-office-table.ts';
import { SUMMARY_COLUMNS } from '../../src/lib/consultation/review/summary-table.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { downloadedBytes, downloadedText, freshPageEachTest, siteURL } from './support/browser.ts';
import { accessibilityViolations } from '../support/accessibility.ts';
import { DURING_CONSULTATION } from '../support/build-day.ts';

const DOCUMENT = '/dokumenty/poradnik-wdrazania-modelu-kooperacji-dla-miast/';
const TOOL = '/narzedzia/zestawienie-uwag/';
const FORMULA = '=HYPERLINK("http://zly.example";"kliknij")';

const session = freshPageEachTest();
/** A day inside the real document's consultation period: once it has passed, the page takes no remarks. */

beforeEach(async () => {
  await session.page.clock.setFixedTime(DURING_CONSULTATION);
});

async function addRemark(page: Page, unitId: string, proposal: string, submitter?: { name: string; kind: 'organizacja' | 'osoba prywatna' }): Promise<void> {
  await page.locator(`#${unitId} .unit__remark`).click();
  const dialog = page.locator('dialog.remark-dialog[open]');
  if (submitter) {
    await dialog.getByLabel('Podmiot zgłaszający').fill(submitter.name);
    await dialog.getByLabel(submitter.kind, { exact: true }).check();
  }
  await dialog.getByLabel('Treść uwagi / proponowany zapis').fill(proposal);
  await dialog.getByLabel('Uzasadnienie').fill(`Uzasadnienie: ${proposal}`);
  await dialog.getByRole('button', { name: 'Zapisz uwagę' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return file;
}

/** One participant's form, exported from the document's page in a browser of their own. */
async function participantForm(name: string, kind: 'organizacja' | 'osoba prywatna', remarks: [string, string][]): Promise<string> {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  await page.clock.setFixedTime(DURING_CONSULTATION);
  await page.goto(siteURL(DOCUMENT));
  await page.locator('.unit__remark').first().waitFor();
  for (const [index, [unit, proposal]] of remarks.entries()) await addRemark(page, unit, proposal, index === 0 ? { name, kind } : undefined);
  const text = await downloadedText(await download(page, 'Pobierz formularz uwag (CSV)'));
  await context.close();
  return text;
}

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

async function openTool(): Promise<void> {
  await session.page.goto(siteURL(TOOL));
  await session.page.getByLabel('Wczytaj formularze uwag (pliki CSV)').waitFor();
}

/** The two participants' forms, exported from the site once for the file's tests. */
const forms = { alfa: '', person: '' };

beforeAll(async () => {
  forms.alfa = await participantForm('Gmina Alfa', 'organizacja', [
    ['p-1-1', 'Dopisać monitoring.'],
    ['p-2-1', FORMULA],
  ]);
  forms.person = await participantForm('Jan Kowalski', 'osoba prywatna', [['p-1-1', 'Uprościć <b>język</b>.']]);
});

async function loadForms(): Promise<void> {
  const { alfa, person } = forms;
  // Alfa's form after a LibreOffice round trip: commas, no BOM, LF.
  const resaved = parseCsv(alfa)
    .map((row) => row.map((cell) => (/[,";\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(','))
    .join('\n');
  await openTool();
  await session.page
    .getByLabel('Wczytaj formularze uwag (pliki CSV)')
    .setInputFiles([
      csvFile('alfa.csv', alfa),
      csvFile('kowalski.csv', person),
      csvFile('obcy.csv', 'Imię,Nazwisko\nJan,Nowak\n'),
      csvFile('alfa-calc.csv', resaved),
    ]);
  await session.page.locator('.review-table tbody tr[id]').nth(2).waitFor();
}

const rowIds = () => session.page.locator('.review-table tbody tr[id]').evaluateAll((rows) => rows.map((row) => row.id));

describe('the organiser’s zestawienie uwag', () => {
  it('loads many forms at once, refuses a foreign file by name, and shows a remark loaded twice once, grouped by unit', async () => {
    await loadForms();
    expect(await session.page.locator('.storage-problem[role="alert"]').innerText()).toMatch(
      /^Plik „obcy\.csv” nie został wczytany: to nie jest formularz uwag z tego serwisu/,
    );
    const loaded = await session.page.locator('.review__loaded li').allInnerTexts();
    expect(loaded).toEqual([
      'Plik „alfa.csv”: wczytano 2 uwagi.',
      'Plik „kowalski.csv”: wczytano 1 uwagę.',
      'Plik „alfa-calc.csv”: wczytano 0 uwag; pominięto uwagi, które już były w zestawieniu: 2.',
    ]);
    expect(await rowIds()).toEqual(['uwaga-1', 'uwaga-2', 'uwaga-3']);
    expect(await session.page.locator('.review-table__group th').allInnerTexts()).toEqual(['§ 1 ust. 1: 2 uwagi', '§ 2 ust. 1: 1 uwaga']);
    expect(await session.page.locator('.review-table b').count()).toBe(0);
    expect(await session.page.locator('#uwaga-3').innerText()).toContain(FORMULA);
    expect(await accessibilityViolations(session.page)).toEqual([]);
  });

  it('filters by unit and by submitter, with counts', async () => {
    await loadForms();
    await session.page.getByLabel('Część dokumentu').selectOption({ label: '§ 1 ust. 1 (2)' });
    expect(await rowIds()).toEqual(['uwaga-1', 'uwaga-2']);
    await session.page.getByLabel('Podmiot zgłaszający').selectOption({ label: 'Jan Kowalski (1)' });
    expect(await session.page.locator('.review-table tbody tr[id] td:nth-child(2)').allInnerTexts()).toEqual(['Jan Kowalski\nosoba prywatna']);
    expect(await session.page.getByText(/^Widać 1 z 3 uwag\.$/).count()).toBe(1);
  });

  it('keeps answers, shared answers among them, over a reload, and exports every format with formulas neutralised', async () => {
    await loadForms();
    const page = session.page;
    await page.getByLabel('Stanowisko do uwagi 1', { exact: true }).selectOption({ label: 'częściowo uwzględniona' });
    await page.getByLabel('Uzasadnienie stanowiska do uwagi 1', { exact: true }).fill('Dopisano monitoring w § 1.');
    await page.locator('#uwaga-1 input[type="checkbox"]').check();
    await page.locator('#uwaga-2 input[type="checkbox"]').check();
    await page.getByRole('button', { name: 'Wspólne stanowisko dla zaznaczonych uwag (2)' }).click();
    expect(await page.getByLabel('Uzasadnienie stanowiska do uwagi 2', { exact: true }).inputValue()).toBe('Dopisano monitoring w § 1.');
    expect(await page.locator('#uwaga-2 .review-table__shared').innerText()).toContain('Wspólne stanowisko z uwagą 1.');
    expect(await page.getByRole('button', { name: 'Pobierz plik raportu (YAML)' }).isDisabled()).toBe(true);
    expect(await page.locator('#raport-niegotowy').innerText()).toContain('1 uwaga nie ma stanowiska');
    await page.getByLabel('Stanowisko do uwagi 3', { exact: true }).selectOption({ label: 'nieuwzględniona' });
    await page.getByLabel('Uzasadnienie stanowiska do uwagi 3', { exact: true }).fill('-Poza zakresem dokumentu.');

    await page.reload();
    await page.locator('#uwaga-3').waitFor();
    expect(await page.getByLabel('Uzasadnienie stanowiska do uwagi 2', { exact: true }).inputValue()).toBe('Dopisano monitoring w § 1.');
    expect(await page.getByLabel('Stanowisko do uwagi 3', { exact: true }).inputValue()).toBe('nieuwzgledniona');
    expect(await accessibilityViolations(page)).toEqual([]);

    const csv = await download(page, 'Pobierz zestawienie (CSV)');
    expect(csv.suggestedFilename()).toBe('zestawienie-uwag-poradnik-wdrazania-modelu-kooperacji-dla-miast-wersja-2.csv');
    const csvText = await downloadedText(csv);
    expect(csvText.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csvText);
    expect(rows[0]).toEqual([...SUMMARY_COLUMNS]);
    expect(rows.slice(1).map((row) => [row[1], row[2], row[7], row[8]])).toEqual([
      ['§ 1 ust. 1', 'Gmina Alfa', 'częściowo uwzględniona', 'Dopisano monitoring w § 1.'],
      ['§ 1 ust. 1', 'Jan Kowalski', 'częściowo uwzględniona', 'Dopisano monitoring w § 1.'],
      ['§ 2 ust. 1', 'Gmina Alfa', 'nieuwzględniona', "'-Poza zakresem dokumentu."],
    ]);
    expect(rows[3]?.[5]).toBe(`'${FORMULA}`);

    for (const [button, read] of [
      ['Pobierz jako dokument Word (DOCX)', readDocxTable],
      ['Pobierz jako dokument OpenDocument (ODT)', readOdtTable],
    ] as const) {
      const table = read(await downloadedBytes(await download(page, button)));
      expect(table.rows).toEqual(rows);
    }

    const report = await download(page, 'Pobierz plik raportu (YAML)');
    expect(report.suggestedFilename()).toBe('poradnik-wdrazania-modelu-kooperacji-dla-miast-wersja-2.yaml');
    const reportText = await downloadedText(report);
    expect(reportText).not.toContain('Kowalski');
    const data = load(reportText) as {
      document: string;
      version: number;
      remarks: { paragraph: string; submitterType: string; submitter?: string; position: string }[];
    };
    expect(data.document).toBe('poradnik-wdrazania-modelu-kooperacji-dla-miast');
    expect(data.remarks.map((remark) => [remark.paragraph, remark.submitterType, remark.submitter, remark.position])).toEqual([
      ['p-1-1', 'organizacja', 'Gmina Alfa', 'czesciowo-uwzgledniona'],
      ['p-1-1', 'osoba-prywatna', undefined, 'czesciowo-uwzgledniona'],
      ['p-2-1', 'organizacja', 'Gmina Alfa', 'nieuwzgledniona'],
    ]);
  });

  it('prints as the zestawienie table alone', async () => {
    await session.page.addInitScript(() => {
      window.print = () => {
        (window as { __printedAs?: string }).__printedAs = document.documentElement.dataset.print;
      };
    });
    await loadForms();
    await session.page.getByRole('button', { name: 'Drukuj zestawienie' }).click();
    expect(await session.page.evaluate(() => (window as { __printedAs?: string }).__printedAs)).toBe('zestawienie');
    await session.page.evaluate(() => (document.documentElement.dataset.print = 'zestawienie'));
    await session.page.emulateMedia({ media: 'print' });
    expect(await session.page.locator('.review-print table').isVisible()).toBe(true);
    expect(await session.page.locator('.review-print tbody tr').count()).toBe(3);
    expect(await session.page.locator('h1').isVisible()).toBe(false);
  });

  it('is usable with the keyboard alone once the forms are loaded', async () => {
    await loadForms();
    const page = session.page;
    await page.getByLabel('Wczytaj formularze uwag (pliki CSV)').focus();
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.id ?? '');
    // Filters, the share button, then the first row's checkbox and its answer fields, in reading order.
    const reached: string[] = [];
    for (let step = 0; step < 8; step += 1) {
      await page.keyboard.press('Tab');
      reached.push(await focused());
    }
    expect(reached.slice(0, 2)).toEqual(['filtr-ustep', 'filtr-podmiot']);
    const position = reached.find((id) => id.endsWith('-stanowisko'))!;
    expect(position).toBe('uwaga-1-stanowisko');
    await page.locator(`#${position}`).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Wyjaśniono w odpowiedzi.');
    expect(await page.locator('#uwaga-1-stanowisko').inputValue()).not.toBe('');
    expect(await page.locator('#uwaga-1-uzasadnienie').inputValue()).toBe('Wyjaśniono w odpowiedzi.');
    await page.locator('#uwaga-2 input[type="checkbox"]').focus();
    await page.keyboard.press('Space');
    expect(await page.locator('#uwaga-2 input[type="checkbox"]').isChecked()).toBe(true);
  });

  it('takes forms dropped on the file zone', async () => {
    await openTool();
    const dataTransfer = await session.page.evaluateHandle((text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'upuszczony.csv', { type: 'text/csv' }));
      return transfer;
    }, forms.person);
    await session.page.locator('.review-files').dispatchEvent('drop', { dataTransfer });
    await session.page.locator('#uwaga-1').waitFor();
    expect(await session.page.locator('.review__loaded li').allInnerTexts()).toEqual(['Plik „upuszczony.csv”: wczytano 1 uwagę.']);
  });

  it('says so when the browser cannot keep the work, and keeps what was typed on screen', async () => {
    await loadForms();
    await session.page.evaluate(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('Quota exceeded', 'QuotaExceededError');
      };
    });
    await session.page.getByLabel('Uzasadnienie stanowiska do uwagi 1', { exact: true }).fill('Nie może zginąć.');
    expect(await session.page.locator('.storage-problem[role="alert"]').first().innerText()).toMatch(
      /^Nie udało się zapisać zestawienia.*pełna.*wyeksportuj zestawienie/s,
    );
    expect(await session.page.getByLabel('Uzasadnienie stanowiska do uwagi 1', { exact: true }).inputValue()).toBe('Nie może zginąć.');
  });

  it('without JavaScript says what it needs, with no dead controls', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteURL(TOOL));
    expect(await page.locator('.review-noscript').innerText()).toContain('włączonym JavaScriptem');
    expect(await page.locator('button:visible, input:visible').count()).toBe(0);
    await context.close();
  });
});

describe('the participant’s form as office documents', () => {
  it('downloads as DOCX and ODT with the same rows as the CSV form', async () => {
    await session.page.goto(siteURL(DOCUMENT));
    await session.page.locator('.unit__remark').first().waitFor();
    await addRemark(session.page, 'p-1-1', 'Uwaga do Worda.', { name: 'Powiat Beta', kind: 'organizacja' });
    const docx = await download(session.page, 'Pobierz jako dokument Word (DOCX)');
    expect(docx.suggestedFilename()).toBe('uwagi-poradnik-wdrazania-modelu-kooperacji-dla-miast-wersja-2.docx');
    const odt = await download(session.page, 'Pobierz jako dokument OpenDocument (ODT)');
    for (const table of [readDocxTable(await downloadedBytes(docx)), readOdtTable(await downloadedBytes(odt))]) {
      expect(table.rows[1]?.slice(0, 4)).toEqual(['1', 'Powiat Beta', 'organizacja', '§ 1 ust. 1']);
      expect(table.rows[1]?.[5]).toBe('Uwaga do Worda.');
    }
  });
});
