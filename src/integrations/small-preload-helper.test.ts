import { describe, expect, it } from 'vitest';
import { smallPreloadHelper } from './small-preload-helper.ts';

describe('smallPreloadHelper', () => {
  const plugin = smallPreloadHelper();
  const load = plugin.load as (id: string) => string | undefined;

  it('stands in for Vite’s preload helper module only', () => {
    expect(load('\0vite/preload-helper.js')).toContain('export const __vitePreload');
    expect(load('/src/browser/search-dialog.ts')).toBeUndefined();
  });

  it('runs before Vite’s own plugins, in builds only', () => {
    expect(plugin.enforce).toBe('pre');
    expect(plugin.apply).toBe('build');
  });

  it('preloads a chunk’s imports beside it and waits for stylesheets before running the import', async () => {
    const appended: { rel: string; href: string; onload?: () => void }[] = [];
    const document = {
      querySelector: () => null,
      createElement: () => ({}) as { rel: string; href: string; onload?: () => void },
      head: { append: (link: { rel: string; href: string; onload?: () => void }) => appended.push(link) },
    };
    const source = load('\0vite/preload-helper.js')!.replace('export const __vitePreload =', 'return');
    const preload = new Function('document', source)(document) as (load: () => Promise<string>, deps?: string[]) => Promise<string>;
    const result = preload(() => Promise.resolve('module'), ['_astro/a.js', '_astro/b.css']);
    expect(appended.map(({ rel, href }) => ({ rel, href }))).toEqual([
      { rel: 'modulepreload', href: '/_astro/a.js' },
      { rel: 'stylesheet', href: '/_astro/b.css' },
    ]);
    appended[1]!.onload!();
    await expect(result).resolves.toBe('module');
    await expect(preload(() => Promise.resolve('no deps'))).resolves.toBe('no deps');
  });
});
