/**
 * /dane/zasieg-terytorialny.csv: the territory map's data (all projects), built at build time from
 * the same rows as the map's table (`territoryRows`).
 */
import { chartFigures } from '../../data/chart-figures.ts';
import { territoryMapData } from '../../lib/charts/territory-map.ts';
import { territoryCsv, territoryRows } from '../../lib/charts/territory-map-table.ts';

export async function GET(): Promise<Response> {
  const { projects, places } = await chartFigures();
  const csv = territoryCsv(territoryRows(territoryMapData(projects, places)));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
