/**
 * `npm run docs`: rewrites the generated parts of docs/EDITING.md (where each content type's files
 * live and the table of its fields) from the schemas in src/schemas/. The hand-written text around
 * them stays as it is. tests/unit/editing-docs.test.ts fails until this has been run after a
 * schema's fields or descriptions change.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { EDITING_DOC, PART_NAMES, updateEditingDoc } from './lib/editing-docs.ts';

const before = readFileSync(EDITING_DOC, 'utf8');
const after = updateEditingDoc(before);
if (after === before) {
  console.log(`${EDITING_DOC}: bez zmian (${PART_NAMES.length} części zgodnych ze schematami).`);
} else {
  writeFileSync(EDITING_DOC, after);
  console.log(`${EDITING_DOC}: zaktualizowano części wygenerowane ze schematów (${PART_NAMES.length}).`);
}
