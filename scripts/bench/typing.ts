/**
 * Typing as a fast typist does: one key every `intervalMs`, sent to Chromium without waiting for
 * each key's round trip (Playwright's `keyboard.type` waits for every key and sleeps its delay twice,
 * so its keys land 60–100 ms apart on a busy machine). The page's own keydown time stamps then show
 * the rhythm the reader's keyboard would give.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { Page } from '@playwright/test';

/** What Chromium's Input.dispatchKeyEvent needs to know about a key besides the text it types. */
export interface KeyDefinition {
  readonly key: string;
  readonly code: string;
  readonly windowsVirtualKeyCode: number;
  /** 8 = Shift (CDP's modifier bit). */
  readonly modifiers: number;
}

const shift = 8;
const punctuation: Record<string, Omit<KeyDefinition, 'key'>> = {
  ' ': { code: 'Space', windowsVirtualKeyCode: 32, modifiers: 0 },
  '-': { code: 'Minus', windowsVirtualKeyCode: 189, modifiers: 0 },
  _: { code: 'Minus', windowsVirtualKeyCode: 189, modifiers: shift },
  '.': { code: 'Period', windowsVirtualKeyCode: 190, modifiers: 0 },
  "'": { code: 'Quote', windowsVirtualKeyCode: 222, modifiers: 0 },
  '/': { code: 'Slash', windowsVirtualKeyCode: 191, modifiers: 0 },
};

/** The key that types `char` on a US keyboard; other characters are typed as text with no key code. */
export function keyDefinition(char: string): KeyDefinition {
  if (/^[a-z]$/i.test(char)) {
    const upper = char.toUpperCase();
    return { key: char, code: `Key${upper}`, windowsVirtualKeyCode: upper.charCodeAt(0), modifiers: char === upper ? shift : 0 };
  }
  if (/^[0-9]$/.test(char)) return { key: char, code: `Digit${char}`, windowsVirtualKeyCode: char.charCodeAt(0), modifiers: 0 };
  const known = punctuation[char];
  return known ? { key: char, ...known } : { key: char, code: '', windowsVirtualKeyCode: 0, modifiers: 0 };
}

export interface Typist {
  /** Types `text` into the focused element, a key every `intervalMs` from now; resolves once Chromium took every key. */
  type(text: string, intervalMs: number): Promise<void>;
  detach(): Promise<void>;
}

/** A typist for the page, set up ahead so that nothing stands between the moment to type and the first key. */
export async function typist(page: Page): Promise<Typist> {
  const cdp = await page.context().newCDPSession(page);
  return {
    async type(text, intervalMs) {
      const start = performance.now();
      const sent: Promise<unknown>[] = [];
      for (const [i, char] of [...text].entries()) {
        const wait = start + i * intervalMs - performance.now();
        if (wait > 0) await sleep(wait);
        const key = keyDefinition(char);
        sent.push(
          cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...key, text: char, unmodifiedText: char }),
          cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...key }),
        );
      }
      await Promise.all(sent);
    },
    detach: () => cdp.detach(),
  };
}
