/** What the status line says (and screen readers announce) after a search. */
export interface StatusInput {
  /** The query as typed, normalized. */
  readonly query: string;
  /** The words searched after corrections; differs from the query's words only when `corrected`. */
  readonly searched: string;
  readonly corrected: boolean;
  readonly total: number;
  /** How many results are on screen. */
  readonly shown: number;
  readonly filtered: boolean;
}

const results = (n: number) => `${n} ${n === 1 ? 'result' : 'results'}`;

export function statusText({ query, searched, corrected, total, shown, filtered }: StatusInput): string {
  const scope = filtered ? ' with these filters' : '';
  // Without words, a search only lists what the filters select.
  if (!query) return total === 0 ? `No results${scope}.` : `${results(total)}${scope}.`;
  const heading = corrected
    ? `No match for “${query}”; ${total === 0 ? 'nothing' : results(total)} for “${searched}”${scope}.`
    : total === 0
      ? `No results for “${query}”${scope}.`
      : `${results(total)} for “${query}”${scope}.`;
  return shown > 0 && shown < total ? `${heading} Showing the first ${shown}.` : heading;
}
