/** Shapes shared by the build-output checks: a parsed page, a rule, and what a rule reports. */
import type { HTMLElement } from 'node-html-parser';

/** One built HTML page. */
export interface SitePage {
  /** Absolute path of the file in the build folder. */
  file: string;
  /** The address the page is served at, as readers see it: `/modele/`, `/404.html`. */
  urlPath: string;
  document: HTMLElement;
}

/** The built site as the rules see it. */
export interface Site {
  /** Absolute path of the build folder. */
  root: string;
  /** Origin the site is published at, e.g. `http://localhost:4321`; links to it are internal. */
  origin: string;
  /** Every page the rules check (HTML files outside `pagefind/`), in a stable order. */
  pages: readonly SitePage[];
  /** The parsed page in `file`, also for HTML files outside `pages`; undefined when there is none. */
  pageAt(file: string): SitePage | undefined;
}

export interface Problem {
  /** `urlPath` of the page the problem is on. */
  page: string;
  message: string;
}

export interface Rule {
  name: string;
  check(site: Site): Problem[];
}

export interface RuleResult {
  rule: string;
  checkedPages: number;
  problems: Problem[];
}
