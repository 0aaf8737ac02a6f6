/**
 * A consultation closed by the calendar: the site built for a day after the period of the guidance
 * document's version 2 (KB_BUILD_DAY, tests/copies/global-setup.ts) says on the page itself that the
 * consultation has ended, without JavaScript too, and Chromium on a clock set before that day does
 * not reopen it: no "Zgłoś uwagę", no submitter form, the notice and the download of saved remarks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { accessibilityViolations } from '../support/accessibility.ts';
import { DURING_CONSULTATION } from '../support/build-day.ts';
import { servedTabAt, type ServedSite } from './served-site.ts';

const DOCUMENT = '/dokumenty/poradnik-wdrazania-modelu-kooperacji-dla-miast/';
const ENDED = 'Konsultacje zakończyły się 18 grudnia 2026: do tej wersji nie można już zgłaszać uwag.';

const build = inject('afterConsultation');

describe('the static page, built after the period', () => {
  const html = () => parse(readFileSync(path.join(build.dist, DOCUMENT, 'index.html'), 'utf8'));

  test('builds', () => {
    expect(build.code, build.output).toBe(0);
    expect(build.distProblems).toEqual([]);
  });

  test('says the consultation has ended instead of how to send a remark', () => {
    const notice = html().querySelector('.consultation-notice')!;
    expect(notice.querySelector('[data-consultation-closed]')!.text.replace(/\s+/g, ' ')).toContain(
      'Konsultacje wersji 2 tego dokumentu trwały od 23 listopada 2026 do 18 grudnia 2026 i już się zakończyły',
    );
    expect(notice.text).not.toContain('Zgłoś uwagę');
    expect(notice.querySelector('a[download]')).toBeNull();
  });

  test('the remarks section without JavaScript gives the notice, not the blank form', () => {
    const remarks = html().querySelector('.remarks')!;
    expect(remarks.querySelector('.remarks__phase')!.text).toContain(ENDED);
    expect(remarks.text).not.toContain('pobierz pusty formularz');
  });
});

describe('in the browser, on a clock set before the end', () => {
  let site: ServedSite;
  let page: Page;

  beforeAll(async () => {
    ({ site, page } = await servedTabAt(build, DURING_CONSULTATION));
  }, 120_000);

  afterAll(() => site?.close());

  test('the period stays closed: no "Zgłoś uwagę", the notice, and axe finds nothing', async () => {
    await page.goto(`${site.base}${DOCUMENT}`);
    // Only the hydrated panel says this: the page before hydration has the notice alone.
    await page.getByText('Nie masz zapisanych uwag do tej wersji.').waitFor();
    expect(await page.locator('.remarks__phase').innerText()).toContain(ENDED);
    expect(await page.locator('.unit__remark').count()).toBe(0);
    expect(await page.getByRole('button', { name: /Pobierz/ }).count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
