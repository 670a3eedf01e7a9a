import type { RootContent } from 'mdast';
import type { ArticleEntry, ComparisonEntry, FaqEntry, SiteContent } from '../data/site-content';
import type { PageMeta } from '../data/site-pages';
import { byPrimaryTopic, topics } from '../data/topics';
import { articleCitations, pageCitations } from '../facts/citations';
import { cellFactIds } from '../facts/cell-markup';
import { citeLabel } from '../facts/cite-label';
import { citedSources, estimatesNote } from '../facts/cited-sources';
import { formatFact } from '../facts/format-fact';
import { relatedTerms, termPlaces } from '../glossary/places';
import { isoDate } from '../lib/format-date';
import { articlePath, glossaryTermPath } from '../routes';
import { comparisonTableNodes, markdownConverters } from './converters';
import { cellNodes, heading, link, list, paragraph } from './nodes';
import { mdxToMdast, text, type CopyContext } from './mdx-to-mdast';
import { serializeMarkdown } from './serialize';

/**
 * The Markdown copy of each kind of page: the same content as the HTML page, in the same order,
 * with every site link absolute so a copy reads on its own. Each starts with the title, the
 * description and the canonical URL with the date; each ends with the sources its facts cite.
 */

/** The absolute URL of a site path. */
export type AbsoluteUrl = (path: string) => string;

/** Title, description, canonical URL and date. */
function header(meta: PageMeta, url: AbsoluteUrl): RootContent[] {
  const canonical = url(meta.path);
  return [
    heading(1, [text(meta.title)]),
    { type: 'blockquote', children: [paragraph([text(meta.description)])] },
    paragraph([
      text('Canonical page: '),
      link(canonical, [text(canonical)]),
      ...(meta.updated ? [text(` · Updated ${isoDate(meta.updated)}`)] : []),
    ]),
  ];
}

/** "Sources" (and "Estimates" when the page has some), as the HTML page lists them. */
function sourceNodes(factIds: readonly string[], sourceIds: readonly string[], ctx: CopyContext): RootContent[] {
  const { sources, estimates } = citedSources(factIds, sourceIds, ctx.content);
  const fail = (message: string) => new Error(`${ctx.pagePath}: sources: ${message}`);
  return [
    heading(2, [text('Sources')]),
    ...(sources.length > 0 ? [list(sources.map((s) => [link(s.data.url, [text(s.data.title)]), text(` (${citeLabel(s.data)})`)]))] : []),
    ...(estimates.length > 0
      ? [
          heading(3, [text('Estimates')]),
          paragraph([text(estimatesNote)]),
          list(
            estimates.map((f) => [
              { type: 'strong', children: [text(`${f.data.label}: ${formatFact(f.data)}.`)] },
              text(' '),
              ...cellNodes(f.data.basis ?? '', ctx, fail),
            ]),
          ),
        ]
      : []),
  ];
}

/** A converter context for a page of the site. */
function context(pagePath: string, file: string, content: SiteContent, url: AbsoluteUrl): CopyContext {
  return { file, pagePath, url, content };
}

/** An article's or answer's body as Markdown blocks. */
function bodyNodes(entry: ArticleEntry | FaqEntry, ctx: CopyContext, content: SiteContent): RootContent[] {
  return mdxToMdast(content.body(entry).tree, { ...ctx, file: entry.filePath ?? entry.id }, markdownConverters).children;
}

const write = (nodes: RootContent[]) => serializeMarkdown({ type: 'root', children: nodes });

/** An article: its body, the FAQ entries it shows, then its sources. */
export function articleCopy(article: ArticleEntry, meta: PageMeta, content: SiteContent, url: AbsoluteUrl): string {
  const ctx = context(meta.path, article.filePath ?? article.id, content, url);
  const faq = content.faq.filter((f) => f.data.article === article.id);
  const { factIds, sourceIds } = articleCitations(article, content);
  return write([
    ...header(meta, url),
    ...bodyNodes(article, ctx, content),
    ...(faq.length > 0
      ? [heading(2, [text('FAQ')]), ...faq.flatMap((f) => [heading(3, [text(f.data.question)]), ...bodyNodes(f, ctx, content)])]
      : []),
    ...sourceNodes(factIds, sourceIds, ctx),
  ]);
}

/** A side-by-side table page: the link to its article, the table, its sources. */
export function tableCopy(table: ComparisonEntry, meta: PageMeta, content: SiteContent, url: AbsoluteUrl): string {
  const ctx = context(meta.path, table.filePath ?? table.id, content, url);
  const fail = (message: string) => new Error(`${ctx.file}: ${message}`);
  const article = content.articles.find((a) => a.id === table.data.article);
  const { factIds, sourceIds } = pageCitations([], [table.data]);
  return write([
    ...header(meta, url),
    ...(article
      ? [
          paragraph([
            text('The reasoning behind each row is in '),
            link(url(articlePath(article.id)), [text(`the full ${article.data.title} comparison`)]),
            text('.'),
          ]),
        ]
      : []),
    ...comparisonTableNodes(table.id, ctx, fail),
    ...sourceNodes(factIds, sourceIds, ctx),
  ]);
}

/** The FAQ: one section per topic, one question per entry under its primary topic, as on the page. */
export function faqCopy(meta: PageMeta, content: SiteContent, url: AbsoluteUrl): string {
  const ctx = context(meta.path, meta.path, content, url);
  const { factIds, sourceIds } = pageCitations(
    content.faq.map((f) => content.body(f).factIds),
    [],
  );
  const groups = byPrimaryTopic(content.faq.map((entry) => ({ entry, topics: entry.data.topics })));
  return write([
    ...header(meta, url),
    ...groups.flatMap((g) => [
      heading(2, [text(topics[g.topic])]),
      ...g.items.flatMap(({ entry }) => [heading(3, [text(entry.data.question)]), ...bodyNodes(entry, ctx, content)]),
    ]),
    ...sourceNodes(factIds, sourceIds, ctx),
  ]);
}

/** The glossary: one section per term with its definition, where it matters and related terms. */
export function glossaryCopy(meta: PageMeta, content: SiteContent, url: AbsoluteUrl): string {
  const ctx = context(meta.path, meta.path, content, url);
  const { factIds } = pageCitations([content.glossary.flatMap((g) => cellFactIds(g.data.definition))], []);
  const entries = content.glossary.flatMap((entry): RootContent[] => {
    const fail = (message: string) => new Error(`glossary term "${entry.id}": ${message}`);
    const places = termPlaces(entry, content);
    const related = relatedTerms(entry, content);
    return [
      heading(2, [text(entry.data.term)]),
      paragraph(cellNodes(entry.data.definition, ctx, fail)),
      paragraph([
        text('Where it matters: '),
        ...places.flatMap((p, i) => [...(i > 0 ? [text('; ')] : []), link(url(p.path), [text(p.text)]), text(` (${p.page})`)]),
        text('.'),
      ]),
      ...(related.length > 0
        ? [
            paragraph([
              text('See also: '),
              ...related.flatMap((g, i) => [...(i > 0 ? [text(', ')] : []), link(url(glossaryTermPath(g.id)), [text(g.data.term)])]),
              text('.'),
            ]),
          ]
        : []),
    ];
  });
  return write([...header(meta, url), ...entries, ...sourceNodes(factIds, [], ctx)]);
}
