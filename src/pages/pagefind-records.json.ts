import type { APIRoute } from 'astro';
import { loadContent } from '../data/site-content';
import { faqRecord, glossaryRecord, tableRowRecords, type SearchRecord } from '../search/records';

/**
 * The FAQ entries, table rows and glossary terms as search records, written once per build for the Pagefind
 * integration (src/search/pagefind.build.ts), which indexes them and then deletes this file.
 * Built here because only pages can read the content collections; the file name must match
 * `searchRecordsFile`.
 */
export const GET: APIRoute = async () => {
  const content = await loadContent();
  const records: SearchRecord[] = [
    ...content.faq.map((entry) =>
      faqRecord({
        id: entry.id,
        question: entry.data.question,
        topics: entry.data.topics,
        answerText: content.body(entry).text,
      }),
    ),
    ...content.comparisons.flatMap((table) => tableRowRecords(table.data, content.factText)),
    ...content.glossary.map((entry) =>
      glossaryRecord({ id: entry.id, term: entry.data.term, definition: entry.data.definition }, content.factText),
    ),
  ];
  return new Response(JSON.stringify(records), { headers: { 'content-type': 'application/json' } });
};
