/**
 * One change to the browser script Pagefind 1.6 writes (pagefind.js). To build a result's excerpts
 * it splits the page's whole text into words once for every section holding a match, so the data of
 * the 12,000-word comparison costs 25–37 ms of main thread per call, on each keystroke that lists it:
 * longer than the 30 ms between a fast typist's keys. The patched script splits each text once and
 * gives every excerpt its own copy of the words (the excerpt marks matches in it), which brings the
 * call to a few milliseconds with the same excerpts (tests/build/search-excerpts.test.ts).
 *
 * The change is matched exactly: when a Pagefind release words the code differently, the build
 * fails here instead of shipping an unpatched or broken script.
 */

const splitCall = 'fragment_words=content.split(word_separators);';
const excerptBuilder = 'var build_excerpt=';

/** Declared before the excerpt builder; `word_separators` is Pagefind's own pattern. */
const splitOnce =
  'var splitWordsCache=new Map();' +
  'var splitWordsOnce=(content)=>{let words=splitWordsCache.get(content);' +
  'if(!words){words=content.split(word_separators);splitWordsCache.set(content,words);}return words;};';

/** Marks a patched script, so the build's checks can tell. */
export const patchMarker = 'splitWordsOnce';

function replaceOnce(source: string, find: string, replace: string): string {
  const at = source.indexOf(find);
  if (at === -1 || source.indexOf(find, at + 1) !== -1) {
    throw new Error(
      `pagefind.js: expected "${find}" exactly once (written for Pagefind 1.6); check src/search/pagefind-script-patch.ts against this release`,
    );
  }
  return source.slice(0, at) + replace + source.slice(at + find.length);
}

/** pagefind.js with each page's text split into words once. */
export function patchPagefindScript(source: string): string {
  const split = replaceOnce(source, splitCall, 'fragment_words=splitWordsOnce(content).slice();');
  return replaceOnce(split, excerptBuilder, splitOnce + excerptBuilder);
}
