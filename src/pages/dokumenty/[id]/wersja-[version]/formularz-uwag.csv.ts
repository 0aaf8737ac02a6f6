/** A blank remarks form for one version: every unit's number and text, columns for the remark. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { guideDocuments, renderVersion, type GuideVersionEntry } from '../../../../data/guides.ts';
import { guideRoutes } from '../../../../collections/routes.ts';
import { documentIdOf } from '../../../../lib/consultation/documents.ts';
import { remarkTemplateCsv } from '../../../../lib/consultation/remarks-csv.ts';

export const getStaticPaths = (async () => {
  return (await guideDocuments()).flatMap((guide) =>
    guide.versions.map((version) => ({ params: { id: guide.id, version: String(version.data.version) }, props: { version } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ version: GuideVersionEntry }> = async ({ props }) => {
  const { structure } = await renderVersion(props.version);
  return new Response(remarkTemplateCsv(structure, guideRoutes.version(documentIdOf(props.version.id), props.version.data.version)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
