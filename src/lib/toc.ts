/** The contents list of a page, built from its headings. */

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

export interface TocItem extends Heading {
  children: TocItem[];
}

/**
 * Nests headings of `minDepth`…`maxDepth` into a tree: each h3 under the h2 before it. A heading
 * deeper than its predecessor by more than one level is attached to the nearest shallower one,
 * so an h4 after an h2 does not disappear.
 */
export function buildToc(headings: readonly Heading[], { minDepth = 2, maxDepth = 3 } = {}): TocItem[] {
  const root: TocItem[] = [];
  const stack: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth < minDepth || heading.depth > maxDepth) continue;
    const item: TocItem = { ...heading, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.depth >= item.depth) stack.pop();
    const parent = stack[stack.length - 1];
    (parent ? parent.children : root).push(item);
    stack.push(item);
  }
  return root;
}
