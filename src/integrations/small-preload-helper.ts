/**
 * A smaller stand-in for Vite's preload helper, the function every `import()` in browser code goes
 * through so the imported chunk's own imports download at the same time instead of one after
 * another. Vite's helper also handles CSP nonces, relative bases and failed-preload events and
 * weighs about 860 B gzip: more than the rest of the search dialog script that every page loads,
 * and enough to break the 2 KB budget of a plain page. This site has none of those cases: the base
 * is "/", the policy uses hashes, and a failed import still rejects as usual.
 */
import type { Plugin } from 'vite';

/** Vite's id of the helper module (vite/src/node/plugins/importAnalysisBuild.ts). */
const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * `deps` are the chunk's static imports and CSS, relative to the base. Scripts are preloaded and
 * not waited for (the import itself waits); stylesheets are applied before the module runs, as
 * Vite does, so a component never renders unstyled.
 */
const SMALL_HELPER = `export const __vitePreload = (load, deps) => Promise.all((deps || []).map((dep) => {
  const href = '/' + dep;
  const css = dep.endsWith('.css');
  if (document.querySelector('link[href="' + href + '"]')) return;
  const link = document.createElement('link');
  link.rel = css ? 'stylesheet' : 'modulepreload';
  link.href = href;
  document.head.append(link);
  if (css) return new Promise((resolve) => { link.onload = link.onerror = resolve; });
})).then(load);
`;

export function smallPreloadHelper(): Plugin {
  return {
    name: 'kb:small-preload-helper',
    enforce: 'pre',
    apply: 'build',
    load(id) {
      return id === PRELOAD_HELPER_ID ? SMALL_HELPER : undefined;
    },
  };
}
