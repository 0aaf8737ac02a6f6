/**
 * One step of the model explorer: its heading with the step code, what it is, who acts, what goes
 * in and out, where to go next, its source and its own address. Without JavaScript every step is
 * shown like this, one after another.
 */
import type { MouseEvent, ReactNode } from 'react';
import { choicesFrom, stepAnchor, type StepView } from '../lib/workflow-explorer.ts';
import type { ExplorerText } from '../lib/i18n/interface-text.ts';
import { stepCodeAnchor } from '../lib/step-codes.ts';

type Render = (value: string) => ReactNode;

/** A click handler for a link to a step: with JavaScript it moves the explorer instead of the page. */
export type FollowStepLink = (stepId: string) => (event: MouseEvent<Element>) => void;

interface Props {
  step: StepView;
  ui: ExplorerText;
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

export function WorkflowStep({ step, ui, index, interactive, elsewhere, highlighted, text, follow, onCopyLink, headingRef }: Props) {
  return (
    <li
      id={stepAnchor(step.id)}
      className={['workflow__step', interactive && elsewhere ? 'is-elsewhere' : '', highlighted ? 'is-highlighted' : ''].filter(Boolean).join(' ')}
    >
      <h3 id={stepCodeAnchor(step.code)} tabIndex={-1} ref={headingRef}>
        <span className="workflow__step-number">{ui.step(index + 1)}</span>
        {text(step.title)}
        <span className="visually-hidden">{ui.stepCode}</span>
        <span className="workflow__step-code">{step.code}</span>
      </h3>
      {step.optional && <p className="workflow__tag">{ui.optionalStep}</p>}
      <p>{text(step.summary)}</p>
      <dl className="workflow__facts">
        <div>
          <dt>{ui.whoActs}</dt>
          <dd>{step.actors.length > 0 ? <LinkList links={step.actors} text={text} /> : ui.sourceSilent}</dd>
        </div>
        {step.sectors.length > 0 && (
          <div>
            <dt>{ui.sectors}</dt>
            <dd>{step.sectors.map((sector) => sector.label).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{ui.level}</dt>
          <dd>{step.levels.join(', ')}</dd>
        </div>
        {step.inputs.length > 0 && (
          <div>
            <dt>{ui.inputs}</dt>
            <dd>
              <LinkList links={step.inputs} text={text} />
            </dd>
          </div>
        )}
        {step.outputs.length > 0 && (
          <div>
            <dt>{ui.outputs}</dt>
            <dd>
              <LinkList links={step.outputs} text={text} />
            </dd>
          </div>
        )}
      </dl>
      <WaysOn step={step} ui={ui} follow={follow} text={text} />
      <p className="workflow__source">
        {ui.source}: {step.source.href ? <a href={step.source.href}>{step.source.label}</a> : step.source.label}
      </p>
      <p className="workflow__step-link">
        {interactive ? (
          <button type="button" className="button button--secondary" onClick={() => onCopyLink(step)}>
            {ui.copyStepLink}
          </button>
        ) : (
          <a href={`#${stepAnchor(step.id)}`}>{ui.stepLink}</a>
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

function WaysOn({ step, ui, follow, text }: { step: StepView; ui: ExplorerText; follow: FollowStepLink; text: Render }) {
  const choices = choicesFrom(step);
  if (step.next.length === 0) return <p className="workflow__ways">{ui.lastStep}</p>;
  if (choices.length === 0) {
    const [only] = step.next;
    return (
      <p className="workflow__ways">
        {ui.nextOnly}{' '}
        <a href={`#${stepAnchor(only!.step)}`} onClick={follow(only!.step)}>
          {text(only!.title)}
        </a>
      </p>
    );
  }
  return (
    <div className="workflow__ways">
      <p>{step.next.length > 1 ? ui.nextOneOf : ui.nextOnly}</p>
      <ul className="workflow__choices">
        {choices.map((way, index) => (
          <li key={way.step}>
            {index > 0 && <span className="workflow__or">{ui.or}</span>}
            <a href={`#${stepAnchor(way.step)}`} onClick={follow(way.step)}>
              {way.loop ? ui.backTo(way.title) : text(way.title)}
            </a>
            {way.when && <span>: {text(way.when)}</span>}
          </li>
        ))}
      </ul>
    </div>
  );
}
