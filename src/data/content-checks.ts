import type { Article } from '../schemas/article';
import type { Comparison } from '../schemas/comparison';
import type { Fact } from '../schemas/fact';
import type { Faq } from '../schemas/faq';
import type { Source } from '../schemas/source';
import { cellFactIds } from '../facts/cell-markup';

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
  readonly facts: readonly EntryLike<Fact>[];
  readonly sources: readonly EntryLike<Source>[];
}

/** Where an entry lives, for messages: its file, plus the entry id for entries of a shared file. */
function where(entry: EntryLike<unknown>, sharedFile: string | undefined): string {
  return sharedFile ? `${sharedFile} (entry "${entry.id}")` : (entry.filePath ?? entry.id);
}

/**
 * Cross-references a schema cannot see: every fact, source and article id that one entry names
 * must exist. `bodyFactIds` gives the facts an article's or FAQ entry's MDX body cites. Returns one
 * message per problem, each naming the file and the field.
 */
export function checkContent(
  content: ContentSet,
  files: { facts: string; sources: string },
  bodyFactIds: (entry: EntryLike<Article | Faq>) => readonly string[],
): string[] {
  const problems: string[] = [];
  const ids = (list: readonly EntryLike<unknown>[]) => new Set(list.map((e) => e.id));
  const factIds = ids(content.facts);
  const sourceIds = ids(content.sources);
  const articleIds = ids(content.articles);

  const expect = (known: Set<string>, kind: string, id: string, at: string, field: string) => {
    if (!known.has(id)) problems.push(`${at}: field "${field}": unknown ${kind} id "${id}"`);
  };

  for (const fact of content.facts) {
    if (fact.data.source) expect(sourceIds, 'source', fact.data.source, where(fact, files.facts), 'source');
  }
  for (const article of content.articles) {
    const at = where(article, undefined);
    article.data.checkedAgainst.forEach((id, i) => expect(factIds, 'fact', id, at, `checkedAgainst.${i}`));
    for (const id of bodyFactIds(article)) expect(factIds, 'fact', id, at, `<Fact id="${id}">`);
  }
  for (const entry of content.faq) {
    const at = where(entry, undefined);
    expect(articleIds, 'article', entry.data.article, at, 'article');
    for (const id of bodyFactIds(entry)) expect(factIds, 'fact', id, at, `<Fact id="${id}">`);
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
  return problems;
}
