import type { AstroIntegration } from 'astro';

/**
 * The checks of the built site run while the search index is built. Pagefind indexes in a process
 * of its own and the build only waits for it, so a check hands its work to `whileIndexing` in
 * `astro:build:done` and returns at once: the work starts once the hooks after it have begun (the
 * indexer's among them) and gives way between pages (see forEachBuiltPage), so the indexer is
 * never kept waiting for long. `checksDone()`, the integration after the indexer, waits for all of
 * it: the build fails with the first problem, in the order the work was handed over, as it would
 * if the checks had run one after the other before the indexer.
 */
let queue: Promise<void> = Promise.resolve();

/** Queues a check's work behind the work handed over before it; a failure skips the rest. */
export function whileIndexing(work: () => Promise<void> | void): void {
  queue = queue.then(() => new Promise<void>((resolve) => setImmediate(resolve))).then(work);
  // Reported by checksDone; until then a failure is not an unhandled rejection.
  queue.catch(() => {});
}

/** Waits for the work handed over during the build; goes after the search indexer. */
export function checksDone(): AstroIntegration {
  return {
    name: 'streams-compared:checks-done',
    hooks: {
      'astro:build:done': async () => {
        const done = queue;
        queue = Promise.resolve();
        await done;
      },
    },
  };
}
