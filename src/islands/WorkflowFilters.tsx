/** "Wyróżnij kroki": the explorer's filters by actor and sector, and a sentence saying what they highlight. */
import type { ExplorerText } from '../lib/i18n/interface-text.ts';

interface Option {
  id: string;
  label: string;
}

interface Props {
  idPrefix: string;
  ui: ExplorerText;
  actors: readonly Option[];
  sectors: readonly Option[];
  actorFilter: string;
  sectorFilter: string;
  onActorFilter: (actorId: string) => void;
  onSectorFilter: (sectorId: string) => void;
  highlightedCount: number;
  stepCount: number;
}

export function WorkflowFilters({
  idPrefix,
  ui,
  actors,
  sectors,
  actorFilter,
  sectorFilter,
  onActorFilter,
  onSectorFilter,
  highlightedCount,
  stepCount,
}: Props) {
  const filtering = actorFilter !== '' || sectorFilter !== '';
  const labelOf = (options: readonly Option[], id: string) => (id ? (options.find((option) => option.id === id)?.label ?? id) : undefined);
  const summary = filtering ? ui.filterSummary(highlightedCount, stepCount, labelOf(actors, actorFilter), labelOf(sectors, sectorFilter)) : '';
  return (
    <div className="workflow__filters" role="group" aria-labelledby={`${idPrefix}-filtry`}>
      <p id={`${idPrefix}-filtry`} className="workflow__filters-title">
        {ui.filtersTitle}
      </p>
      <FilterSelect id={`${idPrefix}-kto`} label={ui.whoActs} anyLabel={ui.anyActor} options={actors} value={actorFilter} onChange={onActorFilter} />
      <FilterSelect id={`${idPrefix}-sektor`} label={ui.sector} anyLabel={ui.anySector} options={sectors} value={sectorFilter} onChange={onSectorFilter} />
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
