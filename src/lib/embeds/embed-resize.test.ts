import { describe, expect, it } from 'vitest';
import { RESIZE_CASES } from './__fixtures__/resize-messages.ts';
import { heightFromMessage, resizeMessage, RESIZE_MESSAGE_TYPE } from './embed-resize.ts';

describe('the resize message', () => {
  it.each(RESIZE_CASES)('%s: %j gives %s', (_name, data, expected) => {
    expect(heightFromMessage(data)).toBe(expected);
  });

  it('is written with the height rounded up and read back as written', () => {
    expect(resizeMessage(640.4)).toEqual({ type: RESIZE_MESSAGE_TYPE, height: 641 });
    expect(heightFromMessage(resizeMessage(640.4))).toBe(641);
  });
});
