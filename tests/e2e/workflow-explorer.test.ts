/**
 * The model explorer in Chromium: deep links, keyboard-only use, filters, the swimlane, the copy
 * control, printing, and the full list with JavaScript off. Axe runs on the interactive state.
 */
import { describe, expect, it } from 'vitest';
import { sameTabEachTest, siteURL } from './support/browser.ts';
import { accessibilityViolations } from '../support/accessibility.ts';

const MODEL = '/modele/model-kooperacji-dla-miast/';
const MODEL_PAGES = [
  '/modele/model-kooperacji-dla-miast/',
  '/modele/model-kooperacji-dla-gmin-wiejskich/',
  '/modele/model-opieki-domowej-na-wsi/',
  '/modele/model-tworzenia-programow-opieki-wytchnieniowej/',
  '/modele/mechanizm-koordynacji-polityki-spolecznej/',
];

const session = sameTabEachTest();

async function openExplorer(pathname: string): Promise<void> {
  await session.page.goto(siteURL(pathname));
  await session.page.locator('.workflow--interactive').waitFor();
}

/** Titles of the steps a reader can see on screen. */
const visibleSteps = () => session.page.locator('.workflow__step:visible h3').allTextContents();

const focused = () =>
  session.page.evaluate(() => ({
    tag: document.activeElement?.tagName.toLowerCase(),
    text: document.activeElement?.textContent?.trim() ?? '',
    label: document.activeElement?.getAttribute('aria-label') ?? '',
    stepId: document.activeElement?.closest('li[id^="krok-"]')?.id,
  }));

/** Presses Tab until the focused element's text is `text`; fails after `limit` presses. */
async function tabTo(text: string, limit = 80): Promise<void> {
  for (let press = 0; press < limit; press += 1) {
    await session.page.keyboard.press('Tab');
    if ((await focused()).text === text) return;
  }
  throw new Error(`Tab nie doszedł do „${text}” w ${limit} naciśnięciach`);
}

describe('the explorer on every model page', () => {
  it.each(MODEL_PAGES)('%s shows its workflow one step at a time, starting at step 1', async (pathname) => {
    await openExplorer(pathname);
    const total = await session.page.locator('.workflow__step').count();
    expect(total).toBeGreaterThan(1);
    expect(await session.page.locator('.workflow__step:visible').count()).toBe(1);
    expect(await session.page.locator('.workflow__progress').textContent()).toBe(`Krok 1 z ${total}`);
    expect(await session.page.locator('.workflow__index a[aria-current="step"]').count()).toBe(1);
    expect(session.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });
});

describe('deep links', () => {
  it('opening …#krok-<id> opens that step, marks it in the step list and moves focus to its heading', async () => {
    await openExplorer(`${MODEL}#krok-kontrakt-socjalny`);
    expect(await visibleSteps()).toEqual(['Krok 6. Kontrakt socjalny, kod kroku: MK-M 6']);
    expect(await session.page.locator('.workflow__progress').textContent()).toBe('Krok 6 z 10');
    expect(await session.page.locator('.workflow__index a[aria-current="step"]').textContent()).toContain('Kontrakt socjalny');
    expect(await focused()).toMatchObject({ tag: 'h3', stepId: 'krok-kontrakt-socjalny' });
  });

  it('moving to a step replaces the address instead of adding history entries', async () => {
    await openExplorer(MODEL);
    const before = await session.page.evaluate(() => history.length);
    for (let move = 0; move < 3; move += 1) await session.page.getByRole('button', { name: 'Następny krok' }).click();
    expect(new URL(session.page.url()).hash).toBe('#krok-wywiad-srodowiskowy');
    expect(await session.page.evaluate(() => history.length)).toBe(before);
  });

  it('the back button leaves the page and, coming back, the explorer reopens the step in the address', async () => {
    await openExplorer(`${MODEL}#krok-diagnoza-potrzeb`);
    await session.page.getByRole('button', { name: 'Następny krok' }).click();
    await session.page.goto(siteURL('/modele/'));
    await session.page.goBack();
    await session.page.locator('.workflow--interactive').waitFor();
    expect(new URL(session.page.url()).hash).toBe('#krok-kontrakt-socjalny');
    expect(await visibleSteps()).toEqual(['Krok 6. Kontrakt socjalny, kod kroku: MK-M 6']);
  });

  it('a step link typed into the address bar on the same page opens that step', async () => {
    await openExplorer(MODEL);
    await session.page.evaluate(() => {
      location.hash = '#krok-monitorowanie';
    });
    await expect.poll(visibleSteps).toEqual(['Krok 9. Monitorowanie, kod kroku: MK-M 9']);
  });

  it('"Kopiuj link do tego kroku" puts the step address on the clipboard and says so', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteURL('/')).origin });
    await openExplorer(`${MODEL}#krok-koszyk-uslug`);
    await session.page.getByRole('button', { name: 'Kopiuj link do tego kroku' }).click();
    expect(await session.page.evaluate(() => navigator.clipboard.readText())).toBe(siteURL(`${MODEL}#krok-koszyk-uslug`));
    await expect.poll(() => session.page.locator('.workflow > p[aria-live="polite"]').textContent()).toBe('Skopiowano link do kroku „Planowany koszyk usług”.');
  });
});

describe('step codes', () => {
  it('an address with a step code, as printed on a slide, opens that step', async () => {
    await openExplorer(`${MODEL}#mk-m-6`);
    expect(await visibleSteps()).toEqual(['Krok 6. Kontrakt socjalny, kod kroku: MK-M 6']);
    expect(await session.page.locator('.workflow__step:visible .workflow__step-code').textContent()).toBe('MK-M 6');
    expect(await session.page.locator('.workflow__progress').textContent()).toBe('Krok 6 z 10');
  });
});

describe('keyboard only', () => {
  it('walks the whole workflow with "Następny krok", focus on each new heading, then back with "Poprzedni krok"', async () => {
    await openExplorer(MODEL);
    await tabTo('Następny krok');
    await session.page.keyboard.press('Enter');
    expect(await focused()).toMatchObject({ tag: 'h3', stepId: 'krok-partnerstwo-sektorowe' });
    expect(await session.page.locator('.workflow > p[aria-live="polite"]').textContent()).toBe('Krok 2 z 10: Zawiązanie partnerstwa sektorowego');
    const titles = [...(await visibleSteps())];
    for (let move = 0; move < 8; move += 1) {
      await tabTo('Następny krok');
      await session.page.keyboard.press('Enter');
      titles.push(...(await visibleSteps()));
    }
    expect(titles.at(-1)).toBe('Krok 10. Działania po zakończeniu bezpośredniego wsparcia, kod kroku: MK-M 10');
    expect(await session.page.getByRole('button', { name: 'Następny krok' }).isDisabled()).toBe(true);
    await tabTo('Poprzedni krok');
    await session.page.keyboard.press('Enter');
    expect(await focused()).toMatchObject({ tag: 'h3', stepId: 'krok-monitorowanie' });
  });

  it('takes a branch: the choice at step 2 leads to the optional mediation step', async () => {
    await openExplorer(`${MODEL}#krok-partnerstwo-sektorowe`);
    const choices = session.page.locator('#krok-partnerstwo-sektorowe .workflow__choices li');
    expect(await choices.allTextContents()).toEqual([
      'ROPS jako mediator lub ekspert: gdy współpraca z instytucją sektorową wymaga mediatora lub eksperta',
      'lub Wywiad środowiskowy: gdy partnerstwo działa bez pośrednika',
    ]);
    await tabTo('ROPS jako mediator lub ekspert');
    await session.page.keyboard.press('Enter');
    expect(await visibleSteps()).toEqual(['Krok 3. ROPS jako mediator lub ekspert, kod kroku: MK-M 3']);
    expect(await session.page.locator('#krok-mediacja-rops .workflow__tag').textContent()).toBe('Krok opcjonalny: tylko w razie potrzeby.');
  });

  it('the swimlane is one tab stop; arrows move between marks and Enter opens the step', async () => {
    await openExplorer(MODEL);
    await session.page.locator('.swimlane a').first().focus();
    expect((await focused()).label).toBe('Krok 1: Zgłoszenie potrzeby wsparcia. Działa: Ośrodki pomocy społecznej (OPS)');
    expect(await session.page.locator('.swimlane a[tabindex="0"]').count()).toBe(1);
    await session.page.keyboard.press('ArrowRight');
    expect((await focused()).label).toBe('Krok 2: Zawiązanie partnerstwa sektorowego. Działa: Ośrodki pomocy społecznej (OPS)');
    await session.page.keyboard.press('ArrowDown');
    expect((await focused()).label).toMatch(/^Krok 2: Zawiązanie partnerstwa sektorowego\. Działa: Regionalne ośrodki polityki społecznej \(ROPS\)/);
    await session.page.keyboard.press('End');
    expect((await focused()).label).toBe('Krok 3: ROPS jako mediator lub ekspert. Działa: Regionalne ośrodki polityki społecznej (ROPS)');
    expect(await session.page.locator('.swimlane a[tabindex="0"]').count()).toBe(1);
    await session.page.keyboard.press('Enter');
    expect(await visibleSteps()).toEqual(['Krok 3. ROPS jako mediator lub ekspert, kod kroku: MK-M 3']);
    expect(await focused()).toMatchObject({ tag: 'h3', stepId: 'krok-mediacja-rops' });
  });
});

describe('filters', () => {
  it('highlight the steps of one actor and of one sector, and say how many', async () => {
    await openExplorer(MODEL);
    await session.page.getByLabel('Kto działa', { exact: true }).selectOption({ label: 'Regionalne ośrodki polityki społecznej (ROPS)' });
    expect(await session.page.locator('.workflow__filter-summary').textContent()).toBe(
      'Wyróżniono 2 z 10 kroków, w których działa: Regionalne ośrodki polityki społecznej (ROPS).',
    );
    expect(await session.page.locator('.workflow__index li.is-highlighted').allTextContents()).toEqual([
      '2. Zawiązanie partnerstwa sektorowego – wyróżniony',
      '3. ROPS jako mediator lub ekspert (opcjonalny) – wyróżniony',
    ]);
    expect(await session.page.locator('.swimlane a.is-highlighted').count()).toBe(2);

    await session.page.getByLabel('Kto działa', { exact: true }).selectOption({ label: 'wszyscy' });
    await session.page.getByLabel('Sektor', { exact: true }).selectOption({ label: 'edukacja' });
    expect(await session.page.locator('.workflow__filter-summary').textContent()).toBe('Wyróżniono 5 z 10 kroków w sektorze: edukacja.');
    expect(await accessibilityViolations(session.page)).toEqual([]);
  });
});

describe('without JavaScript and in print', () => {
  it('with JavaScript off the whole workflow is an ordered list of steps, each with its own address', async () => {
    const noScript = await session.browser.newContext({ javaScriptEnabled: false });
    const staticPage = await noScript.newPage();
    await staticPage.goto(siteURL(`${MODEL}#krok-kontrakt-socjalny`));
    expect(await staticPage.locator('ol.workflow__steps > li:visible').count()).toBe(10);
    const ids = await staticPage.locator('ol.workflow__steps > li').evaluateAll((items) => items.map((item) => item.id));
    expect(ids[0]).toBe('krok-zgloszenie-potrzeby');
    expect(ids).toContain('krok-kontrakt-socjalny');
    expect(await staticPage.getByRole('button', { name: 'Następny krok' }).count()).toBe(0);
    expect(await staticPage.locator('#krok-kontrakt-socjalny a', { hasText: 'Link do tego kroku' }).getAttribute('href')).toBe('#krok-kontrakt-socjalny');
    expect(await staticPage.evaluate(() => document.querySelector(':target')?.id)).toBe('krok-kontrakt-socjalny');
    // Links to other steps work as plain anchors.
    await staticPage.locator('#krok-kontrakt-socjalny .workflow__ways a').click();
    expect(new URL(staticPage.url()).hash).toBe('#krok-koszyk-uslug');
    await noScript.close();
  });

  it('printing the interactive explorer prints every step and none of the controls', async () => {
    await openExplorer(`${MODEL}#krok-wdrozenie-zmiany`);
    await session.page.emulateMedia({ media: 'print' });
    expect(await session.page.locator('.workflow__step:visible').count()).toBe(10);
    expect(await session.page.locator('.workflow__pager:visible, .workflow__filters:visible').count()).toBe(0);
  });

  it('axe finds nothing on the explorer mid-way through, with a step open', async () => {
    await openExplorer(`${MODEL}#krok-partnerstwo-sektorowe`);
    expect(await accessibilityViolations(session.page)).toEqual([]);
    expect(session.problems).toEqual({ consoleErrors: [], pageErrors: [], failedRequests: [] });
  });
});
