/**
 * The only search code a page loads up front: a few listeners. A click on the header's search
 * button, `/` or Ctrl/Cmd+K imports the dialog and, at the same moment, starts loading Pagefind's
 * engine (search-engine.ts, bundled with this file, so the dialog reuses the same load); the
 * pointer resting on the button, or focus reaching it, does both early. A page opened from a
 * result loads the highlighter, and the search page loads the engine and the same module for its
 * panel; other pages fetch nothing more. (One module for dialog and panel keeps the imports free
 * of shared chunks, so Vite preloads nothing beside it.)
 */
import { isPlainClick } from '../../lib/plain-click';
import { highlightParam } from '../highlight-param';
import { showDialog } from './dialog-element';
import { loadSearchEngine } from './search-engine';

const openSelector = '[data-search-open]';
let dialog: Promise<typeof import('./search-dialog')> | undefined;

/** The dialog's module and the engine, fetched side by side; a failed engine load is reported when the reader searches. */
function loadDialog(): Promise<typeof import('./search-dialog')> {
  loadSearchEngine().catch(() => undefined);
  return (dialog ??= import('./search-dialog'));
}

async function openSearch(opener: HTMLElement | null): Promise<void> {
  // On the search page the box is already there.
  const pageBox = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
  if (pageBox) {
    pageBox.focus();
    pageBox.select();
    return;
  }
  // Open at once, so the keys typed next reach the box; the module adds the dialog's behaviour when it arrives.
  showDialog();
  (await loadDialog()).openSearchDialog(opener);
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

for (const opener of document.querySelectorAll<HTMLElement>(openSelector)) {
  opener.setAttribute('aria-haspopup', 'dialog');
  opener.addEventListener('pointerenter', loadDialog, { once: true });
  opener.addEventListener('focus', loadDialog, { once: true });
}

document.addEventListener('click', (event) => {
  const opener = event.target instanceof Element ? event.target.closest<HTMLElement>(openSelector) : null;
  // Ctrl-, Shift- or middle-clicks keep their meaning: the search page in a new tab or window.
  if (!opener || !isPlainClick(event)) return;
  event.preventDefault();
  void openSearch(opener);
});

document.addEventListener('keydown', (event) => {
  if (event.defaultPrevented || event.isComposing) return;
  const commandK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
  if (!commandK && !slash) return;
  event.preventDefault();
  void openSearch(document.querySelector<HTMLElement>(openSelector));
});

if (new URLSearchParams(location.search).has(highlightParam)) void import('./search-highlight');
if (document.querySelector('[data-search-page]')) void loadDialog();
