/** /dane/harmonogram-projektow.csv: the timeline chart's table, for a Polish spreadsheet. */
import type { APIRoute } from 'astro';
import { timelineChartData } from '../../data/chart-data.ts';
import { tableToCsv } from '../../lib/charts/chart-tables.ts';

export const GET: APIRoute = async () => {
  const { table } = await timelineChartData();
  return new Response(tableToCsv(table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
