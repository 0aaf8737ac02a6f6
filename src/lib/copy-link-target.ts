/**
 * Where a "Kopiuj link" message on the page's status region holds the link's target: the layout
 * writes the messages with it (src/layouts/BaseLayout.astro), the browser script puts the target
 * there (src/browser/copy-link.ts). Its own module, so the script loads no dictionary.
 */
export const TARGET_PLACEHOLDER = '{target}';
