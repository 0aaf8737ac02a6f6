import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { easyReadPageProblems } from './easy-read-pages.ts';

const dist = mkdtempSync(path.join(tmpdir(), 'kb-easy-read-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

function page(address: string, lead: string, text: string): void {
  const folder = path.join(dist, address);
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    path.join(folder, 'index.html'),
    `<!doctype html><html lang="pl"><body><header>Menu serwisu z bardzo długimi nazwami instytucji samorządowych</header>` +
      `<article class="easy-read"><h1>Informacje o serwisie</h1><p class="lead">${lead}</p><div class="easy-read__text">${text}</div></article></body></html>`,
  );
}

page('/latwy-tekst/', 'Tu przeczytasz, co jest w serwisie.', '<h2>Co to jest</h2><p>Ten serwis to strona w internecie.</p><p>Możesz tu czytać o pomocy.</p>');
page(
  '/latwy-tekst/trudny/',
  'Tu przeczytasz o modelu.',
  '<p>Międzyinstytucjonalna koordynacja zintegrowanych usług społecznościowych wymaga systematycznego monitorowania rezultatów przez wyspecjalizowane podmioty ekonomii społecznej i samorządowe jednostki organizacyjne pomocy społecznej.</p><p>Pytaj w OPS.</p>',
);
// A former address under the section is a redirect page, not a text.
mkdirSync(path.join(dist, 'latwy-tekst/dawny-adres'), { recursive: true });
writeFileSync(
  path.join(dist, 'latwy-tekst/dawny-adres/index.html'),
  '<!doctype html><html lang="pl"><body><main><h1>Strona ma nowy adres</h1></main></body></html>',
);
// Another section's page is not an easy-to-read page, however hard it is.
page('/modele/trudny/', 'Wstęp.', '<p>Międzyinstytucjonalna koordynacja zintegrowanych usług społecznościowych wymaga systematycznego monitorowania.</p>');

describe('easyReadPageProblems', () => {
  const { pages, problems } = easyReadPageProblems(dist);

  test('reads every page of the easy-to-read section, and only those', () => {
    expect(pages).toBe(2);
  });

  test('names the page over the limits, what it breaks and its hardest sentence', () => {
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem!.file).toBe('strona /latwy-tekst/trudny/');
    expect(problem!.message).toMatch(/wskaźnik FOG-PL wynosi [\d,]+, a może najwyżej 7/);
    expect(problem!.message).toContain('skróty pisane wielkimi literami: OPS');
    expect(problem!.message).toContain('Najtrudniejsze zdania: „Międzyinstytucjonalna koordynacja');
    expect(problem!.message).toContain('(tekst:');
  });
});
