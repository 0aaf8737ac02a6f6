/**
 * `npm run validate`: checks every file in `content/` against the schemas and references,
 * the same check that runs at the start of `npm run build`, without building the site.
 */
import process from 'node:process';
import { formatProblemReport } from '../src/lib/editor-errors.ts';
import { validateContent } from '../src/integrations/content-validator.ts';
import { draftsIncluded } from '../src/lib/publication.ts';

const { entries, problems } = validateContent(process.cwd(), { includeDrafts: draftsIncluded(process.env) });
if (problems.length > 0) {
  console.error(formatProblemReport(problems));
  process.exit(1);
}
console.log(`Treść jest poprawna: ${entries.length} wpisów.`);
