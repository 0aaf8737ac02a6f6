/**
 * /bez-internetu/pakiety.json: what each pack is made of (src/data/offline-packs.ts), for the
 * after-build step that adds every file the pages need and writes each pack's manifest
 * (src/integrations/offline-packs.ts). A drafts preview has no offline reading, so no such file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { offlinePacks } from '../../data/offline-packs.ts';
import { PACK_DEFINITIONS, SAVED_PACKS_PAGE } from '../../lib/offline/offline-addresses.ts';
import { draftsIncluded } from '../../lib/publication.ts';

const name = PACK_DEFINITIONS.slice(SAVED_PACKS_PAGE.length).replace(/\.json$/, '');

export const getStaticPaths = (() => (draftsIncluded(process.env) ? [] : [{ params: { definitions: name } }])) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify({ packs: await offlinePacks() }), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
