/**
 * A version's blank remarks form at a former address of its document. A CSV file cannot redirect,
 * so the same file is served here; hosts that read `_redirects` answer with a 301 instead.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { formerAddresses } from '../data/former-addresses.ts';
import { renderVersion, type GuideVersionEntry } from '../data/guides.ts';
import { guideRoutes } from '../collections/routes.ts';
import { documentIdOf } from '../lib/consultation/documents.ts';
import { remarkTemplateCsv } from '../lib/consultation/remarks-csv.ts';

export const getStaticPaths = (async () => {
  const { remarkForms } = await formerAddresses();
  return remarkForms.map((form) => ({ params: { formerRemarkForm: form.from.slice(1, -'.csv'.length) }, props: { version: form.version } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ version: GuideVersionEntry }> = async ({ props }) => {
  const { structure } = await renderVersion(props.version);
  return new Response(remarkTemplateCsv(structure, guideRoutes.version(documentIdOf(props.version.id), props.version.data.version)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
