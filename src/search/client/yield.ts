/**
 * Points where the search box hands the main thread back. With the engine warm a search and its
 * first result take no network at all, so without them one keystroke's work would run to its end
 * before the browser even looks at the next key: a fast typist's keys would queue behind searches
 * already out of date.
 */

/** Resolves in a task of its own, after the input events already waiting (the browser runs input first). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

/** Resolves once the next frame has been painted. */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => void nextTask().then(resolve)));
}
