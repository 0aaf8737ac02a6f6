/**
 * Timings in Chromium on a built site, each run in a fresh browser context (cold cache): the time
 * from opening a page to the first search result, and to a hydrated workflow explorer.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium.ts';
import { serveLocally } from '../lib/static-server.ts';

export interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Bytes the search downloaded (pagefind files, our vocabulary) in the last run. */
  searchBytes?: number;
  searchRequests?: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export async function withBrowser<T>(work: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchChromium();
  try {
    return await work(browser);
  } finally {
    await browser.close();
  }
}

export async function withServer<T>(dist: string, work: (origin: string) => Promise<T>): Promise<T> {
  const site = await serveLocally(dist);
  try {
    return await work(site.origin);
  } finally {
    await site.close();
  }
}

async function repeat(browser: Browser, runs: number, once: (page: Page, counted: { bytes: number; requests: number }) => Promise<void>): Promise<Timing> {
  const times: number[] = [];
  let searchBytes = 0;
  let searchRequests = 0;
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const counted = { bytes: 0, requests: 0 };
    const pending: Promise<void>[] = [];
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (!pathname.startsWith('/pagefind/') && pathname !== '/szukaj/slownik.json') return;
      counted.requests += 1;
      pending.push(
        response.body().then(
          (body) => void (counted.bytes += body.length),
          () => undefined,
        ),
      );
    });
    const started = performance.now();
    await once(page, counted);
    times.push(performance.now() - started);
    await Promise.all(pending);
    searchBytes = counted.bytes;
    searchRequests = counted.requests;
    await context.close();
  }
  return { medianMs: median(times), minMs: Math.min(...times), maxMs: Math.max(...times), searchBytes, searchRequests };
}

/** Our site: from opening /szukaj/?q=… to the first result link on screen. */
export function ourFirstSearchResult(browser: Browser, origin: string, query: string, runs: number): Promise<Timing> {
  return repeat(browser, runs, async (page) => {
    await page.goto(`${origin}/szukaj/?q=${encodeURIComponent(query)}`);
    await page.locator('#search-results li a').first().waitFor({ timeout: 30_000 });
  });
}

/** Starlight: from opening the home page, through the search dialog and typing, to the first result. */
export function peerFirstSearchResult(browser: Browser, origin: string, query: string, runs: number): Promise<Timing> {
  return repeat(browser, runs, async (page) => {
    await page.goto(`${origin}/`);
    const open = page.locator('button[data-open-modal]');
    await open.and(page.locator(':not([disabled])')).waitFor({ timeout: 30_000 });
    await open.click();
    await page.locator('#starlight__search input').fill(query);
    await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 30_000 });
  });
}

/** From opening a model page to its workflow explorer island hydrated (Astro removes `ssr` then). */
export function explorerInteractive(browser: Browser, origin: string, pagePath: string, runs: number): Promise<Timing> {
  return repeat(browser, runs, async (page) => {
    await page.goto(`${origin}${pagePath}`);
    await page.locator('astro-island[component-url*="WorkflowExplorer"]:not([ssr])').first().waitFor({ state: 'attached', timeout: 30_000 });
  });
}
