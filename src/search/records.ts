import { faqEntryPath, glossaryTermPath, tableRowPath } from '../routes';
import type { Comparison } from '../schemas/comparison';
import { cellPlainText } from '../facts/cell-markup';
import { contentTypes, type FacetKey } from './facets';
import { topics, type TopicId } from '../data/topics';

/**
 * One search result that is not a whole HTML page: a FAQ entry, a table row or a glossary term. Pagefind indexes
 * pages, and a FAQ entry or a row is only part of one, so each is added to the index as a custom
 * record whose URL lands on its own id. The pages that show them mark them `data-pagefind-ignore`,
 * which keeps one record per thing.
 */
export interface SearchRecord {
  /** Site-absolute URL with the fragment of the entry or row. */
  readonly url: string;
  /** Shown as the result's title; Pagefind also ranks matches in it above matches in the text. */
  readonly title: string;
  /** Shown above the title, saying where the record sits: the question's topic, the row's table. */
  readonly context: string;
  /** The searchable text, also the source of the highlighted excerpt. */
  readonly content: string;
  readonly filters: Readonly<Record<FacetKey, readonly string[]>>;
}

/** Where the built site holds the records between the page build and indexing (see src/pages/pagefind-records.json.ts). */
export const searchRecordsFile = 'pagefind-records.json';

const topicLabels = (ids: readonly TopicId[]): string[] => ids.map((id) => topics[id]);

/** A FAQ entry: the question is the title, the answer (as plain text) the content. */
export function faqRecord(entry: { id: string; question: string; topics: readonly TopicId[]; answerText: string }): SearchRecord {
  return {
    url: faqEntryPath(entry.id),
    title: entry.question,
    context: topicLabels(entry.topics)[0] ?? '',
    content: entry.answerText,
    filters: { type: [contentTypes.faq], topic: topicLabels(entry.topics) },
  };
}

/** Every row of a table: the dimension is the title, each system's cell (named) the content. */
export function tableRowRecords(
  table: Pick<Comparison, 'title' | 'article' | 'systems' | 'rows'>,
  factText: (id: string) => string,
): SearchRecord[] {
  return table.rows.map((row) => ({
    url: tableRowPath(table.article, row.id),
    title: row.dimension,
    context: table.title,
    content: table.systems.map((system) => `${system.name}: ${cellPlainText(row.cells[system.id] ?? '', factText)}`).join(' '),
    filters: { type: [contentTypes.tableRow], topic: topicLabels(row.topics) },
  }));
}

/**
 * A glossary term: the term is the title; the content is the question a reader asks about it
 * ("What is sub-topology?", so definition questions find it) and its definition as plain text.
 */
export function glossaryRecord(entry: { id: string; term: string; definition: string }, factText: (id: string) => string): SearchRecord {
  return {
    url: glossaryTermPath(entry.id),
    title: entry.term,
    context: 'Glossary',
    content: `What is ${entry.term.toLowerCase()}? ${cellPlainText(entry.definition, factText)}`,
    filters: { type: [contentTypes.glossary], topic: [] },
  };
}
