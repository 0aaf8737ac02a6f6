/** /en/data/project-timeline.csv: the English timeline's table, with English headers. */
import type { APIRoute } from 'astro';
import { ENGLISH_TEXT, englishTimelineChartData } from '../../../data/english-charts.ts';
import { tableToCsv } from '../../../lib/charts/chart-tables.ts';

export const GET: APIRoute = async () => {
  const { table } = await englishTimelineChartData();
  return new Response(tableToCsv(table, ENGLISH_TEXT), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
