/**
 * Typo tolerance. Pagefind matches words by prefix and stem but not with a letter wrong, so a
 * query for "rocksbd" finds nothing. The build writes the index's words, most frequent first;
 * a query word that Pagefind cannot match is replaced by the most frequent word one edit away.
 */

/** Shorter words are left alone: one edit changes too much of them ("rtm" → "rate"). */
export const minCorrectableLength = 4;

// Pagefind drops these from query words before matching (dashes, brackets, quotes, other punctuation).
const punctuation = /[\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}]/gu;

/** Words of a text as Pagefind matches them: lower case, punctuation dropped, joined and split forms of "micro-batch". */
export function indexWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/\s+/)
    .flatMap((token) => {
      const joined = token.replace(punctuation, '');
      const parts = token.split(punctuation).filter(Boolean);
      return parts.length > 1 ? [joined, ...parts] : [joined];
    })
    .filter((word) => word.length >= minCorrectableLength && !/^\d+$/.test(word));
}

/** The distinct words of some texts, most frequent first (ties alphabetical, so builds are reproducible). */
export function buildVocabulary(texts: Iterable<string>): string[] {
  const counts = new Map<string, number>();
  for (const text of texts) for (const word of indexWords(text)) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([word]) => word);
}

/** Whether two words differ by one insertion, deletion, substitution or swap of neighbouring letters. */
export function isOneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const restA = a.slice(start, endA);
  const restB = b.slice(start, endB);
  if (restA.length <= 1 && restB.length <= 1) return true;
  return restA.length === 2 && restB.length === 2 && restA[0] === restB[1] && restA[1] === restB[0];
}

/** The most frequent vocabulary word one edit away from `word`, if any. */
export function correctWord(word: string, vocabulary: readonly string[]): string | undefined {
  if (word.length < minCorrectableLength) return undefined;
  return vocabulary.find((candidate) => isOneEditApart(word, candidate));
}
