import { render } from 'astro:content';
import type { FaqEntry, SiteContent } from './site-content';

/** FAQ entries ready for a page: the rendered answer and its plain text for structured data. */
export function renderFaq(entries: readonly FaqEntry[], content: SiteContent) {
  return Promise.all(
    entries.map(async (entry) => ({
      id: entry.id,
      question: entry.data.question,
      topics: entry.data.topics,
      Content: (await render(entry)).Content,
      answerText: content.body(entry).text,
    })),
  );
}
