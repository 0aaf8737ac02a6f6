import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          // Checks over the built HTML in dist/ (facts, integrity); needs `npm run build` first.
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          // Builds the site twice from a copy with fixture drafts: public and KB_DRAFTS=1 preview.
          name: 'drafts',
          include: ['tests/drafts/**/*.test.ts'],
          environment: 'node',
          hookTimeout: 900_000,
        },
      },
      {
        test: {
          // Builds two copies of the project with renamed entries, with and without their old ids in `aliases`.
          name: 'addresses',
          include: ['tests/addresses/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 900_000,
        },
      },
      {
        test: {
          // Builds a copy of the project with generated gmina pages: long lists paged, previews with "Zobacz wszystkie", checked in Chromium too.
          name: 'scale',
          include: ['tests/scale/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 900_000,
        },
      },
      {
        test: {
          // The bad-input corpus through `npm run validate` (every case) and `npm run build` (one case of each kind) in a project copy.
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
          // One browser, one server: files share them through globalSetup and run one at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          globalSetup: ['tests/e2e/support/global-setup.ts'],
        },
      },
    ],
  },
});
