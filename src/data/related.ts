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
  // One pass keeping the best `limit` in order: every page asks, so sorting every article each time would grow with the square of the site.
  const best: { readonly other: A; readonly shared: number }[] = [];
  for (const other of articles) {
    if (other.id === article.id) continue;
    const shared = other.data.systems.filter((s) => article.data.systems.includes(s)).length;
    if (shared === 0) continue;
    const at = best.findIndex((b) => shared > b.shared || (shared === b.shared && other.data.order < b.other.data.order));
    if (at === -1) {
      if (best.length < limit) best.push({ other, shared });
    } else {
      best.splice(at, 0, { other, shared });
      if (best.length > limit) best.pop();
    }
  }
  return best.map((b) => b.other);
}
