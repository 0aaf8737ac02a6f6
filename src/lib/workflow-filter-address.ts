/**
 * The workflow explorer's filters in the page address (`?aktor=ops&sektor=zdrowie#krok-…`), so a
 * shared link, and an embed of the workflow (src/lib/embeds/embed-address.ts), reopen the steps
 * highlighted as the reader left them.
 */
/** Query parameters of the filters: `?aktor=<institution id>&sektor=<sector id>`. */
export const ACTOR_PARAM = 'aktor';
export const SECTOR_PARAM = 'sektor';

export interface WorkflowFilter {
  /** An actor's id, or '' for no filter. */
  actor: string;
  /** A sector's id, or '' for no filter. */
  sector: string;
}

/** The filters a query string names, each only if the workflow has that actor or sector. */
export function filterFromSearch(search: string, known: { actors: readonly { id: string }[]; sectors: readonly { id: string }[] }): WorkflowFilter {
  const params = new URLSearchParams(search);
  const pick = (name: string, options: readonly { id: string }[]) => {
    const value = params.get(name) ?? '';
    return options.some((option) => option.id === value) ? value : '';
  };
  return { actor: pick(ACTOR_PARAM, known.actors), sector: pick(SECTOR_PARAM, known.sectors) };
}

/** The address with the filters set (an empty one removed), the page's other parameters and its fragment kept. */
export function filterAddress(location: { pathname: string; search: string; hash: string }, filter: WorkflowFilter): string {
  const params = new URLSearchParams(location.search);
  for (const [name, value] of [
    [ACTOR_PARAM, filter.actor],
    [SECTOR_PARAM, filter.sector],
  ] as const) {
    if (value) params.set(name, value);
    else params.delete(name);
  }
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}${location.hash}`;
}
