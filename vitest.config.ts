import { defineConfig } from 'vitest/config';
import { PerPageFilesFirst } from './tests/e2e/support/sequencer.ts';

export default defineConfig({
  test: {
    sequence: { sequencer: PerPageFilesFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
          // Pure code with no mocks or globals to leak: files share their workers' module cache
          // instead of each importing everything afresh (about 5x faster).
          isolate: false,
        },
      },
      {
        test: {
          // Checks over the built HTML in dist/ (facts, integrity); needs `npm run build` first.
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          // Read-only checks of dist/: the files share the parsed pages (tests/site/support/built-site.ts).
          isolate: false,
        },
      },
      {
        test: {
          // Builds changed copies of the project once, two at a time (global-setup.ts): the grown copy
          // (generated gmina pages, fixture drafts, renamed entries kept by `aliases`), a drafts
          // preview and a rename without `aliases`; the files read them, and open some in Chromium.
          name: 'copies',
          include: ['tests/copies/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          expect: { poll: { timeout: 15_000 } },
          globalSetup: ['tests/copies/global-setup.ts'],
        },
      },
      {
        test: {
          // The bad-input corpus in-process (every case), and one case of each kind through `npm run validate`
          // and `npm run build` in project copies, cases with different files sharing one run.
          name: 'corpus',
          include: ['tests/corpus/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One server for the run (globalSetup) and one Chromium per file (tests/support/test-browser.ts),
          // two files at a time; the page-by-page checks use a few tabs at once.
          maxWorkers: 2,
          maxConcurrency: 3,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // expect.poll waits for a state the page reaches, not for speed: 1 s (vitest's default) was
          // too short on a busy machine (a hash change not yet handled).
          expect: { poll: { timeout: 15_000 } },
          globalSetup: ['tests/e2e/support/global-setup.ts'],
        },
      },
    ],
  },
});
