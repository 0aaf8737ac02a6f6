// @ts-check
/**
 * `npm run lint` (with Prettier and knip): ESLint's recommended rules, typescript-eslint's, the
 * Astro plugin's for .astro files and React's hooks rules for the islands. Warnings count as
 * failures (`--max-warnings 0`), so main stays at zero.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', '.tmp/', 'node_modules/', 'tests/fixtures/built-site/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { files: ['**/*.tsx'], ...reactHooks.configs.flat.recommended },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // src/lib is pure TypeScript: what it needs from Astro, the browser, storage or the environment
    // is passed in by the edges (src/data, src/integrations, src/browser, src/islands, pages).
    files: ['src/lib/**/*.{ts,tsx}'],
    ignores: ['src/lib/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^astro(:|/|$)', message: 'src/lib is pure: Astro belongs to src/data, src/integrations and the pages.' },
            { regex: '^node:', message: 'src/lib is pure: files and processes belong to the edges (scripts/, src/integrations).' },
            {
              regex: '^\\.\\.?/(\\.\\./)*(data|integrations|browser|islands|components|layouts|pages|schemas|content)/',
              message: 'src/lib imports only src/lib: the other folders build on it, not the other way round.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'fetch', 'process', 'navigator', 'location', 'history'].map((name) => ({
          name,
          message: 'src/lib is pure: pass what it needs in from the edge that has it.',
        })),
      ],
    },
  },
);
