/**
 * Typo tolerance. Pagefind matches words by prefix and stem but not with a letter wrong, so a
 * query for "rocksbd" finds nothing. The build writes the index's words, most frequent first;
 * a query word that Pagefind cannot match is replaced by the most frequent word one edit away.
 */

/** Shorter words are left alone: one edit changes too much of them ("rtm" → "rate"). */
export const minCorrectableLength = 4;

// Pagefind drops these from query words before matching (dashes, brackets, quotes, other punctuation).
const punctuation = /[\p{Pd}\p{Ps}\p{Pe}\p{Pi}\p{Pf}\p{Po}]/gu;

/** A word as Pagefind matches it: lower case, punctuation dropped ("Micro-batch" → "microbatch"). */
export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(punctuation, '');
}

/** Whether a normalized word is long enough, and not a number, to be corrected or corrected towards. */
export const isCorrectable = (word: string): boolean => word.length >= minCorrectableLength && !/^\d+$/.test(word);

/** The words of a text worth correcting towards: normalized, plus the parts of joined words ("micro", "batch"). */
export function indexWords(text: string): string[] {
  return text
    .split(/\s+/)
    .flatMap((token) => {
      const parts = token.toLowerCase().split(punctuation).filter(Boolean);
      return parts.length > 1 ? [normalizeWord(token), ...parts] : [normalizeWord(token)];
    })
    .filter(isCorrectable);
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

/**
 * The most frequent vocabulary word one edit away from `word`, or the start of one ("watermrk" →
 * "watermark", the start of "watermarks"), which Pagefind then matches by prefix as usual.
 */
export function correctWord(word: string, vocabulary: readonly string[]): string | undefined {
  if (!isCorrectable(word)) return undefined;
  for (const candidate of vocabulary) {
    const starts = [candidate, candidate.slice(0, word.length), candidate.slice(0, word.length + 1)];
    const match = starts.find((start) => start.length >= minCorrectableLength && isOneEditApart(word, start));
    if (match) return match;
  }
  return undefined;
}
