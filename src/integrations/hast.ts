/** The few hast shapes and helpers the anchor plugins share (Sätteri hands plugins plain hast nodes). */
import { COPY_LINK_LABEL, copyLinkAttributes, type CopyLinkLook } from '../lib/copy-link.ts';

export interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
  value?: string;
}

export interface HastElement extends HastNode {
  type: 'element';
  tagName: string;
}

export const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

function isElement(node: HastNode): node is HastElement {
  return node.type === 'element' && typeof node.tagName === 'string';
}

/** Every element under `root`, in document order. */
export function* elementsIn(root: HastNode): Generator<HastElement> {
  for (const child of root.children ?? []) {
    if (isElement(child)) yield child;
    yield* elementsIn(child);
  }
}

export function headingsIn(root: HastNode): HastElement[] {
  return [...elementsIn(root)].filter((element) => HEADING_TAGS.includes(element.tagName));
}

/** Ids already on the page's elements, e.g. the headings' ids. */
export function idsIn(root: HastNode): string[] {
  return [...elementsIn(root)].map((element) => element.properties?.id).filter((id): id is string => typeof id === 'string' && id !== '');
}

function text(value: string): HastNode {
  return { type: 'text', value };
}

/**
 * The "Kopiuj link" control as hast, the same markup as src/components/CopyLink.astro. The visible
 * words are hidden from assistive technology because the link's aria-label already says them,
 * followed by what the link points at.
 */
export function copyLinkElement(id: string, target: string, look: CopyLinkLook): HastElement {
  return {
    type: 'element',
    tagName: 'a',
    properties: copyLinkAttributes(id, target, look),
    children: [{ type: 'element', tagName: 'span', properties: { 'aria-hidden': 'true' }, children: [text(look === 'paragraph' ? '¶' : COPY_LINK_LABEL)] }],
  };
}
