/**
 * public/osadz/wysokosc.js, the resize script other sites load, run as a browser would run it
 * (a fresh global scope with a window, a document and frames): it follows the same rule as
 * src/lib/embeds/embed-resize.ts, and only for frames marked data-osadz from the site's origin.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { RESIZE_CASES } from '../../src/lib/embeds/__fixtures__/resize-messages.ts';

const SCRIPT = readFileSync('public/osadz/wysokosc.js', 'utf8');
const SITE = 'https://modele.example.gov.pl';

interface FakeFrame {
  contentWindow: object;
  style: { height: string };
}

/** Runs the script on a page with two marked frames; returns how to send it a message. */
function hostPage() {
  const frames: FakeFrame[] = [0, 1].map(() => ({ contentWindow: {}, style: { height: '' } }));
  let listener: ((event: { origin: string; data: unknown; source: object }) => void) | undefined;
  const window = { addEventListener: (type: string, handler: typeof listener) => type === 'message' && (listener = handler) };
  const document = {
    currentScript: { src: `${SITE}/osadz/wysokosc.js` },
    querySelectorAll: (selector: string) => (selector === 'iframe[data-osadz]' ? frames : []),
  };
  runInNewContext(SCRIPT, { window, document, location: { origin: 'https://gmina.example.pl' }, URL, isFinite });
  const send = (data: unknown, from = frames[0]!.contentWindow, origin = SITE) => listener?.({ origin, data, source: from });
  return { frames, send };
}

describe('the resize script for other sites', () => {
  it.each(RESIZE_CASES)('%s: %j sets the height %s', (_name, data, expected) => {
    const { frames, send } = hostPage();
    send(data);
    expect(frames[0]!.style.height).toBe(expected === undefined ? '' : `${expected}px`);
  });

  it('resizes only the frame the message came from', () => {
    const { frames, send } = hostPage();
    send({ type: 'kb-osadz-wysokosc', height: 500 }, frames[1]!.contentWindow);
    expect(frames.map((frame) => frame.style.height)).toEqual(['', '500px']);
  });

  it('ignores messages from other origins and from windows that are not its marked frames', () => {
    const { frames, send } = hostPage();
    send({ type: 'kb-osadz-wysokosc', height: 500 }, frames[0]!.contentWindow, 'https://evil.example');
    send({ type: 'kb-osadz-wysokosc', height: 500 }, {});
    expect(frames.map((frame) => frame.style.height)).toEqual(['', '']);
  });
});
