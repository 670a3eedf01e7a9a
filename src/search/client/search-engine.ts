/**
 * Loads Pagefind's search API from the bundle the build writes to /pagefind/ (under the site's
 * base path, which Pagefind then also puts before every result URL), once per page.
 * The URL is computed at runtime so Vite leaves pagefind.js out of the site's own bundle: the
 * index and its API must come from the same build.
 *
 * search-trigger.ts starts this as soon as a reader shows intent (`/`, Ctrl/Cmd+K, the pointer on
 * or focus reaching the search button, the search page), beside the dialog's own module, so the
 * engine's files are on their way before the first key of a query.
 */
import { pagefindScriptPath, searchWordsPath, withBase } from '../../routes';
import type { Pagefind } from '../pagefind-api';
import type { SearchDependencies } from '../run-search';
import { pagefindOptions } from '../options';
import { engineReady } from '../engine-ready';

let engine: Promise<SearchDependencies> | undefined;

export function loadSearchEngine(): Promise<SearchDependencies> {
  engine ??= (async () => {
    const url = new URL(withBase(pagefindScriptPath), document.baseURI).href;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options(pagefindOptions);
    // Fetches the entry file, then the WebAssembly and the meta index side by side.
    await pagefind.init();
    await engineReady(pagefind);
    let words: Promise<readonly string[]> | undefined;
    const vocabulary = () =>
      (words ??= fetch(withBase(searchWordsPath))
        .then((response) => (response.ok ? (response.json() as Promise<string[]>) : []))
        // Without the word list, misspelt words are searched as typed.
        .catch(() => []));
    return { pagefind, vocabulary };
  })();
  // A failed load (offline, say) is retried on the next attempt instead of being remembered.
  engine.catch(() => (engine = undefined));
  return engine;
}
