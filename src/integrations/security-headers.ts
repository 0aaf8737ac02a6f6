/**
 * After the build: `dist/_headers`, which Netlify and Cloudflare Pages send as HTTP headers.
 * It carries the Content-Security-Policy as a header too (merged from the <meta> Astro wrote into
 * every page, plus frame-ancestors, which a <meta> cannot set), the other security headers, and
 * caching: a year for content-hashed files, revalidation for everything else; CSV data files as downloads.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeadersFile } from '../lib/headers-file.ts';
import { headerRules } from '../lib/security-headers.ts';
import { builtFiles } from './published-addresses.ts';

const META_POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

export function securityHeadersFile(): AstroIntegration {
  return {
    name: 'kb:security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        // Each distinct policy once: pages share a few, and a page's match would keep its whole text alive.
        const policies = new Set<string>();
        let pages = 0;
        for (const file of builtFiles(dist)) {
          if (!file.endsWith('.html')) continue;
          const policy = META_POLICY.exec(readFileSync(path.join(dist, file), 'utf8'))?.[1];
          if (policy === undefined) continue;
          pages += 1;
          policies.add(policy.replaceAll('&#39;', "'").replaceAll('&quot;', '"'));
        }
        const topLevel = readdirSync(dist, { withFileTypes: true }).map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
        const downloads = builtFiles(dist)
          .filter((file) => file.endsWith('.csv'))
          .map((file) => `/${file}`);
        writeFileSync(path.join(dist, '_headers'), formatHeadersFile(headerRules([...policies], topLevel, downloads)));
        logger.info(`_headers: zasady dla ${topLevel.length} pozycji, polityka CSP z ${pages} stron`);
      },
    },
  };
}
