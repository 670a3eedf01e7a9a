/**
 * Whether a click is a plain primary-button click that a script may take over. A click with a
 * modifier key or another button keeps its browser meaning (a new tab or window, say), and one a
 * handler already took is left alone.
 */
export function isPlainClick(event: MouseEvent): boolean {
  return !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}
