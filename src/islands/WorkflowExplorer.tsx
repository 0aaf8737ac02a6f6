/**
 * The model explorer. Without JavaScript (and in print) it is the whole workflow as an ordered list
 * of steps, each with its own `#krok-…` address. Once hydrated it shows one step at a time with
 * "Poprzedni krok" / "Następny krok", a step list, filters by actor and sector (kept in the address,
 * `?aktor=…&sektor=…`, so shared links and embeds reopen them), and a swimlane overview; the logic
 * lives in `src/lib/workflow-explorer.ts`.
 */
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import {
  actorsOf,
  matchingSteps,
  neighbours,
  progressLabel,
  sectorsOf,
  stepAnchor,
  stepFromHash,
  type StepView,
  type WorkflowView,
} from '../lib/workflow-explorer.ts';
import { filterAddress, filterFromSearch, type WorkflowFilter } from '../lib/workflow-filter-address.ts';
import { interfaceText, type Language } from '../lib/i18n/interface-text.ts';
import { Explained, type Abbreviation } from './Explained.tsx';
import { Swimlane } from './Swimlane.tsx';
import { useAddressHash } from './use-address-hash.ts';
import { replaceAddress, useAddressQuery } from './use-address-query.ts';
import { useHydrated } from './use-hydrated.ts';
import { WorkflowFilters } from './WorkflowFilters.tsx';
import { WorkflowStep } from './WorkflowStep.tsx';

interface Props {
  workflow: WorkflowView;
  /**
   * Acronyms used in the workflow with their expansions. The page-wide annotator leaves islands
   * alone (hydration needs the exact markup), so the explorer explains them itself.
   */
  abbreviations: Abbreviation[];
  /** Prefix for element ids, unique on the page. */
  idPrefix: string;
  /** The page a step's "Kopiuj link" points at, when not this one: an embed passes its model's page. */
  stepLinkPage?: string | undefined;
  /** The page's language: the explorer's own words come from the interface dictionary. */
  language: Language;
}

export default function WorkflowExplorer({ workflow, idPrefix, abbreviations, stepLinkPage, language }: Props) {
  const { steps } = workflow;
  const ui = interfaceText(language).explorer;
  const text = (value: string) => <Explained text={value} abbreviations={abbreviations} />;
  const interactive = useHydrated();
  const addressHash = useAddressHash();
  /** The address fragment the explorer has already acted on; '' is what it knows while hydrating. */
  const [followedHash, setFollowedHash] = useState('');
  const [current, setCurrent] = useState(steps[0]!.id);
  const [announcement, setAnnouncement] = useState('');
  const headings = useRef(new Map<string, HTMLHeadingElement>());
  /** The step whose heading last took focus; the first step is where the page opens, so it starts there. */
  const focusedStep = useRef(current);

  const actors = useMemo(() => actorsOf(steps), [steps]);
  const sectors = useMemo(() => sectorsOf(steps), [steps]);
  const addressQuery = useAddressQuery();
  const { actor: actorFilter, sector: sectorFilter } = useMemo(() => filterFromSearch(addressQuery, { actors, sectors }), [addressQuery, actors, sectors]);
  const setFilter = (change: Partial<WorkflowFilter>) => replaceAddress(filterAddress(location, { actor: actorFilter, sector: sectorFilter, ...change }));
  const highlighted = useMemo(() => matchingSteps(steps, { actor: actorFilter, sector: sectorFilter }), [steps, actorFilter, sectorFilter]);

  const open = (step: StepView) => {
    setCurrent(step.id);
    setAnnouncement(`${progressLabel(steps, step.id, ui.progress)}: ${step.title}`);
  };

  // A deep link opens its step: the address on load, a followed link, a typed address, "Wstecz".
  if (addressHash !== followedHash) {
    setFollowedHash(addressHash);
    const fromAddress = steps.find((step) => step.id === stepFromHash(addressHash, steps));
    if (fromAddress) open(fromAddress);
  }

  /** Opens a step the reader chose and puts it in the address. */
  const goTo = (stepId: string) => {
    const step = steps.find((candidate) => candidate.id === stepId);
    if (!step) return;
    open(step);
    // Replacing, not pushing: walking through ten steps must not leave ten entries for "Wstecz".
    history.replaceState(history.state, '', `#${stepAnchor(stepId)}`);
    // The explorer put the step there itself: nothing to follow.
    setFollowedHash(location.hash);
  };

  // Moving to another step moves focus to its heading, so the reader goes on reading from there.
  useEffect(() => {
    if (focusedStep.current === current) return;
    focusedStep.current = current;
    const heading = headings.current.get(current);
    heading?.focus();
    heading?.scrollIntoView({ block: 'start' });
  }, [current]);

  /** Step links stay real links (they work without JavaScript); with it, they move the explorer instead. */
  const followStepLink = (stepId: string) => (event: MouseEvent<Element>) => {
    if (!interactive || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    goTo(stepId);
  };

  const copyLink = async (step: StepView) => {
    const address = `${location.origin}${stepLinkPage ?? location.pathname}#${stepAnchor(step.id)}`;
    try {
      await navigator.clipboard.writeText(address);
      setAnnouncement(ui.copied(step.title));
    } catch {
      setAnnouncement(ui.copyFailed(address));
    }
  };

  const registerHeading = (stepId: string) => (element: HTMLHeadingElement | null) => {
    if (element) headings.current.set(stepId, element);
    else headings.current.delete(stepId);
  };

  const { previous, next } = neighbours(steps, current);

  return (
    <div className={`workflow${interactive ? ' workflow--interactive' : ''}`}>
      {workflow.note && <p className="workflow__note">{text(workflow.note)}</p>}

      {interactive && (
        <WorkflowFilters
          idPrefix={idPrefix}
          ui={ui}
          actors={actors}
          sectors={sectors}
          actorFilter={actorFilter}
          sectorFilter={sectorFilter}
          onActorFilter={(actor) => setFilter({ actor })}
          onSectorFilter={(sector) => setFilter({ sector })}
          highlightedCount={highlighted.size}
          stepCount={steps.length}
        />
      )}

      <Swimlane
        steps={steps}
        ui={ui}
        actors={actors}
        highlighted={highlighted}
        highlightedActor={actorFilter}
        current={interactive ? current : undefined}
        interactive={interactive}
        titleId={`${idPrefix}-przeglad`}
        onOpenStep={goTo}
      />

      <nav className="workflow__index" aria-label={ui.stepsNav}>
        <ol>
          {steps.map((step, index) => (
            <li key={step.id} className={highlighted.has(step.id) ? 'is-highlighted' : undefined}>
              <a href={`#${stepAnchor(step.id)}`} aria-current={interactive && step.id === current ? 'step' : undefined} onClick={followStepLink(step.id)}>
                <span className="workflow__index-number">{index + 1}.</span> {step.title}
                {step.optional && <span className="workflow__tag">{ui.optionalShort}</span>}
                {highlighted.has(step.id) && <span className="visually-hidden">{ui.highlighted}</span>}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      {interactive && (
        <p className="workflow__progress" id={`${idPrefix}-postep`}>
          {progressLabel(steps, current, ui.progress)}
        </p>
      )}

      <ol className="workflow__steps">
        {steps.map((step, index) => (
          <WorkflowStep
            key={step.id}
            step={step}
            ui={ui}
            index={index}
            interactive={interactive}
            elsewhere={step.id !== current}
            highlighted={highlighted.has(step.id)}
            text={text}
            follow={followStepLink}
            onCopyLink={(chosen) => void copyLink(chosen)}
            headingRef={registerHeading(step.id)}
          />
        ))}
      </ol>

      {interactive && (
        <div className="workflow__pager">
          <button
            type="button"
            className="button button--secondary"
            disabled={!previous}
            aria-describedby={`${idPrefix}-postep`}
            onClick={() => previous && goTo(previous)}
          >
            {ui.previous}
          </button>
          <button type="button" className="button" disabled={!next} aria-describedby={`${idPrefix}-postep`} onClick={() => next && goTo(next)}>
            {ui.next}
          </button>
        </div>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
