/** The powiaty and gminy the sources name, listed under the territory map by project. */
import type { MapProject } from '../lib/charts/territory-map.ts';
import type { LocalPlaceGroup } from '../lib/charts/territory-map-view.ts';

interface Props {
  /** The figure's id, the prefix of the list's heading id. */
  id: string;
  placeGroups: readonly LocalPlaceGroup[];
  selectedProject: MapProject | undefined;
}

export function TerritoryMapPlaces({ id, placeGroups, selectedProject }: Props) {
  return (
    <div className="territory-map__places">
      <p className="territory-map__places-title" id={`${id}-miejsca`}>
        Powiaty i gminy wymienione w źródłach
      </p>
      {placeGroups.length > 0 ? (
        <ul className="territory-map__place-groups" aria-labelledby={`${id}-miejsca`}>
          {placeGroups.map((group) => (
            <li key={group.projectId}>
              Projekt „<a href={group.projectHref}>{group.projectTitle}</a>”:
              <ul>
                {group.places.map((place) => (
                  <li key={place.id}>
                    <a href={place.href}>{place.title}</a> ({place.details})
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      ) : (
        <p>
          {selectedProject ? `Źródło projektu „${selectedProject.shortTitle}” nie wymienia powiatów ani gmin.` : 'Źródła nie wymieniają powiatów ani gmin.'}
        </p>
      )}
    </div>
  );
}
