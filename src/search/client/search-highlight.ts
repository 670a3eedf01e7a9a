/**
 * On a page opened from a search result, highlights the searched words in the main content with
 * the CSS Custom Highlight API: no element is added, so headings, ids and layout stay untouched
 * and nothing shifts. Loaded only when the URL carries the highlight parameter.
 */
import { highlightPattern, matchRanges } from '../highlight-terms';
import { highlightParam } from '../highlight-param';

/** Name used in CSS: `::highlight(search-terms)`. */
const highlightName = 'search-terms';

function highlightTerms(): void {
  const pattern = highlightPattern(new URLSearchParams(location.search).getAll(highlightParam));
  const root = document.querySelector('main');
  // Browsers without the API simply show the page unhighlighted.
  if (!pattern || !root || !('highlights' in CSS)) return;
  const ranges: Range[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    for (const [start, end] of matchRanges(text.data, pattern)) {
      const range = new Range();
      range.setStart(text, start);
      range.setEnd(text, end);
      ranges.push(range);
    }
  }
  CSS.highlights.set(highlightName, new Highlight(...ranges));
}

highlightTerms();
