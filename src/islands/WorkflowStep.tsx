/**
 * One step of the model explorer: its heading with the step code, what it is, who acts, what goes
 * in and out, where to go next, its source and its own address. Without JavaScript every step is
 * shown like this, one after another.
 */
import type { MouseEvent, ReactNode } from 'react';
import { choicesFrom, stepAnchor, type StepView } from '../lib/workflow-explorer.ts';
import { stepCodeAnchor } from '../lib/step-codes.ts';

type Render = (value: string) => ReactNode;

/** A click handler for a link to a step: with JavaScript it moves the explorer instead of the page. */
export type FollowStepLink = (stepId: string) => (event: MouseEvent<Element>) => void;

interface Props {
  step: StepView;
  /** Position in the workflow, from 0. */
  index: number;
  interactive: boolean;
  /** Another step is open, so this one is out of view in the interactive explorer. */
  elsewhere: boolean;
  highlighted: boolean;
  text: Render;
  follow: FollowStepLink;
  onCopyLink: (step: StepView) => void;
  /** Keeps the heading, so moving to the step can focus it. */
  headingRef: (element: HTMLHeadingElement | null) => void;
}

export function WorkflowStep({ step, index, interactive, elsewhere, highlighted, text, follow, onCopyLink, headingRef }: Props) {
  return (
    <li
      id={stepAnchor(step.id)}
      className={['workflow__step', interactive && elsewhere ? 'is-elsewhere' : '', highlighted ? 'is-highlighted' : ''].filter(Boolean).join(' ')}
    >
      <h3 id={stepCodeAnchor(step.code)} tabIndex={-1} ref={headingRef}>
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
      <WaysOn step={step} follow={follow} text={text} />
      <p className="workflow__source">Źródło: {step.source.href ? <a href={step.source.href}>{step.source.label}</a> : step.source.label}</p>
      <p className="workflow__step-link">
        {interactive ? (
          <button type="button" className="button button--secondary" onClick={() => onCopyLink(step)}>
            Kopiuj link do tego kroku
          </button>
        ) : (
          <a href={`#${stepAnchor(step.id)}`}>Link do tego kroku</a>
        )}
      </p>
    </li>
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

function WaysOn({ step, follow, text }: { step: StepView; follow: FollowStepLink; text: Render }) {
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
