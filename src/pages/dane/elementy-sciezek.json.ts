/**
 * /dane/elementy-sciezek.json: every section, step and chart a course path can hold, with its key.
 * Fetched only by the course-path pages (/sciezka/ and /sciezka/uloz/), never by content pages.
 */
import type { APIRoute } from 'astro';
import { linkCatalogue } from '../../data/link-catalogue.ts';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await linkCatalogue()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
