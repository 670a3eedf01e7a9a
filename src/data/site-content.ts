import { getCollection, type CollectionEntry } from 'astro:content';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from './content-checks';
import { contentDir, contentFiles, strayContentFiles } from './content-layout';
import {
  decisionIdsIn,
  factIdsIn,
  linksIn,
  parseMdx,
  pinnedHeadingsIn,
  plainText,
  termIdsIn,
  type MdxNode,
  type PinnedHeading,
} from './mdx-body';
import { formatFact } from '../facts/format-fact';
import { parse as parseYaml } from 'yaml';
import { changeLog, type LoggedEntry, type LoggedRelease } from '../changes/change-log';

export type ArticleEntry = CollectionEntry<'articles'>;
export type FaqEntry = CollectionEntry<'faq'>;
export type ComparisonEntry = CollectionEntry<'comparisons'>;
export type DecisionEntry = CollectionEntry<'decisions'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;
export type FactEntry = CollectionEntry<'facts'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type CapabilityEntry = CollectionEntry<'capabilities'>;

export interface SiteContent {
  readonly articles: ArticleEntry[];
  readonly faq: FaqEntry[];
  readonly comparisons: ComparisonEntry[];
  readonly decisions: DecisionEntry[];
  /** Glossary terms, alphabetically. */
  readonly glossary: GlossaryEntry[];
  readonly facts: ReadonlyMap<string, FactEntry>;
  readonly sources: ReadonlyMap<string, SourceEntry>;
  /** The change log (content/changes.yaml), newest first, each entry with its date and release. */
  readonly log: readonly LoggedEntry[];
  /** The release lines (content/releases.yaml) the log and the version matrix name. */
  readonly releases: readonly LoggedRelease[];
  /** The version matrix's rows (content/capabilities.yaml), in file order. */
  readonly capabilities: readonly CapabilityEntry[];
  /** The text a fact renders as; for plain-text uses such as structured data. */
  readonly factText: (id: string) => string;
  /** What an article's or FAQ entry's MDX body says, read once when content loads. */
  readonly body: (entry: ArticleEntry | FaqEntry) => BodyFacts;
  /** A pinned h2/h3 of an article, with the article, or undefined when either is missing. */
  readonly section: (
    articleId: string,
    headingId: string,
  ) => { readonly article: ArticleEntry; readonly heading: PinnedHeading } | undefined;
  /** Old ids on a page that now point at `id` (content/anchor-aliases.yaml). */
  readonly aliasesFor: (pagePath: string, id: string) => string[];
}

/** An MDX body as the pages read it besides rendering it. */
export interface BodyFacts {
  /** Ids of every <Fact id="…" /> the body uses, in order of first use. */
  readonly factIds: readonly string[];
  /** The body as plain text, facts as their values: the answer in structured data and search. */
  readonly text: string;
  /** Its h2 and h3 headings with pinned ids: what decision rules and other data may link to. */
  readonly headings: readonly PinnedHeading[];
  /** The syntax tree it was parsed into, for other renderings (the Markdown copies). */
  readonly tree: MdxNode;
  /** Ids of the decisions it shows with `<DecisionTable>` and with `<DecisionGuide>`: their facts are cited on its page. */
  readonly decisionIds: { readonly tables: readonly string[]; readonly guides: readonly string[] };
}

/** Parses a body; invalid MDX fails the build with the file named. */
function parseBody(entry: ArticleEntry | FaqEntry) {
  try {
    return parseMdx(entry.body ?? '');
  } catch (error) {
    throw new Error(`${entry.filePath ?? entry.id}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Lines before an entry's body in its file (the frontmatter), so body lines can be given as file lines. */
function bodyLineOffset(entry: ArticleEntry | FaqEntry): number {
  if (!entry.filePath || !entry.body) return 0;
  let raw: string;
  try {
    raw = readFileSync(entry.filePath, 'utf8');
  } catch {
    return 0;
  }
  const start = raw.indexOf(entry.body);
  return start <= 0 ? 0 : raw.slice(0, start).split('\n').length - 1;
}

/**
 * Entries of a YAML collection in the order of their file. Astro's data store hands them back
 * sorted by id, while the change log breaks ties and the version matrix orders its rows by the
 * order their authors chose.
 */
function inFileOrder<T extends { id: string }>(entries: readonly T[], file: string): T[] {
  const keys = Object.keys((parseYaml(readFileSync(file, 'utf8')) as Record<string, unknown> | null) ?? {});
  const position = (id: string) => keys.indexOf(id);
  return [...entries].sort((a, b) => position(a.id) - position(b.id));
}

const byOrder = <T extends { id: string; data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order || a.id.localeCompare(b.id);

async function load(): Promise<SiteContent> {
  const [articles, faq, comparisons, decisions, glossary, facts, sources, anchorAliases, releases, changes, capabilities] =
    await Promise.all([
      getCollection('articles'),
      getCollection('faq'),
      getCollection('comparisons'),
      getCollection('decisions'),
      getCollection('glossary'),
      getCollection('facts'),
      getCollection('sources'),
      getCollection('anchorAliases'),
      getCollection('releases'),
      getCollection('changes'),
      getCollection('capabilities'),
    ]);
  const root = contentDir();
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'));
  const stray = strayContentFiles(files);
  if (stray.length > 0) {
    throw new Error(
      `Content files that no collection loads (or whose names are not kebab-case):\n  ${stray.map((f) => `${root}/${f}`).join('\n  ')}\n` +
        'Move or rename them (see src/data/content-layout.ts), or delete them.',
    );
  }
  const empty = Object.entries({ articles, faq, comparisons, facts, sources }).filter(([, list]) => list.length === 0);
  if (empty.length > 0) {
    throw new Error(
      `No content found for ${empty.map(([name]) => name).join(', ')} under ${root}/ (check the file names and src/content.config.ts)`,
    );
  }
  // Each MDX body is parsed once: the facts it cites are checked here, its text is read by pages and search.
  const parsed = new Map(
    [...articles, ...faq].map((entry) => {
      const tree = parseBody(entry);
      const offset = bodyLineOffset(entry);
      const links = linksIn(tree).map((link) => ({ ...link, line: link.line + offset }));
      return [entry, { tree, factIds: factIdsIn(tree), termIds: termIdsIn(tree), links }] as const;
    }),
  );
  const problems = checkContent(
    { articles, faq, comparisons, decisions, glossary, facts, sources, changeLog: { releases, changes, capabilities } },
    {
      facts: `${root}/${contentFiles.facts}`,
      sources: `${root}/${contentFiles.sources}`,
      glossary: `${root}/${contentFiles.glossary}`,
      releases: `${root}/${contentFiles.releases}`,
      changes: `${root}/${contentFiles.changes}`,
      capabilities: `${root}/${contentFiles.capabilities}`,
    },
    (entry) => {
      const body = parsed.get(entry as ArticleEntry | FaqEntry);
      // Heading ids do not depend on the facts a heading shows, so no fact text is needed yet.
      const headingIds = body ? pinnedHeadingsIn(body.tree, () => '').map((h) => h.id) : [];
      return { factIds: body?.factIds ?? [], termIds: body?.termIds ?? [], links: body?.links ?? [], headingIds };
    },
  );
  if (problems.length > 0) {
    throw new Error(`Content has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  }
  const factMap = new Map(facts.map((f) => [f.id, f]));
  const releaseList = releases.map((r) => ({ id: r.id, ...r.data }));
  const factText = (id: string) => {
    const fact = factMap.get(id);
    if (!fact) throw new Error(`unknown fact id "${id}"`);
    return formatFact(fact.data);
  };
  const bodies = new Map(
    [...parsed].map(([entry, { tree, factIds }]): [ArticleEntry | FaqEntry, BodyFacts] => [
      entry,
      { factIds, text: plainText(tree, factText), headings: pinnedHeadingsIn(tree, factText), decisionIds: decisionIdsIn(tree), tree },
    ]),
  );
  return {
    articles: articles.sort(byOrder),
    faq: faq.sort(byOrder),
    comparisons,
    decisions,
    glossary: glossary.sort((a, b) => a.data.term.localeCompare(b.data.term, 'en')),
    facts: factMap,
    sources: new Map(sources.map((s) => [s.id, s])),
    releases: releaseList,
    log: changeLog(inFileOrder(changes, `${root}/${contentFiles.changes}`), releaseList),
    capabilities: inFileOrder(capabilities, `${root}/${contentFiles.capabilities}`),
    aliasesFor: (pagePath, id) => {
      const aliases = anchorAliases.find((a) => a.id === pagePath)?.data ?? {};
      return Object.entries(aliases).flatMap(([old, current]) => (current === id ? [old] : []));
    },
    factText,
    section: (articleId, headingId) => {
      const article = articles.find((a) => a.id === articleId);
      const heading = article ? bodies.get(article)?.headings.find((h) => h.id === headingId) : undefined;
      return article && heading ? { article, heading } : undefined;
    },
    body: (entry) => {
      const body = bodies.get(entry);
      if (!body) throw new Error(`${entry.id}: not an entry of this content set`);
      return body;
    },
  };
}

let cached: Promise<SiteContent> | undefined;

/** All content, loaded and cross-checked once per build; a broken reference fails the build. */
export function loadContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}
