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

/** schema.org TechArticle for an article page. */
export function techArticleJsonLd(a: {
  headline: string;
  description: string;
  url: string;
  image: string;
  published: string;
  modified: string;
  publisher: string;
  publisherUrl: string;
}) {
  const organization = { '@type': 'Organization', name: a.publisher, url: a.publisherUrl };
  return {
    '@context': 'https://schema.org',
    '@type': 'TechArticle',
    headline: a.headline,
    description: a.description,
    url: a.url,
    mainEntityOfPage: a.url,
    image: a.image,
    datePublished: a.published,
    dateModified: a.modified,
    author: organization,
    publisher: organization,
  };
}

/** schema.org BreadcrumbList: the trail from the home page to this page, absolute URLs. */
export function breadcrumbJsonLd(trail: readonly { name: string; url: string }[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: trail.map((t, i) => ({ '@type': 'ListItem', position: i + 1, name: t.name, item: t.url })),
  };
}
