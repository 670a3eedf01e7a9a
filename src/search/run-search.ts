import type { Pagefind, PagefindFilterCounts, PagefindResponse } from './pagefind-api';
import { facetKeys, type FacetKey, type FacetSelection } from './facets';
import { toSearchHit, type SearchHit } from './hits';
import { searchTerms, type SearchState } from './query';
import { correctWord, isCorrectable, normalizeWord } from './spelling';

/** The outcome of one search, ready to show; each result's data loads when it is asked for. */
export interface SearchOutcome {
  /** The words actually searched: aliases expanded, stop words dropped and misspellings corrected. */
  readonly searched: string;
  /** Whether a word of the query was replaced because the index has nothing like it. */
  readonly corrected: boolean;
  readonly total: number;
  /** Results per value of each facet for this query, counted with the other facet's choice applied. */
  readonly facets: Readonly<Record<FacetKey, Readonly<Record<string, number>>>>;
  /** Result `index` (from 0, below `total`) as a hit; Pagefind fetches its data (one fragment file) on the first call. */
  readonly hit: (index: number) => Promise<SearchHit>;
}

export interface SearchDependencies {
  readonly pagefind: Pagefind;
  /** The index's words, most frequent first (see src/search/spelling.ts). */
  readonly vocabulary: () => Promise<readonly string[]>;
}

const noCounts: Readonly<Record<string, number>> = {};

export const emptyOutcome: SearchOutcome = {
  searched: '',
  corrected: false,
  total: 0,
  facets: { type: noCounts, topic: noCounts },
  hit: (index) => Promise.reject(new RangeError(`no result ${index}`)),
};

const only = (selection: FacetSelection, key: FacetKey): Record<string, string> => {
  const value = selection[key];
  return value ? { [key]: value } : {};
};

/** Per engine, the last search made without filters: a one-word query is checked and run by one search. */
const lastPlain = new WeakMap<Pagefind, { readonly term: string; readonly response: Promise<PagefindResponse> }>();

function plainSearch(term: string, pagefind: Pagefind): Promise<PagefindResponse> {
  const last = lastPlain.get(pagefind);
  if (last?.term === term) return last.response;
  const response = pagefind.search(term);
  lastPlain.set(pagefind, { term, response });
  // A failed search is made again next time.
  response.catch(() => lastPlain.get(pagefind)?.response === response && lastPlain.delete(pagefind));
  return response;
}

/** Per engine, whether Pagefind matches a word: while a query is typed, its earlier words are asked once, not on every key. */
const wordMatches = new WeakMap<Pagefind, Map<string, Promise<boolean>>>();

function matchesAny(word: string, { pagefind }: SearchDependencies): Promise<boolean> {
  let known = wordMatches.get(pagefind);
  if (!known) wordMatches.set(pagefind, (known = new Map()));
  let matches = known.get(word);
  if (!matches) {
    matches = plainSearch(word, pagefind).then((response) => response.results.length > 0);
    matches.catch(() => known.delete(word));
    known.set(word, matches);
  }
  return matches;
}

/**
 * Replaces each word that Pagefind cannot match at all (not even as the start of a word or by its
 * stem) with the most frequent index word one letter away. Pagefind silently drops such words,
 * so "exactyl once" would otherwise search for "once" alone. The word list is fetched only when
 * a query has such a word.
 */
async function correctQuery(text: string, deps: SearchDependencies): Promise<string> {
  const words = text.split(' ');
  const unmatched = await Promise.all(words.map(async (word) => isCorrectable(normalizeWord(word)) && !(await matchesAny(word, deps))));
  if (!unmatched.includes(true)) return text;
  const vocabulary = await deps.vocabulary();
  return words.map((word, i) => (unmatched[i] ? (correctWord(normalizeWord(word), vocabulary) ?? word) : word)).join(' ');
}

/** Facet counts where each facet is counted with only the other facet's choice applied. */
async function facetCounts(text: string, filters: FacetSelection, response: PagefindResponse, deps: SearchDependencies) {
  const countsFor = async (key: FacetKey, other: FacetKey): Promise<PagefindFilterCounts> => {
    if (!filters[other]) return response.totalFilters;
    if (!filters[key]) return response.filters;
    return (await deps.pagefind.search(text || null, { filters: only(filters, other) })).filters;
  };
  const [type, topic] = await Promise.all([countsFor('type', 'topic'), countsFor('topic', 'type')]);
  return { type: type['type'] ?? noCounts, topic: topic['topic'] ?? noCounts };
}

/**
 * Runs a query the way the search box does: aliases expanded, misspelt words corrected, facets
 * applied. With no words but a facet chosen, it lists everything under that facet. No result's
 * data is loaded yet: the box asks for the results it has room for.
 */
export async function startSearch(state: SearchState, deps: SearchDependencies): Promise<SearchOutcome> {
  const typed = searchTerms(state.query);
  const filters = Object.fromEntries(facetKeys.flatMap((key) => Object.entries(only(state.filters, key))));
  if (!typed && Object.keys(filters).length === 0) return emptyOutcome;
  const searched = typed ? await correctQuery(typed, deps) : '';
  // Pagefind lists every page that passes the filters when the term is null.
  const response = await (searched && Object.keys(filters).length === 0
    ? plainSearch(searched, deps.pagefind)
    : deps.pagefind.search(searched || null, { filters }));
  const facets = await facetCounts(searched, state.filters, response, deps);
  const hit = async (index: number) => {
    const result = response.results[index];
    if (!result) throw new RangeError(`no result ${index} of ${response.results.length}`);
    return toSearchHit(await result.data(), searched);
  };
  return { searched, corrected: searched !== typed, total: response.results.length, facets, hit };
}

/** `startSearch` with the first `count` results' data loaded: what the ranking test checks. */
export async function runSearch(
  state: SearchState,
  count: number,
  deps: SearchDependencies,
): Promise<SearchOutcome & { readonly hits: readonly SearchHit[] }> {
  const outcome = await startSearch(state, deps);
  const hits = await Promise.all(Array.from({ length: Math.min(count, outcome.total) }, (_, i) => outcome.hit(i)));
  return { ...outcome, hits };
}
