import type { Pagefind } from './pagefind-api';

/** How often to ask whether the engine is ready; Pagefind itself looks only every 50 ms. */
export const readyCheckMs = 10;

/**
 * Resolves once Pagefind has its WebAssembly and meta index. Its `init()` returns before they
 * arrive, and a search made earlier waits in a loop that looks again only every 50 ms, so the
 * first query could idle up to 50 ms after the engine is ready. An empty search returns as soon
 * as the engine is ready; one started every `everyMs` notices within that time. Rejects when the
 * engine fails to load.
 */
export async function engineReady(pagefind: Pick<Pagefind, 'search'>, everyMs = readyCheckMs): Promise<void> {
  let ready = false;
  const checks: Promise<unknown>[] = [];
  while (!ready) {
    checks.push(pagefind.search('').then(() => (ready = true)));
    await Promise.race([...checks, new Promise((wait) => setTimeout(wait, everyMs))]);
  }
}
