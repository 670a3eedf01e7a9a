import {
  articlePath,
  changesPath,
  faqPath,
  glossaryPath,
  homePath,
  homeSectionPath,
  markdownCopyPath,
  tablePath,
  versionsPath,
} from '../routes';
import { siteName } from '../site';
import { sortReleases } from '../changes/change-log';
import { releaseName } from '../changes/release-name';
import { loadContent, type SiteContent } from './site-content';

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
  /**
   * Where the page's Markdown copy is served (src/markdown-copy/), announced in its head and
   * listed in /llms.txt; undefined for a page without one (the home page).
   */
  readonly markdownCopy?: string;
  /** The last substantive edit of what the page shows: an article's `updated`, the newest of them for pages drawn from several. */
  readonly updated?: Date;
}

const homeDescription =
  'Kafka Streams, Spark Structured Streaming or Flink? A sourced, current comparison for architects: deployment, latency, scaling, state and when each wins.';

/**
 * Articles the header names outside its "More" list, the first by `order`; the rest of the
 * articles and the tables sit behind the disclosure, so the header keeps its size at 360 px.
 */
export const navPrimaryArticles = 1;

/** Articles the "More" list names at most; with more, it ends in a link to the home page's list. */
export const navMoreArticles = 8;

function listPages({ articles, comparisons, log, releases }: SiteContent): PageMeta[] {
  // "Kafka 4.0, Spark 4.0 and Flink 2.0": the oldest line the log follows of each project, from the data.
  const firsts = sortReleases(releases)
    .filter((r, i, all) => all[i - 1]?.project !== r.project)
    .map(releaseName);
  const since = firsts.length > 1 ? `${firsts.slice(0, -1).join(', ')} and ${firsts.at(-1)}` : (firsts[0] ?? 'the current releases');
  const updatedOf = (article: string) => articles.find((a) => a.id === article)?.data.updated;
  const newest = new Date(Math.max(...articles.map((a) => a.data.updated.getTime())));
  return [
    {
      path: homePath,
      title: `${siteName}: Kafka Streams, Spark and Flink, compared`,
      description: homeDescription,
      type: 'website',
      parents: [],
    },
    ...articles.map((a): PageMeta => ({
      path: articlePath(a.id),
      title: a.data.title,
      description: a.data.description,
      type: 'article',
      parents: [homePath],
      markdownCopy: markdownCopyPath(articlePath(a.id)),
      updated: a.data.updated,
    })),
    ...comparisons.map((t): PageMeta => ({
      path: tablePath(t.data.article),
      title: t.data.title,
      description: `${t.data.rows.length} dimensions compared in one printable table, each row linkable and backed by primary sources.`,
      type: 'website',
      parents: [homePath, articlePath(t.data.article)],
      markdownCopy: markdownCopyPath(tablePath(t.data.article)),
      updated: updatedOf(t.data.article) ?? newest,
    })),
    {
      path: faqPath,
      title: 'FAQ: Kafka Streams, Spark and Flink',
      description: 'Short, sourced answers to the questions architects ask when choosing between Kafka Streams, Spark and Flink.',
      type: 'website',
      parents: [homePath],
      markdownCopy: markdownCopyPath(faqPath),
      updated: newest,
    },
    {
      path: glossaryPath,
      title: 'Glossary: Kafka Streams, Spark and Flink terms',
      description:
        'The terms of stream processing this site uses, from sub-topology to watermark, each defined briefly and linked to where it matters.',
      type: 'website',
      parents: [homePath],
      markdownCopy: markdownCopyPath(glossaryPath),
      updated: newest,
    },
    {
      path: changesPath,
      title: 'What changed in Kafka, Spark and Flink',
      description: `Each release line since ${since}: what moved for stream processing, why it matters, and the corrections to this site.`,
      type: 'website',
      parents: [homePath],
      ...(log[0] ? { updated: log[0].date } : {}),
    },
    {
      path: versionsPath,
      title: 'Which version do I need: Kafka, Spark, Flink',
      description:
        'Capabilities of Kafka Streams, Spark Structured Streaming and Flink against their release lines, each cell linked to the change that set it.',
      type: 'website',
      parents: [homePath, changesPath],
      ...(log[0] ? { updated: log[0].date } : {}),
    },
  ];
}

interface NavItem {
  readonly href: string;
  readonly label: string;
}

/** The main navigation: what the header always shows, and what its "More" disclosure lists. */
export interface Navigation {
  readonly primary: readonly NavItem[];
  readonly more: readonly NavItem[];
}

/** The first article(s) (see `navPrimaryArticles`), the FAQ and the glossary first; the other articles and each table under "More". */
function listNav({ articles, comparisons }: SiteContent): Navigation {
  const articleItem = (a: SiteContent['articles'][number]) => ({ href: articlePath(a.id), label: a.data.navLabel ?? a.data.title });
  const navLabel = (article: string) => articles.find((a) => a.id === article)?.data.navLabel ?? article;
  return {
    primary: [
      ...articles.slice(0, navPrimaryArticles).map(articleItem),
      { href: faqPath, label: 'FAQ' },
      { href: glossaryPath, label: 'Glossary' },
    ],
    more: [
      ...articles.slice(navPrimaryArticles, navPrimaryArticles + navMoreArticles).map(articleItem),
      ...(articles.length > navPrimaryArticles + navMoreArticles
        ? [{ href: homeSectionPath('articles'), label: `All ${articles.length} articles` }]
        : []),
      ...comparisons.map((t) => ({ href: tablePath(t.data.article), label: `${navLabel(t.data.article)}: table` })),
    ],
  };
}

interface PageIndex {
  readonly list: readonly PageMeta[];
  readonly byPath: ReadonlyMap<string, PageMeta>;
  readonly nav: Navigation;
}

// Every page of a build asks for these; they are derived once from each loaded content set.
const indexes = new WeakMap<SiteContent, PageIndex>();

async function pageIndex(): Promise<PageIndex> {
  const content = await loadContent();
  let index = indexes.get(content);
  if (!index) {
    const list = listPages(content);
    index = { list, byPath: new Map(list.map((p) => [p.path, p])), nav: listNav(content) };
    indexes.set(content, index);
  }
  return index;
}

/** Every page the site builds except the 404 page; titles and descriptions are defined here once. */
export async function sitePages(): Promise<readonly PageMeta[]> {
  return (await pageIndex()).list;
}

/** The metadata of the page at `path`, or undefined when the site has no such page. */
export async function findPage(path: string): Promise<PageMeta | undefined> {
  return (await pageIndex()).byPath.get(path);
}

/** The main navigation (see `listNav`). */
export async function navItems(): Promise<Navigation> {
  return (await pageIndex()).nav;
}

/** The pages that have a Markdown copy, in the order of sitePages(). */
export async function pagesWithCopies(): Promise<readonly (PageMeta & { readonly markdownCopy: string })[]> {
  return (await pageIndex()).list.filter((p): p is PageMeta & { markdownCopy: string } => p.markdownCopy !== undefined);
}

/** The metadata of one page; a page missing from sitePages() is a programming error. */
export async function pageMeta(path: string): Promise<PageMeta> {
  const page = await findPage(path);
  if (!page) throw new Error(`No page metadata for ${path}: add it to src/data/site-pages.ts`);
  return page;
}
