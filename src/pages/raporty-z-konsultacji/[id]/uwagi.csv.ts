/** A consultation report as a CSV file: every remark with its unit, submitter, position and justification. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { consultationReports, type ReportEntry } from '../../../data/consultation-reports.ts';
import { reportCsv } from '../../../lib/consultation/report-summary.ts';

export const getStaticPaths = (async () =>
  (await consultationReports()).map((entry) => ({ params: { id: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: ReportEntry }> = ({ props }) =>
  new Response(reportCsv(props.entry.data.remarks), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
