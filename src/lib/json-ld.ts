/** A question and its plain-text answer, as shown on the page. */
export interface QuestionAnswer {
  readonly question: string;
  readonly answer: string;
}

/** schema.org FAQPage data for a list of questions; built from the same entries the page renders. */
export function faqPageJsonLd(entries: readonly QuestionAnswer[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    mainEntity: entries.map((e) => ({
      '@type': 'Question',
      name: e.question,
      acceptedAnswer: { '@type': 'Answer', text: e.answer },
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json"> element: `<` is escaped so no text in the data
 * can close the script element early.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
