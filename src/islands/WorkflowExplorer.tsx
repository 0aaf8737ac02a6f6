/**
 * The model explorer. Without JavaScript (and in print) it is the whole workflow as an ordered list
 * of steps, each with its own `#krok-…` address. Once hydrated it shows one step at a time with
 * "Poprzedni krok" / "Następny krok", a step list, filters by actor and sector, and a swimlane
 * overview; the logic lives in `src/lib/workflow-explorer.ts`.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent, type ReactNode } from 'react';
import {
  actorsOf,
  choicesFrom,
  matchingSteps,
  neighbours,
  progressLabel,
  sectorsOf,
  stepAnchor,
  stepFromHash,
  type StepView,
  type WorkflowView,
} from '../lib/workflow-explorer.ts';
import { Swimlane } from './Swimlane.tsx';
import { splitAcronyms } from '../lib/acronym-text.ts';
import { stepCodeAnchor } from '../lib/step-codes.ts';

interface Props {
  workflow: WorkflowView;
  /**
   * Acronyms used in the workflow with their expansions. The page-wide annotator leaves islands
   * alone (hydration needs the exact markup), so the explorer explains them itself.
   */
  abbreviations: { term: string; expansion: string }[];
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
}

type MoveOptions = { focus: boolean; updateAddress: boolean };

export default function WorkflowExplorer({ workflow, idPrefix, abbreviations }: Props) {
  const { steps } = workflow;
  const text = (value: string) => <Explained text={value} abbreviations={abbreviations} />;
  const [interactive, setInteractive] = useState(false);
  const [current, setCurrent] = useState(steps[0]!.id);
  const [actorFilter, setActorFilter] = useState('');
  const [sectorFilter, setSectorFilter] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const headings = useRef(new Map<string, HTMLHeadingElement>());
  const pendingFocus = useRef<string | undefined>(undefined);

  const actors = useMemo(() => actorsOf(steps), [steps]);
  const sectors = useMemo(() => sectorsOf(steps), [steps]);
  const highlighted = useMemo(() => matchingSteps(steps, { actor: actorFilter, sector: sectorFilter }), [steps, actorFilter, sectorFilter]);
  const filtering = actorFilter !== '' || sectorFilter !== '';

  const goTo = useCallback(
    (stepId: string, { focus, updateAddress }: MoveOptions) => {
      const step = steps.find((candidate) => candidate.id === stepId);
      if (!step) return;
      setCurrent(stepId);
      setAnnouncement(`${progressLabel(steps, stepId)}: ${step.title}`);
      if (focus) pendingFocus.current = stepId;
      // Replacing, not pushing: walking through ten steps must not leave ten entries for "Wstecz".
      if (updateAddress) history.replaceState(history.state, '', `#${stepAnchor(stepId)}`);
    },
    [steps],
  );

  useEffect(() => {
    setInteractive(true);
    const fromAddress = stepFromHash(location.hash, steps);
    if (fromAddress) goTo(fromAddress, { focus: true, updateAddress: false });
    const followAddress = () => {
      const stepId = stepFromHash(location.hash, steps);
      if (stepId) goTo(stepId, { focus: true, updateAddress: false });
    };
    window.addEventListener('hashchange', followAddress);
    window.addEventListener('popstate', followAddress);
    return () => {
      window.removeEventListener('hashchange', followAddress);
      window.removeEventListener('popstate', followAddress);
    };
  }, [steps, goTo]);

  useEffect(() => {
    const stepId = pendingFocus.current;
    if (!stepId) return;
    pendingFocus.current = undefined;
    const heading = headings.current.get(stepId);
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }, [current]);

  /** Step links stay real links (they work without JavaScript); with it, they move the explorer instead. */
  const followStepLink = (stepId: string) => (event: MouseEvent<Element>) => {
    if (!interactive || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    goTo(stepId, { focus: true, updateAddress: true });
  };

  const copyLink = async (step: StepView) => {
    const address = `${location.origin}${location.pathname}#${stepAnchor(step.id)}`;
    try {
      await navigator.clipboard.writeText(address);
      setAnnouncement(`Skopiowano link do kroku „${step.title}”.`);
    } catch {
      setAnnouncement(`Nie udało się skopiować linku. Adres kroku: ${address}`);
    }
  };

  const filterSummary = filtering
    ? `Wyróżniono ${highlighted.size} z ${steps.length} kroków${describeFilter(actors, sectors, actorFilter, sectorFilter)}.`
    : '';
  const { previous, next } = neighbours(steps, current);

  return (
    <div className={`workflow${interactive ? ' workflow--interactive' : ''}`}>
      {workflow.note && <p className="workflow__note">{text(workflow.note)}</p>}

      {interactive && (
        <div className="workflow__filters" role="group" aria-labelledby={`${idPrefix}-filtry`}>
          <p id={`${idPrefix}-filtry`} className="workflow__filters-title">
            Wyróżnij kroki
          </p>
          <FilterSelect id={`${idPrefix}-kto`} label="Kto działa" anyLabel="wszyscy" options={actors} value={actorFilter} onChange={setActorFilter} />
          <FilterSelect id={`${idPrefix}-sektor`} label="Sektor" anyLabel="wszystkie" options={sectors} value={sectorFilter} onChange={setSectorFilter} />
          <p className="workflow__filter-summary" aria-live="polite">
            {filterSummary}
          </p>
        </div>
      )}

      <Swimlane
        steps={steps}
        actors={actors}
        highlighted={highlighted}
        highlightedActor={actorFilter}
        current={interactive ? current : undefined}
        interactive={interactive}
        titleId={`${idPrefix}-przeglad`}
        onOpenStep={(stepId) => goTo(stepId, { focus: true, updateAddress: true })}
      />

      <nav className="workflow__index" aria-label="Kroki modelu">
        <ol>
          {steps.map((step, index) => (
            <li key={step.id} className={highlighted.has(step.id) ? 'is-highlighted' : undefined}>
              <a href={`#${stepAnchor(step.id)}`} aria-current={interactive && step.id === current ? 'step' : undefined} onClick={followStepLink(step.id)}>
                <span className="workflow__index-number">{index + 1}.</span> {step.title}
                {step.optional && <span className="workflow__tag"> (opcjonalny)</span>}
                {highlighted.has(step.id) && <span className="visually-hidden"> – wyróżniony</span>}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      {interactive && (
        <p className="workflow__progress" id={`${idPrefix}-postep`}>
          {progressLabel(steps, current)}
        </p>
      )}

      <ol className="workflow__steps">
        {steps.map((step, index) => (
          <li
            key={step.id}
            id={stepAnchor(step.id)}
            className={['workflow__step', interactive && step.id !== current ? 'is-elsewhere' : '', highlighted.has(step.id) ? 'is-highlighted' : '']
              .filter(Boolean)
              .join(' ')}
          >
            <h3
              id={stepCodeAnchor(step.code)}
              tabIndex={-1}
              ref={(element) => {
                if (element) headings.current.set(step.id, element);
                else headings.current.delete(step.id);
              }}
            >
              <span className="workflow__step-number">Krok {index + 1}. </span>
              {text(step.title)}
              <span className="visually-hidden">, kod kroku: </span>
              <span className="workflow__step-code">{step.code}</span>
            </h3>
            {step.optional && <p className="workflow__tag">Krok opcjonalny: tylko w razie potrzeby.</p>}
            <p>{text(step.summary)}</p>
            <dl className="workflow__facts">
              <div>
                <dt>Kto działa</dt>
                <dd>{step.actors.length > 0 ? <LinkList links={step.actors} text={text} /> : 'brak danych (źródło nie wskazuje)'}</dd>
              </div>
              {step.sectors.length > 0 && (
                <div>
                  <dt>Sektory</dt>
                  <dd>{step.sectors.map((sector) => sector.label).join(', ')}</dd>
                </div>
              )}
              <div>
                <dt>Poziom</dt>
                <dd>{step.levels.join(', ')}</dd>
              </div>
              {step.inputs.length > 0 && (
                <div>
                  <dt>Na wejściu</dt>
                  <dd>
                    <LinkList links={step.inputs} text={text} />
                  </dd>
                </div>
              )}
              {step.outputs.length > 0 && (
                <div>
                  <dt>Na wyjściu</dt>
                  <dd>
                    <LinkList links={step.outputs} text={text} />
                  </dd>
                </div>
              )}
            </dl>
            <WaysOn step={step} follow={followStepLink} text={text} />
            <p className="workflow__source">Źródło: {step.source.href ? <a href={step.source.href}>{step.source.label}</a> : step.source.label}</p>
            <p className="workflow__step-link">
              {interactive ? (
                <button type="button" className="button button--secondary" onClick={() => void copyLink(step)}>
                  Kopiuj link do tego kroku
                </button>
              ) : (
                <a href={`#${stepAnchor(step.id)}`}>Link do tego kroku</a>
              )}
            </p>
          </li>
        ))}
      </ol>

      {interactive && (
        <div className="workflow__pager">
          <button
            type="button"
            className="button button--secondary"
            disabled={!previous}
            aria-describedby={`${idPrefix}-postep`}
            onClick={() => previous && goTo(previous, { focus: true, updateAddress: true })}
          >
            Poprzedni krok
          </button>
          <button
            type="button"
            className="button"
            disabled={!next}
            aria-describedby={`${idPrefix}-postep`}
            onClick={() => next && goTo(next, { focus: true, updateAddress: true })}
          >
            Następny krok
          </button>
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}

type Render = (value: string) => ReactNode;

interface FilterSelectProps {
  id: string;
  label: string;
  /** The first option, which turns the filter off. */
  anyLabel: string;
  options: readonly { id: string; label: string }[];
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

/** Text with each known acronym in an `<abbr>` carrying its expansion. */
function Explained({ text, abbreviations }: { text: string; abbreviations: Props['abbreviations'] }) {
  return (
    <>
      {splitAcronyms(text, abbreviations).map((segment, index) =>
        typeof segment === 'string' ? (
          segment
        ) : (
          <abbr key={index} title={segment.expansion}>
            {segment.term}
          </abbr>
        ),
      )}
    </>
  );
}

function LinkList({ links, text }: { links: readonly { label: string; href?: string | undefined }[]; text: Render }) {
  return (
    <>
      {links.map((link, index) => (
        <span key={`${link.label}-${index}`}>
          {index > 0 && ', '}
          {link.href ? <a href={link.href}>{text(link.label)}</a> : text(link.label)}
        </span>
      ))}
    </>
  );
}

function WaysOn({ step, follow, text }: { step: StepView; follow: (stepId: string) => (event: MouseEvent<Element>) => void; text: Render }) {
  const choices = choicesFrom(step);
  if (step.next.length === 0) return <p className="workflow__ways">To ostatni krok przebiegu.</p>;
  if (choices.length === 0) {
    const [only] = step.next;
    return (
      <p className="workflow__ways">
        Dalej:{' '}
        <a href={`#${stepAnchor(only!.step)}`} onClick={follow(only!.step)}>
          {text(only!.title)}
        </a>
      </p>
    );
  }
  return (
    <div className="workflow__ways">
      <p>{step.next.length > 1 ? 'Dalej jedna z dróg:' : 'Dalej:'}</p>
      <ul className="workflow__choices">
        {choices.map((way, index) => (
          <li key={way.step}>
            {index > 0 && <span className="workflow__or">lub </span>}
            <a href={`#${stepAnchor(way.step)}`} onClick={follow(way.step)}>
              {way.loop ? <>powrót do kroku „{text(way.title)}”</> : text(way.title)}
            </a>
            {way.when && <span>: {text(way.when)}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}

function describeFilter(
  actors: readonly { id: string; label: string }[],
  sectors: readonly { id: string; label: string }[],
  actorId: string,
  sectorId: string,
): string {
  const parts = [
    actorId ? `, w których działa: ${actors.find((actor) => actor.id === actorId)?.label ?? actorId}` : '',
    sectorId ? `${actorId ? ',' : ''} w sektorze: ${sectors.find((sector) => sector.id === sectorId)?.label ?? sectorId}` : '',
  ];
  return parts.join('');
}
