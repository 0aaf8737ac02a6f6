/**
 * `npm run validate`: reads every file in `content/` through Astro's content layer and runs the
 * content rules (src/pipeline/), the same reading that starts `npm run build`, without building
 * a page. Prints the report and exits 1 when anything is wrong.
 */
import process from 'node:process';
import { sync } from 'astro';
import { contentHandoff } from '../src/pipeline/handoff.ts';

try {
  await sync({ root: process.cwd(), logLevel: 'error' });
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const handoff = contentHandoff();
console.log(`Treść jest poprawna${handoff ? `: ${handoff.entries} wpisów` : ''}.`);
