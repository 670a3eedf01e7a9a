import { siteName } from '../lib/site';
import { loadContent } from './site-content';

/** What every page says about itself in <head>, in share cards and in breadcrumbs. */
export interface PageMeta {
  /** Path without the base, e.g. "/faq/". */
  readonly path: string;
  /** Page title without the site name; the home page's is the site name. */
  readonly title: string;
  readonly description: string;
  /** `article` for articles (og:type article, TechArticle data), else `website`. */
  readonly type: 'article' | 'website';
  /** The pages above this one, nearest last (not including the page itself). */
  readonly parents: readonly string[];
}

const homeDescription =
  'Kafka Streams or Spark Structured Streaming? A sourced, current comparison for architects: deployment, latency, scaling, state and when each wins.';

/** Every page the site builds except the 404 page; titles and descriptions are defined here once. */
export async function sitePages(): Promise<PageMeta[]> {
  const { articles, comparisons } = await loadContent();
  return [
    { path: '/', title: `${siteName}: Kafka Streams, Spark and Flink, compared`, description: homeDescription, type: 'website', parents: [] },
    ...articles.map((a): PageMeta => ({ path: `/${a.id}/`, title: a.data.title, description: a.data.description, type: 'article', parents: ['/'] })),
    ...comparisons.map((t): PageMeta => ({
      path: `/${t.data.article}/table/`,
      title: t.data.title,
      description: `${t.data.rows.length} dimensions compared in one printable table, each row linkable and backed by primary sources.`,
      type: 'website',
      parents: ['/', `/${t.data.article}/`],
    })),
    {
      path: '/faq/',
      title: 'FAQ: Kafka Streams, Spark and Flink',
      description: 'Short, sourced answers to the questions architects ask when choosing between Kafka Streams, Spark and Flink.',
      type: 'website',
      parents: ['/'],
    },
  ];
}

/** The main navigation: each article, each side-by-side table, and the FAQ. */
export async function navItems(): Promise<{ href: string; label: string }[]> {
  const { articles, comparisons } = await loadContent();
  return [
    ...articles.map((a) => ({ href: `/${a.id}/`, label: a.data.navLabel ?? a.data.title })),
    ...comparisons.map((t) => ({ href: `/${t.data.article}/table/`, label: comparisons.length > 1 ? `${t.data.article} table` : 'Table' })),
    { href: '/faq/', label: 'FAQ' },
  ];
}

/** The metadata of one page; a page missing from sitePages() is a programming error. */
export async function pageMeta(path: string): Promise<PageMeta> {
  const page = (await sitePages()).find((p) => p.path === path);
  if (!page) throw new Error(`No page metadata for ${path}: add it to src/data/site-pages.ts`);
  return page;
}
