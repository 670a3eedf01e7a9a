import type { Article } from '../schemas/article';
import type { Comparison } from '../schemas/comparison';
import { eitherLean } from '../decide/outcomes';
import type { Decision } from '../schemas/decision';
import type { Fact } from '../schemas/fact';
import type { Faq } from '../schemas/faq';
import type { GlossaryEntry } from '../schemas/glossary';
import type { Source } from '../schemas/source';
import { cellFactIds } from '../facts/cell-markup';
import { checkChanges, type ChangeSet } from '../changes/change-checks';
import { sourceUrlProblem, urlsInText } from '../facts/source-url';
import type { BodyLink } from './mdx-body';

/** The part of a content entry the checks need (Astro's entries have these fields). */
export interface EntryLike<T> {
  readonly id: string;
  readonly data: T;
  readonly filePath?: string | undefined;
}

export interface ContentSet {
  readonly articles: readonly EntryLike<Article>[];
  readonly faq: readonly EntryLike<Faq>[];
  readonly comparisons: readonly EntryLike<Comparison>[];
  readonly decisions: readonly EntryLike<Decision>[];
  readonly glossary: readonly EntryLike<GlossaryEntry>[];
  readonly facts: readonly EntryLike<Fact>[];
  readonly sources: readonly EntryLike<Source>[];
  /** The change log's releases, entries and version-matrix rows; none when omitted. */
  readonly changeLog?: ChangeSet;
}

/** What the checks read from an article's or FAQ entry's MDX body. */
export interface BodyRefs {
  /** Ids of the facts it cites. */
  readonly factIds: readonly string[];
  /** Its links, with lines counted in the file (frontmatter included). */
  readonly links: readonly BodyLink[];
  /** Ids of its h2 and h3 headings that are pinned in the source. */
  readonly headingIds: readonly string[];
  /** Ids of the glossary terms it links with `<Term id="…">`. */
  readonly termIds: readonly string[];
}

/** Where an entry lives, for messages: its file, plus the entry id for entries of a shared file. */
function where(entry: EntryLike<unknown>, sharedFile: string | undefined): string {
  return sharedFile ? `${sharedFile} (entry "${entry.id}")` : (entry.filePath ?? entry.id);
}

/**
 * Cross-references a schema cannot see: every fact, source and article id that one entry names
 * must exist, and every external URL (a source, a link in a body, a URL in a fact's text) must be
 * one the site may cite (src/facts/source-url.ts). `body` gives what an article's or FAQ entry's
 * MDX body cites and links. Returns one message per problem, each naming the file and the field.
 */
export function checkContent(
  content: ContentSet,
  files: { facts: string; sources: string; glossary: string; releases?: string; changes?: string; capabilities?: string },
  body: (entry: EntryLike<Article | Faq>) => BodyRefs,
): string[] {
  const problems: string[] = [];
  const ids = (list: readonly EntryLike<unknown>[]) => new Set(list.map((e) => e.id));
  const factIds = ids(content.facts);
  const sourceIds = ids(content.sources);
  const articleIds = ids(content.articles);
  const termIds = ids(content.glossary);

  const expect = (known: Set<string>, kind: string, id: string, at: string, field: string) => {
    if (!known.has(id)) problems.push(`${at}: field "${field}": unknown ${kind} id "${id}"`);
  };

  const citable = (url: string, at: string, field: string) => {
    const problem = sourceUrlProblem(url);
    if (problem) problems.push(`${at}: field "${field}": ${problem}: ${url}`);
  };
  const checkBody = (entry: EntryLike<Article | Faq>) => {
    const at = where(entry, undefined);
    const refs = body(entry);
    for (const id of refs.factIds) expect(factIds, 'fact', id, at, `<Fact id="${id}">`);
    for (const id of refs.termIds) expect(termIds, 'glossary term', id, at, `<Term id="${id}">`);
    for (const link of refs.links) {
      const problem = /^https?:/i.test(link.url) ? sourceUrlProblem(link.url) : undefined;
      if (problem) problems.push(`${entry.filePath ?? entry.id}:${link.line}: link ${link.url}: ${problem}`);
    }
  };

  for (const source of content.sources) citable(source.data.url, where(source, files.sources), 'url');
  for (const fact of content.facts) {
    const at = where(fact, files.facts);
    if (fact.data.source) expect(sourceIds, 'source', fact.data.source, at, 'source');
    for (const field of ['label', 'note', 'basis'] as const) {
      for (const url of urlsInText(fact.data[field] ?? '')) citable(url, at, field);
    }
  }
  for (const article of content.articles) {
    const at = where(article, undefined);
    article.data.checkedAgainst.forEach((id, i) => expect(factIds, 'fact', id, at, `checkedAgainst.${i}`));
    checkBody(article);
  }
  for (const entry of content.faq) {
    expect(articleIds, 'article', entry.data.article, where(entry, undefined), 'article');
    checkBody(entry);
  }
  for (const table of content.comparisons) {
    const at = where(table, undefined);
    expect(articleIds, 'article', table.data.article, at, 'article');
    table.data.rows.forEach((row, i) => {
      row.sources.forEach((id, j) => expect(sourceIds, 'source', id, at, `rows.${i}.sources.${j}`));
      for (const [system, text] of Object.entries(row.cells)) {
        for (const id of cellFactIds(text)) expect(factIds, 'fact', id, at, `rows.${i}.cells.${system}`);
      }
    });
  }
  const citedSources = new Set([
    ...content.facts.flatMap((f) => (f.data.source ? [f.data.source] : [])),
    ...content.comparisons.flatMap((t) => t.data.rows.flatMap((r) => r.sources)),
    ...(content.changeLog?.releases.map((r) => r.data.source) ?? []),
    ...(content.changeLog?.changes.map((c) => c.data.source) ?? []),
  ]);
  for (const source of content.sources) {
    if (!citedSources.has(source.id)) {
      problems.push(`${where(source, files.sources)}: cited by no fact and no table row; cite it or remove it`);
    }
  }
  /** Why `<article>#<section>` names no article or none of its pinned headings; undefined when it resolves. */
  const sectionProblem = (articleId: string, section: string): string | undefined => {
    const article = content.articles.find((a) => a.id === articleId);
    if (!article) return `unknown article id "${articleId}"`;
    if (!body(article).headingIds.includes(section))
      return `no heading with the pinned id "${section}" in ${article.filePath ?? article.id}`;
    return undefined;
  };
  /** A link to `<article>#<section>` must name an article and one of its pinned headings. */
  const expectSection = (articleId: string, section: string, at: string, field: string) => {
    const problem = sectionProblem(articleId, section);
    if (problem) problems.push(`${at}: field "${field}": ${problem}`);
  };
  for (const decision of content.decisions) {
    const at = where(decision, undefined);
    const known = articleIds.has(decision.data.article);
    expect(articleIds, 'article', decision.data.article, at, 'article');
    const table = content.comparisons.find((t) => t.data.article === decision.data.article);
    const leans = new Set([eitherLean, ...(table?.data.systems.map((s) => s.id) ?? [])]);
    decision.data.factors.forEach((factor, i) => {
      if (known) expectSection(decision.data.article, factor.section, at, `factors.${i}.section`);
      factor.rules.forEach((rule, j) => {
        for (const field of ['when', 'reason'] as const) {
          for (const id of cellFactIds(rule[field])) expect(factIds, 'fact', id, at, `factors.${i}.rules.${j}.${field}`);
        }
        if (!leans.has(rule.lean))
          problems.push(`${at}: field "factors.${i}.rules.${j}.lean": "${rule.lean}" is not one of ${[...leans].join(', ')}`);
      });
    });
    decision.data.outcomes.forEach((outcome, i) => {
      const [articleId = '', section = ''] = outcome.link.split('#');
      expectSection(articleId, section, at, `outcomes.${i}.link`);
      [outcome.summary, ...outcome.caveats].forEach((text, j) => {
        for (const id of cellFactIds(text))
          expect(factIds, 'fact', id, at, j === 0 ? `outcomes.${i}.summary` : `outcomes.${i}.caveats.${j - 1}`);
      });
    });
  }
  for (const entry of content.glossary) {
    const at = where(entry, files.glossary);
    for (const id of cellFactIds(entry.data.definition)) expect(factIds, 'fact', id, at, 'definition');
    entry.data.related.forEach((id, i) => expect(termIds, 'glossary term', id, at, `related.${i}`));
    entry.data.links.forEach((link, i) => {
      const [articleId = '', section = ''] = link.split('#');
      expectSection(articleId, section, at, `links.${i}`);
    });
  }
  if (content.changeLog) {
    problems.push(
      ...checkChanges(content.changeLog, {
        files: {
          releases: files.releases ?? 'releases.yaml',
          changes: files.changes ?? 'changes.yaml',
          capabilities: files.capabilities ?? 'capabilities.yaml',
        },
        factIds,
        sourceIds,
        comparisons: content.comparisons,
        sectionProblem,
      }),
    );
  }
  return problems;
}
