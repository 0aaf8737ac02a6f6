/** Messages a framing page may receive, and the height each should give (undefined: ignored). */
import { MAX_EMBED_HEIGHT, MIN_EMBED_HEIGHT, RESIZE_MESSAGE_TYPE } from '../embed-resize.ts';

export const RESIZE_CASES: [string, unknown, number | undefined][] = [
  ['a height', { type: RESIZE_MESSAGE_TYPE, height: 812 }, 812],
  ['a fractional height, rounded up', { type: RESIZE_MESSAGE_TYPE, height: 812.2 }, 813],
  ['the smallest height', { type: RESIZE_MESSAGE_TYPE, height: MIN_EMBED_HEIGHT }, MIN_EMBED_HEIGHT],
  ['too small a height', { type: RESIZE_MESSAGE_TYPE, height: MIN_EMBED_HEIGHT - 1 }, undefined],
  ['too large a height', { type: RESIZE_MESSAGE_TYPE, height: MAX_EMBED_HEIGHT + 1 }, undefined],
  ['a height that is not a number', { type: RESIZE_MESSAGE_TYPE, height: '812' }, undefined],
  ['an infinite height', { type: RESIZE_MESSAGE_TYPE, height: Infinity }, undefined],
  ['another message', { type: 'other', height: 812 }, undefined],
  ['a string', 'kb-osadz-wysokosc', undefined],
  ['null', null, undefined],
];
