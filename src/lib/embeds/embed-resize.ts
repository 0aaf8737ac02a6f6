/**
 * The message an embed page sends to the page that frames it when its height changes
 * (src/browser/embed-height.ts), and how the resize script on the other site reads it
 * (public/osadz/wysokosc.js repeats `heightFromMessage` in plain JavaScript, since it is served as
 * written; tests/unit/embed-resize-script.test.ts runs it against these cases).
 *
 *   { type: 'kb-osadz-wysokosc', height: 812 }
 */
export const RESIZE_MESSAGE_TYPE = 'kb-osadz-wysokosc';

/** Heights outside this range are ignored: a page that sends them is broken or hostile. */
export const MIN_EMBED_HEIGHT = 100;
export const MAX_EMBED_HEIGHT = 20000;

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE_TYPE;
  height: number;
}

/** The message for a document of `height` CSS pixels, rounded up so nothing is cut off. */
export function resizeMessage(height: number): ResizeMessage {
  return { type: RESIZE_MESSAGE_TYPE, height: Math.ceil(height) };
}

/** The height a message asks for, or undefined for any other message or an unreasonable height. */
export function heightFromMessage(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, height } = data as { type?: unknown; height?: unknown };
  if (type !== RESIZE_MESSAGE_TYPE || typeof height !== 'number' || !Number.isFinite(height)) return undefined;
  return height >= MIN_EMBED_HEIGHT && height <= MAX_EMBED_HEIGHT ? Math.ceil(height) : undefined;
}
