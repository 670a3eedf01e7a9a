/**
 * The part of Pagefind's browser API (pagefind.js, written to /pagefind/ by the build) that the
 * site uses. pagefind.js is imported at runtime from the built bundle, so no package types exist
 * for it; these mirror Pagefind 1.6's documented result shapes.
 */

/** One matched word: where it is in the page's text and how much it counted. */
export interface PagefindLocation {
  readonly weight: number;
  readonly balanced_score: number;
  readonly location: number;
}

/** A section of a page (the text after a heading with an id, or before the first one). */
export interface PagefindSubResult {
  readonly title: string;
  readonly url: string;
  /** HTML: text with `<`, `>` escaped and matches wrapped in `<mark>`. */
  readonly excerpt: string;
  /** Present for sections that start at a heading; absent for the text before the first one. */
  readonly anchor?: { readonly element: string; readonly id: string; readonly text?: string };
  readonly weighted_locations: readonly PagefindLocation[];
}

export interface PagefindResultData {
  readonly url: string;
  /** The indexed text; `weighted_locations` count its whitespace-separated words. */
  readonly content: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly filters: Readonly<Record<string, readonly string[] | undefined>>;
  readonly sub_results: readonly PagefindSubResult[];
}

export interface PagefindResult {
  readonly id: string;
  readonly score: number;
  data(): Promise<PagefindResultData>;
}

/** Counts per filter value: `{ type: { FAQ: 3 } }`. */
export type PagefindFilterCounts = Readonly<Record<string, Readonly<Record<string, number>>>>;

export interface PagefindResponse {
  readonly results: readonly PagefindResult[];
  readonly unfilteredResultCount: number;
  /** Counts within the filtered results. */
  readonly filters: PagefindFilterCounts;
  /** Counts for the query without filters. */
  readonly totalFilters: PagefindFilterCounts;
}

export interface PagefindSearchOptions {
  readonly filters?: Readonly<Record<string, string>>;
}

export interface Pagefind {
  options(options: object): Promise<void>;
  init(): Promise<void>;
  /** A null term lists every page that passes the filters. */
  search(term: string | null, options?: PagefindSearchOptions): Promise<PagefindResponse>;
  /** Fetches the index chunks a search for `term` needs, without searching. */
  preload(term: string, options?: PagefindSearchOptions): Promise<void>;
  destroy(): Promise<void>;
}
