/** What `relatedArticles` reads of an article. */
interface ArticleLike {
  readonly id: string;
  readonly data: { readonly systems: readonly string[]; readonly order: number };
}

/** How many related articles an article lists: a page's size must not grow with the site's. */
export const relatedLimit = 4;

/**
 * The other articles about the same systems as `article` (at most `limit`): most shared systems
 * first, then in site order. The "Related" block and the table of contents both read this.
 */
export function relatedArticles<A extends ArticleLike>(article: ArticleLike, articles: readonly A[], limit = relatedLimit): A[] {
  const shared = (other: ArticleLike) => other.data.systems.filter((s) => article.data.systems.includes(s)).length;
  return articles
    .filter((a) => a.id !== article.id && shared(a) > 0)
    .sort((a, b) => shared(b) - shared(a) || a.data.order - b.data.order)
    .slice(0, limit);
}
