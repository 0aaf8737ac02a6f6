// @ts-check
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { bodyLinksCheck } from './src/integrations/body-links.ts';
import { easyReadPagesCheck } from './src/integrations/easy-read-pages.ts';
import { dataStoreFromDisk } from './src/integrations/data-store-from-disk.ts';
import { notFormerAddress } from './src/integrations/former-addresses.ts';
import { sitemapWithAlternates } from './src/integrations/sitemap-alternates.ts';
import { publishedAddressesCheck } from './src/integrations/published-addresses.ts';
import { securityHeadersFile } from './src/integrations/security-headers.ts';
import { offlineReading } from './src/integrations/offline-packs.ts';
import { NO_CONNECTION_PAGE } from './src/lib/offline/offline-addresses.ts';
import { smallPreloadHelper } from './src/integrations/small-preload-helper.ts';
import { CSP_DIRECTIVES } from './src/lib/security-headers.ts';
import { isEmbedPath } from './src/lib/embeds/embed-address.ts';
import { CONTENT_FEATURES, contentHastPlugins } from './src/integrations/content-markdown.ts';

/**
 * The public address of the deployment. Local builds use the address `npm start` serves on;
 * a deployment sets KB_SITE_URL so the sitemap, feed and canonical links point at it.
 */
const site = process.env.KB_SITE_URL ?? 'http://localhost:4321';

// A public site must name a contact in its accessibility statement (ustawa o dostępności cyfrowej).
const isLocalPreview = ['localhost', '127.0.0.1'].includes(new URL(site).hostname);
// Documents in consultation tell readers where to send the remarks form.
if (!isLocalPreview && !process.env.KB_CONSULTATION_EMAIL) {
  throw new Error(`Publikacja pod adresem ${site} wymaga adresu do przesyłania uwag z konsultacji: ustaw KB_CONSULTATION_EMAIL.`);
}
if (!isLocalPreview && !process.env.KB_ACCESSIBILITY_EMAIL) {
  throw new Error(
    `Publikacja pod adresem ${site} wymaga danych kontaktowych w deklaracji dostępności: ustaw KB_ACCESSIBILITY_EMAIL (i opcjonalnie KB_ACCESSIBILITY_CONTACT, KB_PUBLISHED_ON).`,
  );
}

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Polish at today's addresses, English under /en/ (docs/ARCHITECTURE.md, "English pages").
  i18n: { locales: ['pl', 'en'], defaultLocale: 'pl', routing: { prefixDefaultLocale: false } },
  integrations: [
    mdx(),
    react(),
    // Pages at former addresses only send readers on; search engines should list the new address.
    // Pages with a counterpart in the other language list both (hreflang alternates); embed pages are
    // for other sites' frames, not for search engines (they are noindex too), and neither is the page
    // the service worker shows offline.
    sitemap(sitemapWithAlternates((page) => notFormerAddress(page) && !isEmbedPath(new URL(page).pathname) && new URL(page).pathname !== NO_CONNECTION_PAGE)),
    dataStoreFromDisk(),
    bodyLinksCheck(),
    easyReadPagesCheck(),
    publishedAddressesCheck(),
    // Before _headers is written: the service worker and the web app manifest get their rules too.
    offlineReading(),
    securityHeadersFile(),
  ],
  markdown: {
    // Shiki would colour code blocks with inline styles, which the CSP forbids; texts here are prose,
    // so a code block stays plain <pre><code> (and the build loads no highlighter).
    syntaxHighlight: false,
    processor: satteri({ hastPlugins: contentHastPlugins(), features: CONTENT_FEATURES }),
  },
  security: {
    // Astro hashes every script and style it inlines and writes the policy into each page's
    // <meta http-equiv>; src/integrations/security-headers.ts repeats it, with what a meta cannot carry, in _headers.
    csp: {
      directives: [...CSP_DIRECTIVES],
      // Pagefind's index is searched by WebAssembly, which needs 'wasm-unsafe-eval' (it allows
      // compiling WebAssembly only, not eval of JavaScript).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  server: { port: 4321, host: 'localhost' },
  devToolbar: { enabled: false },
  vite: {
    plugins: [smallPreloadHelper()],
    build: {
      // Astro inlines a small processed <script> into every page; a strict CSP without inline
      // scripts is coming, so scripts always stay files in _astro/ (other assets keep the default).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        // Astro marks MDX modules with a directive the bundler cannot keep; the warning is about
        // Astro's own output, repeats once per page and hides real warnings, so it is dropped.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
