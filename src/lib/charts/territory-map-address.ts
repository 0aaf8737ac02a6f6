/** The territory map's choice of project in the page address: `?projekt=liderzy-kooperacji#<figure id>`. */

/** The query parameter that keeps the chosen project in the address: `?projekt=liderzy-kooperacji`. */
export const PROJECT_PARAM = 'projekt';

/** The chosen project from a query string, only if it is one of the map's projects. */
export function projectFromSearch(search: string, projectIds: readonly string[]): string | undefined {
  const value = new URLSearchParams(search).get(PROJECT_PARAM);
  return value && projectIds.includes(value) ? value : undefined;
}

/**
 * The address that reopens the map with `projectId` chosen (or all projects): the path, the
 * query with `projekt` set or removed (other parameters kept), and the figure's anchor.
 */
export function addressFor(location: { pathname: string; search: string }, projectId: string | undefined, anchor: string): string {
  const params = new URLSearchParams(location.search);
  if (projectId) params.set(PROJECT_PARAM, projectId);
  else params.delete(PROJECT_PARAM);
  const query = params.toString();
  return `${location.pathname}${query ? `?${query}` : ''}#${anchor}`;
}
