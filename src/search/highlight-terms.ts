/**
 * Finding the searched words on the page a result opened. Pagefind passes the words as searched
 * (lower case, punctuation dropped: "micro-batch" arrives as "microbatch") and matches by prefix
 * and stem, so a page word counts when it starts with the term, with punctuation allowed between
 * its letters, after a plural or verb ending is taken off the term ("batches" finds "batch").
 */

const ending = /(?:ing|ed|es|s)$/;

/** The term to look for at the start of page words: lower case, an ending dropped from longer terms. */
export function termStem(term: string): string {
  const letters = term.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return letters.length > 4 ? letters.replace(ending, '') : letters;
}

const escape = (char: string) => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern matching every page word that starts with one of the terms; undefined for no terms. */
export function highlightPattern(terms: readonly string[]): RegExp | undefined {
  const stems = [...new Set(terms.map(termStem).filter((stem) => stem.length >= 2))].sort((a, b) => b.length - a.length);
  if (stems.length === 0) return undefined;
  const alternatives = stems.map((stem) => [...stem].map(escape).join('[-._]?'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/** Start and end offsets of every match of the pattern in a text. */
export function matchRanges(text: string, pattern: RegExp): Array<readonly [number, number]> {
  return [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length] as const);
}
