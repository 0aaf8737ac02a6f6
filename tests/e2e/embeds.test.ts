/**
 * Embeds in Chromium, framed from a page on a second origin (a tiny host page served on another
 * port, as a gmina's site would be): an embed renders, keeps the view in its address, and resizes
 * with /osadz/wysokosc.js (or keeps its fixed height without it), while a normal page of the site
 * refuses to be framed there. And the "Osadź na swojej stronie" panel: the current view in the
 * code, the copy button, the preview, axe. The CSP guard fails any test with a violation other
 * than the one refused frame, which is taken and checked.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, FrameLocator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../src/lib/escape-markup.ts';
import { pendingCspViolations, takeCspViolations } from '../support/csp-guard.ts';
import { sameTabEachTest, siteURL } from './support/browser.ts';
import { accessibilityViolations } from '../support/accessibility.ts';

const MAP_EMBED = '/osadz/wskazniki/wykres-zasieg/';
const MODEL = '/modele/model-kooperacji-dla-miast/';
const WORKFLOW_EMBED = '/osadz/modele/model-kooperacji-dla-miast/kroki-modelu/';
const FIXED_HEIGHT = 300;

const session = sameTabEachTest();

/** Host pages by path, each a list of frames (and whether it loads the resize script), served from the second origin. */
const hostPages = new Map<string, string>();
let host: Server;
let hostOrigin = '';

beforeAll(async () => {
  host = createServer((request, response) => {
    const body = hostPages.get(request.url ?? '');
    response.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(body ?? 'nie ma');
  });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => host.close(resolve));
});

/** A page of another site framing `frames` (site paths) at a fixed height, with or without the resize script. */
async function openHostPage(frames: string[], withScript: boolean): Promise<void> {
  const iframes = frames.map(
    (framed, index) =>
      `<iframe id="ramka-${index}" src="${escapeMarkup(siteURL(framed))}" title="Ramka ${index}" width="600" height="${FIXED_HEIGHT}" data-osadz></iframe>`,
  );
  const script = withScript ? `<script src="${siteURL('/osadz/wysokosc.js')}" async></script>` : '';
  const path = `/gmina-${hostPages.size}.html`;
  hostPages.set(path, `<!doctype html><html lang="pl"><head><title>Gmina</title></head><body><h1>Strona gminy</h1>${iframes.join('')}${script}</body></html>`);
  await session.page.goto(`${hostOrigin}${path}`);
}

/** The frame's inner height (without its border): the height the resize script sets. */
const frameHeight = (index: number) => session.page.locator(`#ramka-${index}`).evaluate((frame: HTMLIFrameElement) => frame.clientHeight);
const contentHeight = (frame: FrameLocator) => frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));

describe('an embed framed by another site', () => {
  it('renders the map with the project from its address, and the resize script fits the frame to it as it changes', async () => {
    await openHostPage([`${MAP_EMBED}?projekt=liderzy-kooperacji`], true);
    const frame = session.page.frameLocator('#ramka-0');
    await frame.locator('.territory-map--interactive').waitFor();
    expect(await frame.locator('.territory-map__summary').textContent()).toContain('Projekt „Liderzy Kooperacji” obejmuje 5 województw');
    expect(await frame.getByLabel('Pokaż zasięg projektu').inputValue()).toBe('liderzy-kooperacji');
    await expect.poll(() => frameHeight(0)).toBeGreaterThan(FIXED_HEIGHT);
    await expect.poll(async () => (await frameHeight(0)) === (await contentHeight(frame))).toBe(true);

    const before = await frameHeight(0);
    await frame.getByText('Pokaż dane w tabeli').click();
    await expect.poll(() => frameHeight(0)).toBeGreaterThan(before);
    expect(await frameHeight(0)).toBe(await contentHeight(frame));
  });

  it('a link in the embed opens the full page in the whole window, not in the frame', async () => {
    await openHostPage([MAP_EMBED], true);
    const frame = session.page.frameLocator('#ramka-0');
    await frame.getByRole('link', { name: /Zobacz ten wykres w serwisie/ }).click();
    await session.page.waitForURL(siteURL('/wskazniki/#wykres-zasieg'));
  });

  it('opens the workflow at the step and with the filter of its address', async () => {
    await openHostPage([`${WORKFLOW_EMBED}?aktor=rodzaj-rops#krok-mediacja-rops`], true);
    const frame = session.page.frameLocator('#ramka-0');
    await frame.locator('.workflow--interactive').waitFor();
    expect(await frame.locator('.workflow__progress').textContent()).toMatch(/^Krok 3 z 10/);
    expect(await frame.locator('.workflow__filter-summary').textContent()).toMatch(/^Wyróżniono 2 z 10 kroków/);
    await frame.getByRole('button', { name: 'Następny krok' }).click();
    expect(await frame.locator('.workflow__progress').textContent()).toMatch(/^Krok 4 z 10/);
  });

  it('a step’s "Kopiuj link" in the workflow embed copies the address of the step on the model’s page', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteURL('/')).origin });
    await session.page.goto(siteURL(`${WORKFLOW_EMBED}#krok-mediacja-rops`));
    await session.page.locator('.workflow--interactive').waitFor();
    await session.page.locator('#krok-mediacja-rops').getByRole('button', { name: 'Kopiuj link do tego kroku' }).click();
    await expect.poll(() => session.page.evaluate(() => navigator.clipboard.readText())).toBe(siteURL(`${MODEL}#krok-mediacja-rops`));
  });

  it('keeps its fixed height on a page without the resize script', async () => {
    await openHostPage([`${MAP_EMBED}?projekt=liderzy-kooperacji`], false);
    const frame = session.page.frameLocator('#ramka-0');
    await frame.locator('.territory-map--interactive').waitFor();
    await frame.getByText('Pokaż dane w tabeli').click();
    expect(await frameHeight(0)).toBe(FIXED_HEIGHT);
    expect(await contentHeight(frame)).toBeGreaterThan(FIXED_HEIGHT);
  });

  it('a normal page of the site is refused in the same host page, and only it', async () => {
    await openHostPage([MAP_EMBED, '/wskazniki/'], true);
    await session.page.frameLocator('#ramka-0').locator('.territory-map--interactive').waitFor();
    await expect.poll(() => pendingCspViolations().some((line) => line.includes('frame-ancestors'))).toBe(true);
    const violations = takeCspViolations();
    expect(violations.length).toBeGreaterThan(0);
    for (const line of violations) expect(line).toMatch(/frame-ancestors 'none'/);
    const refused = session.page.frames().filter((frame: Frame) => frame.parentFrame() && !frame.url().includes('/osadz/'));
    expect(refused).toHaveLength(1);
    expect(await refused[0]!.getByText('Wskaźniki i wykresy').count()).toBe(0);
    expect(await session.page.frameLocator('#ramka-0').getByText('Gdzie działają projekty').count()).toBe(1);
  });
});

describe('"Osadź na swojej stronie" on the full page', () => {
  /** Opens /wskazniki/ with a project chosen on the map, and the map's panel. */
  async function openMapOffer() {
    await session.page.goto(siteURL('/wskazniki/?projekt=liderzy-kooperacji'));
    const map = session.page.locator('#wykres-zasieg');
    await map.scrollIntoViewIfNeeded();
    await map.locator('.territory-map--interactive').waitFor();
    const offer = session.page.locator('details[data-embed-path="/osadz/wskazniki/wykres-zasieg/"]');
    await offer.getByText('Osadź na swojej stronie').click();
    return offer;
  }

  it('gives code with the project chosen on the map, and copies it', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteURL('/')).origin });
    await session.page.goto(siteURL('/wskazniki/'));
    const map = session.page.locator('#wykres-zasieg');
    await map.scrollIntoViewIfNeeded();
    await map.locator('.territory-map--interactive').waitFor();
    await map.getByLabel('Pokaż zasięg projektu').selectOption({ label: 'Liderzy Kooperacji' });

    const offer = session.page.locator('details[data-embed-path="/osadz/wskazniki/wykres-zasieg/"]');
    await offer.getByText('Osadź na swojej stronie').click();
    const code = await offer.getByLabel('Kod do wklejenia').inputValue();
    expect(code.split('\n')[0]).toContain(`<iframe src="${siteURL(`${MAP_EMBED}?projekt=liderzy-kooperacji`)}"`);
    expect(code.split('\n')[1]).toBe(`<script src="${siteURL('/osadz/wysokosc.js')}" async></script>`);

    await offer.getByRole('button', { name: 'Kopiuj kod' }).click();
    await expect.poll(() => offer.getByRole('status').textContent()).toContain('Skopiowano kod');
    expect(await session.page.evaluate(() => navigator.clipboard.readText())).toBe(code);
  });

  it('previews the embed with the same view', async () => {
    const offer = await openMapOffer();
    // The map in the preview hydrates when it is in view, as on any page.
    await offer.locator('iframe').scrollIntoViewIfNeeded();
    const preview = offer.frameLocator('iframe');
    await preview.locator('.territory-map--interactive').waitFor();
    expect(await preview.getByLabel('Pokaż zasięg projektu').inputValue()).toBe('liderzy-kooperacji');
  });

  it('passes axe with the panel and its preview open', async () => {
    const offer = await openMapOffer();
    await offer.frameLocator('iframe').locator('h1').waitFor();
    expect(await accessibilityViolations(session.page)).toEqual([]);
  });

  it('gives a workflow’s code with the open step and the filter, which stay in the page address too', async () => {
    await session.page.goto(siteURL(MODEL));
    await session.page.locator('.workflow--interactive').waitFor();
    await session.page.getByLabel('Kto działa', { exact: true }).selectOption({ label: 'Regionalne ośrodki polityki społecznej (ROPS)' });
    await session.page.locator('.workflow__index a').nth(2).click();
    await expect.poll(() => session.page.url()).toMatch(/\?aktor=[\w-]+#krok-mediacja-rops$/);
    const aktor = new URL(session.page.url()).searchParams.get('aktor');

    const offer = session.page.locator(`details[data-embed-path="${WORKFLOW_EMBED}"]`);
    await offer.getByText('Osadź na swojej stronie').click();
    expect(await offer.getByLabel('Kod do wklejenia').inputValue()).toContain(`src="${siteURL(`${WORKFLOW_EMBED}?aktor=${aktor}#krok-mediacja-rops`)}"`);

    await session.page.reload();
    await session.page.locator('.workflow--interactive').waitFor();
    expect(await session.page.getByLabel('Kto działa', { exact: true }).inputValue()).toBe(aktor);
  });

  it('without JavaScript shows the code of the default view and links to the embed page', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(siteURL('/wskazniki/'));
    const offer = page.locator('details[data-embed-path="/osadz/wskazniki/wykres-budzety/"]');
    await offer.getByText('Osadź na swojej stronie').click();
    expect(await offer.getByLabel('Kod do wklejenia').inputValue()).toContain(`<iframe src="http://localhost:4321/osadz/wskazniki/wykres-budzety/"`);
    expect(await offer.getByRole('button', { name: 'Kopiuj kod' }).count()).toBe(0);
    await offer.getByRole('link', { name: 'Zobacz, jak wygląda osadzenie' }).click();
    expect(await page.locator('h1').textContent()).toContain('Budżety projektów');
    await context.close();
  });
});
