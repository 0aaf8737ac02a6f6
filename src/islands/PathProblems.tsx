/**
 * What was wrong with a course-path address, GOV.UK error-summary style: a heading and one line
 * per problem, all as text. Takes focus once when it first appears, so a screen reader hears it
 * before the list it concerns.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import type { CoursePathProblem } from '../lib/course-path.ts';

interface Props {
  problems: readonly CoursePathProblem[];
  title: string;
  /** Id for the heading, unique on the page. */
  headingId: string;
  /** What the reader can do about it, after the list. */
  children?: ReactNode;
  focusOnMount?: boolean;
}

export function PathProblems({ problems, title, headingId, children, focusOnMount = true }: Props) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (focusOnMount) summary.current?.focus();
  }, [focusOnMount]);
  return (
    <div className="path-problems" aria-labelledby={headingId} role="region" tabIndex={-1} ref={summary}>
      <h2 id={headingId} className="path-problems__title">
        {title}
      </h2>
      <ul className="path-problems__list">
        {problems.map((problem, index) => (
          <li key={`${problem.code}-${index}`}>{problem.message}</li>
        ))}
      </ul>
      {children}
    </div>
  );
}
