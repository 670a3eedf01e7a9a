import type { PagefindResultData, PagefindSubResult } from './pagefind-api';
import { contentTypes } from './facets';

/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptPart {
  readonly text: string;
  readonly match: boolean;
}

/** One result as the search box shows it. */
export interface SearchHit {
  /** Where the result lands: the page, section, question or row, with the highlight parameters. */
  readonly url: string;
  /** What the reader lands on: the section heading, the question, the row's dimension. */
  readonly title: string;
  /** Where that sits: the article's title, the question's topic, the table's title. */
  readonly context: string;
  readonly type: string;
  readonly excerpt: readonly ExcerptPart[];
}

/**
 * Pagefind excerpts are HTML in which only `<`, `>` and the `<mark>` around matches are markup.
 * Splitting them into parts lets the UI build text nodes instead of assigning HTML.
 */
export function parseExcerpt(html: string): ExcerptPart[] {
  const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
  return html
    .split(/(<mark>.*?<\/mark>)/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const marked = /^<mark>(.*)<\/mark>$/.exec(piece);
      return { text: decode(marked?.[1] ?? piece), match: marked !== null };
    });
}

const wordKey = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** The query term a matched word stands for: the one it starts with, or the one it is the stem of ("batch" for "batches"). */
function termOf(word: string, terms: readonly string[]): string | undefined {
  const key = wordKey(word);
  return terms.find((term) => key.startsWith(term)) ?? terms.find((term) => key.length >= 3 && term.startsWith(key));
}

/**
 * The section of a page that best answers the query: the one matching the most different query
 * terms, then the highest total score. Counting terms first keeps a section that matches the
 * whole query ahead of the page's opening, whose title words alone score high.
 */
export function bestSection(data: PagefindResultData, query: string): PagefindSubResult | undefined {
  const words = data.content.split(/\s+/);
  const terms = query.split(' ').map(wordKey).filter(Boolean);
  const rank = (section: PagefindSubResult) => ({
    distinct: new Set(section.weighted_locations.map((l) => termOf(words[l.location] ?? '', terms)).filter(Boolean)).size,
    score: section.weighted_locations.reduce((sum, l) => sum + l.balanced_score, 0),
  });
  let best: PagefindSubResult | undefined;
  let bestRank = { distinct: -1, score: -1 };
  for (const section of data.sub_results) {
    const r = rank(section);
    if (r.distinct > bestRank.distinct || (r.distinct === bestRank.distinct && r.score > bestRank.score)) {
      best = section;
      bestRank = r;
    }
  }
  return best;
}

/**
 * A Pagefind result as a hit. Records (FAQ entries, table rows) land on themselves; a page lands
 * on its best section, titled by its heading with the page's title as the context, or on its top
 * when the best match is the text before the first heading.
 */
export function toSearchHit(data: PagefindResultData, query: string): SearchHit {
  const type = data.filters['type']?.[0] ?? contentTypes.article;
  const pageTitle = data.meta['title'] ?? '';
  if (type === contentTypes.faq || type === contentTypes.tableRow) {
    return { url: data.url, title: pageTitle, context: data.meta['context'] ?? '', type, excerpt: parseExcerpt(data.excerpt) };
  }
  const section = bestSection(data, query);
  if (!section?.anchor)
    return { url: section?.url ?? data.url, title: pageTitle, context: '', type, excerpt: parseExcerpt(section?.excerpt ?? data.excerpt) };
  return { url: section.url, title: section.title, context: pageTitle, type, excerpt: parseExcerpt(section.excerpt) };
}
