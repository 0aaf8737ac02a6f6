/**
 * Published consultation reports as pages see them: the report on a version, if there is one,
 * and its counts. Reports come from the knowledge base (each collection is queried once there).
 */
import type { CollectionEntry } from 'astro:content';
import { reportCounts, type ReportCounts } from '../lib/consultation/report-summary.ts';
import { knowledgeBase } from './knowledge-base.ts';

export type ReportEntry = CollectionEntry<'consultationReports'>;

export async function consultationReports(): Promise<ReportEntry[]> {
  return (await knowledgeBase()).consultationReports;
}

/** The report on version `version` of document `documentId`, with its counts; undefined when none is published. */
export async function reportOn(documentId: string, version: number): Promise<{ entry: ReportEntry; counts: ReportCounts } | undefined> {
  const entry = (await consultationReports()).find((report) => report.data.document === documentId && report.data.version === version);
  return entry && { entry, counts: reportCounts(entry.data.remarks) };
}
