/** /en/data/project-budgets.csv: the English budget chart's table, with English headers and a decimal point. */
import type { APIRoute } from 'astro';
import { ENGLISH_TEXT, englishBudgetChartData } from '../../../data/english-charts.ts';
import { tableToCsv } from '../../../lib/charts/chart-tables.ts';

export const GET: APIRoute = async () => {
  const { table } = await englishBudgetChartData();
  return new Response(tableToCsv(table, ENGLISH_TEXT), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
