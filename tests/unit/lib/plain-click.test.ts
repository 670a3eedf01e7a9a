import { describe, expect, it } from 'vitest';
import { isPlainClick } from '../../../src/lib/plain-click';

const click = (init: Partial<MouseEvent> = {}) =>
  ({ button: 0, defaultPrevented: false, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, ...init }) as MouseEvent;

describe('isPlainClick', () => {
  it('takes a plain primary click', () => {
    expect(isPlainClick(click())).toBe(true);
  });

  it('leaves modified, middle-button and already handled clicks to the browser', () => {
    for (const init of [
      { metaKey: true },
      { ctrlKey: true },
      { shiftKey: true },
      { altKey: true },
      { button: 1 },
      { defaultPrevented: true },
    ]) {
      expect(isPlainClick(click(init)), JSON.stringify(init)).toBe(false);
    }
  });
});
