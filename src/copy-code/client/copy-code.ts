/**
 * A "Copy" button on every code block (each sits in a .code-frame, src/copy-code/code-frame.ts).
 * It copies the code as plain text and says so through the page's live region. Without JavaScript
 * there is no button at all, rather than one that does nothing. The button is positioned inside
 * the frame's reserved strip, so adding it moves nothing.
 */
import { announce } from '../../lib/announce';

const label = 'Copy';

for (const frame of document.querySelectorAll<HTMLElement>('.code-frame')) {
  const pre = frame.querySelector('pre');
  if (!pre) continue;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-code';
  button.textContent = label;
  const language = pre.dataset['language'];
  button.setAttribute('aria-label', language ? `${label} ${language} code` : `${label} code`);
  frame.append(button);
}

document.addEventListener('click', async (event) => {
  const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button.copy-code') : null;
  const code = button?.closest('.code-frame')?.querySelector('pre code');
  if (!button || !code) return;
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
    button.textContent = 'Copied';
    announce('Code copied');
  } catch {
    button.textContent = 'Failed';
    announce('Could not copy the code; select it and copy it by hand');
  }
  setTimeout(() => (button.textContent = label), 1500);
});
