/**
 * Every internal path and absolute URL of the site is built here and nowhere else (a unit test
 * checks that no other module builds one from a template string).
 *
 * A path is the page's address without the base: "/faq/", "/kafka-streams-vs-spark/table/#state".
 * Content, the anchor lock and the page list use paths. The site can be served under a sub-path
 * (Astro's `base`, e.g. "/docs/"); `withBase` turns a path into the link a page writes, and
 * `absoluteUrl` into the URL a share card, a canonical link or a feed carries.
 */

const defaultBase = (): string => import.meta.env.BASE_URL ?? '/';

const normalized = (base: string) => (base.endsWith('/') ? base : `${base}/`);

export const homePath = '/';

/** A section of the home page: `/#<id>`. */
export const homeSectionPath = (id: string): string => `${homePath}#${id}`;

export const faqPath = '/faq/';

/** The glossary. */
export const glossaryPath = '/glossary/';

/** The change log: what moved in each release line, and the site's own corrections. */
export const changesPath = '/changes/';

/** One entry of the change log, or one of its groups (a project, or the corrections): `/changes/#<id>`. */
export const changeEntryPath = (id: string): string => `${changesPath}#${id}`;

/** The Atom feed of the change log. */
export const changesFeedPath = '/changes.xml';

/** "Which version do I need?": the version matrix. */
export const versionsPath = '/versions/';

/** One capability row of the version matrix: `/versions/#<id>`. */
export const versionRowPath = (id: string): string => `${versionsPath}#${id}`;

/** The search page, which the search form submits to and which shared searches open. */
export const searchPath = '/search/';

export const faviconPath = '/favicon.svg';

export const openSearchPath = '/opensearch.xml';

/** The sitemap index that @astrojs/sitemap writes. */
export const sitemapPath = '/sitemap-index.xml';

/** Where the build writes Pagefind's bundle; pagefind.js is imported from here at runtime. */
export const pagefindPath = '/pagefind/';

/** Pagefind's browser API, which loads the rest of its bundle. */
export const pagefindScriptPath = `${pagefindPath}pagefind.js`;

/** The index's words, most frequent first, for typo correction (written by src/search/pagefind.build.ts). */
export const searchWordsPath = '/search/words.json';

/** The search page with a query string ("q=exactly+once&type=FAQ"), or without one when it is empty. */
export const searchResultsPath = (query: URLSearchParams): string => (query.size > 0 ? `${searchPath}?${query}` : searchPath);

/** An article: its content file name is its address. */
export const articlePath = (slug: string): string => `/${slug}/`;

/** The side-by-side table that belongs to an article. */
export const tablePath = (article: string): string => `${articlePath(article)}table/`;

/** One FAQ entry on the FAQ page. */
export const faqEntryPath = (id: string): string => `${faqPath}#${id}`;

/** A glossary term: `/glossary/#<id>`. */
export const glossaryTermPath = (id: string): string => `${glossaryPath}#${id}`;

/** A section of an article: `/<article>/#<heading id>`. */
export const articleSectionPath = (article: string, section: string): string => `${articlePath(article)}#${section}`;

/** A topic of the FAQ page: `/faq/#<topic id>`. */
export const faqTopicPath = (topic: string): string => `${faqPath}#${topic}`;

/** One row of an article's side-by-side table. */
export const tableRowPath = (article: string, rowId: string): string => `${tablePath(article)}#${rowId}`;

/** The name of a page's share card: "/" → "index", "/a/table/" → "a/table". */
export const shareCardName = (pagePath: string): string => pagePath.replace(/^\/+|\/+$/g, '') || 'index';

/** Where a page's share card is served: "/" → "/og/index.png", "/a/table/" → "/og/a/table.png". */
export const shareCardPath = (pagePath: string): string => `/og/${shareCardName(pagePath)}.png`;

/**
 * The Markdown copy of a page: "/a/" → "/a.md", "/a/table/" → "/a/table.md", "/faq/" → "/faq.md".
 * The home page has none.
 */
export const markdownCopyPath = (pagePath: string): string => {
  if (pagePath === homePath || !pagePath.startsWith('/') || !pagePath.endsWith('/')) {
    throw new Error(`No Markdown copy path for ${pagePath}: only pages below the home page have one`);
  }
  return `${pagePath.slice(0, -1)}.md`;
};

/** The index of the Markdown copies for language models (llmstxt.org). */
export const llmsTxtPath = '/llms.txt';

/** The path of a file of the build output: "faq/index.html" → "/faq/", "404.html" → "/404.html". */
export const builtFilePath = (file: string): string => `/${file}`.replace(/(^|\/)index\.html$/, '$1');

/** "/faq/#x" → "/docs/faq/#x" under base "/docs/"; anything not root-relative is returned as is. */
export function withBase(path: string, base: string = defaultBase()): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  return `${normalized(base)}${path.slice(1)}`;
}

/** "/docs/faq/" → "/faq/" under base "/docs/": the page path content and lock files use. */
export function stripBase(pathname: string, base: string = defaultBase()): string {
  const b = normalized(base);
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}

/** The absolute URL of a path on the published site: origin from `site`, then the base, then the path. */
export function absoluteUrl(path: string, site: URL | string | undefined, base: string = defaultBase()): string {
  if (!site) throw new Error(`An absolute URL for ${path} needs \`site\` in astro.config.ts`);
  return new URL(withBase(path, base), site).href;
}
