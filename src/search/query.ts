import { searchResultsPath, withBase } from '../routes';
import { facetKeys, facetValueOrder, type FacetSelection } from './facets';

/** The URL parameter that holds the query; the facets use their own keys ("type", "topic"). */
export const queryParam = 'q';

/** What a search shows: the words typed and the facet values chosen. */
export interface SearchState {
  readonly query: string;
  readonly filters: FacetSelection;
}

/** Leading and trailing space dropped and runs of space collapsed, so "a  b " and "a b" are one search. */
export function normalizeQuery(query: string): string {
  return query.trim().replace(/\s+/g, ' ');
}

/**
 * Shorthand readers type for names the content spells out in full. Pagefind requires every known
 * word of a query to match, so an unspelled nickname would otherwise narrow results to pages that
 * happen to contain a similar word ("kstreams" matches the class name `KStream`).
 */
export const queryAliases: Readonly<Record<string, string>> = {
  kstreams: 'kafka streams',
  k8s: 'kubernetes',
  rtm: 'real-time mode',
};

/**
 * Words that carry no topic. Pagefind requires every word it knows to match, so "which has lower
 * latency" would miss the answer that says "have lower latency"; questions are typed in full
 * sentences, so these are dropped from a query that has other words.
 */
export const stopWords: ReadonlySet<string> = new Set(
  (
    'a an and are as at be between by can could did do does for from has have how i if in into is it its ' +
    'me my of on or should than that the their them then there these they this to use using versus vs ' +
    'was we what when where which who why will with would you your'
  ).split(' '),
);

/**
 * A definition question ("what is a watermark", "what are standby replicas") keeps its "what":
 * the pages and glossary entries that define a thing are the ones that ask it ("What is Kafka
 * Streams?"), and without the word every page that mentions the thing competes equally.
 */
const definitionQuestion = /^what\s+(is|are)\s/i;

/** The words Pagefind should search for: aliases expanded, stop words dropped unless nothing else is left. */
export function searchTerms(query: string): string {
  const normalized = normalizeQuery(query);
  const words = normalized
    .split(' ')
    .flatMap((word) => (queryAliases[word.toLowerCase()] ?? word).split(' '))
    .filter(Boolean);
  const common = (word: string) => stopWords.has(word.toLowerCase());
  if (words.every(common)) return words.join(' ');
  const keepWhat = definitionQuestion.test(normalized);
  return words.filter((word) => !common(word) || (keepWhat && word.toLowerCase() === 'what')).join(' ');
}

/** The search state in a URL's query string; unknown facet values are ignored. */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: FacetSelection = {};
  for (const key of facetKeys) {
    const value = params.get(key);
    if (value && facetValueOrder[key].includes(value)) filters[key] = value;
  }
  return { query: normalizeQuery(params.get(queryParam) ?? ''), filters };
}

/** The search page's URL for a state, e.g. `/search/?q=exactly+once&type=FAQ` (under the site's base path). */
export function searchStateUrl(state: SearchState): string {
  const params = new URLSearchParams();
  const query = normalizeQuery(state.query);
  if (query) params.set(queryParam, query);
  for (const key of facetKeys) {
    const value = state.filters[key];
    if (value) params.set(key, value);
  }
  return withBase(searchResultsPath(params));
}
