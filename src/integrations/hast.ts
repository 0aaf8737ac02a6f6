/** The few hast shapes and helpers the anchor plugins share (Sätteri hands plugins plain hast nodes). */
import { copyLinkAttributes, copyLinkLabel, type CopyLinkLook } from '../lib/copy-link.ts';

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
    children: [{ type: 'element', tagName: 'span', properties: { 'aria-hidden': 'true' }, children: [text(look === 'paragraph' ? '¶' : copyLinkLabel())] }],
  };
}
