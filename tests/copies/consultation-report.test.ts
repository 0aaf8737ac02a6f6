/**
 * A published consultation report, read back from a built site: the preview copy carries a
 * fixture report on version 1 of the real guidance document (tests/copies/global-setup.ts), in the
 * form the organiser's tool writes it. Chromium reads the consulted version (how the consultation
 * ended, the link to the report), the report (remarks by unit, positions, counts, links to the
 * wording and to the change, CSV) and the comparison (the remarks beside each changed unit), runs
 * axe on each page, and every page runs under the production Content-Security-Policy.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { REPORT_COLUMNS } from '../../src/lib/consultation/report-summary.ts';
import { parseCsv } from '../../src/lib/csv.ts';
import { accessibilityViolations } from '../support/accessibility.ts';
import { DURING_CONSULTATION } from '../support/build-day.ts';
import { servedTabAt, type ServedSite } from './served-site.ts';
import { REPORT_FIXTURE } from './global-setup.ts';

const DOCUMENT = '/dokumenty/poradnik-wdrazania-modelu-kooperacji-dla-miast/';
const REPORT = '/raporty-z-konsultacji/poradnik-wdrazania-modelu-kooperacji-dla-miast-wersja-1/';
const fixture = load(readFileSync(path.join(REPORT_FIXTURE, 'consultation-reports/poradnik-wdrazania-modelu-kooperacji-dla-miast-wersja-1.yaml'), 'utf8')) as {
  remarks: { paragraph: string; submitter?: string; proposal: string }[];
};

const build = inject('preview');
let site: ServedSite;
let page: Page;

beforeAll(async () => {
  // Version 2 takes remarks only inside its period, by the reader's calendar too.
  ({ site, page } = await servedTabAt(build, DURING_CONSULTATION));
}, 120_000);

afterAll(() => site?.close());

const open = (address: string) => page.goto(`${site.base}${address}`);

describe('the consulted version', () => {
  test('says how the consultation ended and links to the report', async () => {
    await open(`${DOCUMENT}wersja-1/`);
    const outcome = page.locator('.consultation-outcome');
    expect(await outcome.innerText()).toMatch(/^Konsultacje zakończone: 4 uwagi, 1 uwzględniona w całości, 1 częściowo\./);
    expect(await outcome.getByRole('link').getAttribute('href')).toBe(REPORT);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('a version without a report says nothing of the kind and still takes remarks', async () => {
    await open(DOCUMENT);
    expect(await page.locator('.consultation-outcome').count()).toBe(0);
    await page.locator('.unit__remark').first().waitFor();
  });
});

describe('the report page', () => {
  test('lists every remark by unit in document order, with position and justification, private persons unnamed', async () => {
    await open(REPORT);
    expect(await page.locator('.report-unit h3').allInnerTexts()).toEqual(['§ 1 ust. 1', '§ 3 ust. 2', '§ 5 ust. 3']);
    expect(await page.locator('.report-unit > ol > li').count()).toBe(fixture.remarks.length);
    const unit = page.locator('.report-unit').nth(1);
    expect(await unit.locator('dd').allInnerTexts()).toEqual(
      expect.arrayContaining(['Gmina Testowa <b>Wydział</b>', 'osoba prywatna', '=HYPERLINK("http://zly.example")', 'uwzględniona', 'częściowo uwzględniona']),
    );
    expect(await page.locator('.report-unit b').count()).toBe(0);
    expect(await page.locator('.report-counts').innerText()).toMatch(/uwzględniona\s+1[\s\S]*razem\s+4[\s\S]*organizacje\s+3[\s\S]*osoby prywatne\s+1/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  test('links each unit to its wording in the consulted version and to its change in the next one', async () => {
    await open(REPORT);
    const links = page.locator('#p-3-2 + .change__links a');
    const [wording, change] = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')!));
    expect(wording).toBe(`${DOCUMENT}wersja-1/#p-3-2`);
    expect(change).toMatch(new RegExp(`^${DOCUMENT}porownanie/1-2/#zmiana-\\d+$`));
    await open(wording!);
    expect(await page.locator('#p-3-2.unit').count()).toBe(1);
    await open(change!);
    const item = page.locator(change!.slice(change!.indexOf('#')));
    expect(await item.locator('.change__links a').first().getAttribute('href')).toBe(`${DOCUMENT}wersja-1/#p-3-2`);
  });

  test('offers the report as CSV, formulas neutralised', async () => {
    await open(REPORT);
    const href = (await page.getByRole('link', { name: 'Pobierz raport jako plik CSV' }).getAttribute('href'))!;
    const response = await page.request.get(`${site.base}${href}`);
    expect(response.headers()['content-type']).toContain('text/csv');
    const rows = parseCsv(await response.text());
    expect(rows[0]).toEqual([...REPORT_COLUMNS]);
    expect(rows.slice(1).map((row) => [row[1], row[2]])).toEqual([
      ['§ 1 ust. 1', 'Powiat Testowy'],
      ['§ 3 ust. 2', 'Gmina Testowa <b>Wydział</b>'],
      ['§ 3 ust. 2', 'osoba prywatna'],
      ['§ 5 ust. 3', 'Powiat Testowy'],
    ]);
    expect(rows[3]?.[3]).toBe('\'=HYPERLINK("http://zly.example")');
  });
});

describe('the comparison', () => {
  test('shows beside a changed unit the remarks that led to it, linked to the report', async () => {
    await open(`${DOCUMENT}porownanie/1-2/`);
    const beside = page.locator('.change:has(.change-remarks)');
    // § 5 ust. 3 of version 1 is § 5 ust. 4 in version 2: the remark follows the unit, not its number.
    expect(await beside.locator('.change__label').allInnerTexts()).toEqual([expect.stringMatching(/^§ 3 ust\. 2/), expect.stringMatching(/^§ 5 ust\. 4/)]);
    const first = beside.first().locator('.change-remarks');
    expect(await first.locator('li').allInnerTexts()).toEqual([
      'Gmina Testowa <b>Wydział</b>: Doprecyzować ten ustęp testowy. — stanowisko: uwzględniona',
      'osoba prywatna: =HYPERLINK("http://zly.example") — stanowisko: częściowo uwzględniona',
    ]);
    expect(await first.getByRole('link').getAttribute('href')).toBe(`${REPORT}#p-3-2`);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
