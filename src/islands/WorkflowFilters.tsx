/** "Wyróżnij kroki": the explorer's filters by actor and sector, and a sentence saying what they highlight. */

interface Option {
  id: string;
  label: string;
}

interface Props {
  idPrefix: string;
  actors: readonly Option[];
  sectors: readonly Option[];
  actorFilter: string;
  sectorFilter: string;
  onActorFilter: (actorId: string) => void;
  onSectorFilter: (sectorId: string) => void;
  highlightedCount: number;
  stepCount: number;
}

export function WorkflowFilters({ idPrefix, actors, sectors, actorFilter, sectorFilter, onActorFilter, onSectorFilter, highlightedCount, stepCount }: Props) {
  const filtering = actorFilter !== '' || sectorFilter !== '';
  const summary = filtering ? `Wyróżniono ${highlightedCount} z ${stepCount} kroków${describeFilter(actors, sectors, actorFilter, sectorFilter)}.` : '';
  return (
    <div className="workflow__filters" role="group" aria-labelledby={`${idPrefix}-filtry`}>
      <p id={`${idPrefix}-filtry`} className="workflow__filters-title">
        Wyróżnij kroki
      </p>
      <FilterSelect id={`${idPrefix}-kto`} label="Kto działa" anyLabel="wszyscy" options={actors} value={actorFilter} onChange={onActorFilter} />
      <FilterSelect id={`${idPrefix}-sektor`} label="Sektor" anyLabel="wszystkie" options={sectors} value={sectorFilter} onChange={onSectorFilter} />
      <p className="workflow__filter-summary" aria-live="polite">
        {summary}
      </p>
    </div>
  );
}

interface FilterSelectProps {
  id: string;
  label: string;
  /** The first option, which turns the filter off. */
  anyLabel: string;
  options: readonly Option[];
  value: string;
  onChange: (value: string) => void;
}

function FilterSelect({ id, label, anyLabel, options, value, onChange }: FilterSelectProps) {
  return (
    <div className="workflow__filter">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function describeFilter(actors: readonly Option[], sectors: readonly Option[], actorId: string, sectorId: string): string {
  const parts = [
    actorId ? `, w których działa: ${actors.find((actor) => actor.id === actorId)?.label ?? actorId}` : '',
    sectorId ? `${actorId ? ',' : ''} w sektorze: ${sectors.find((sector) => sector.id === sectorId)?.label ?? sectorId}` : '',
  ];
  return parts.join('');
}
