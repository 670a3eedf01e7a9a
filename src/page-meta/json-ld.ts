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

/**
 * The @ids of the site and of its publisher: absolute, so every page names the same two things.
 * Both are described once, on the home page (siteJsonLd); other pages refer to them.
 */
export function siteNodeIds(homeUrl: string) {
  return { website: `${homeUrl}#website`, organization: `${homeUrl}#organization` };
}

/** schema.org WebSite and Organization, for the home page only. */
export function siteJsonLd(site: { name: string; description: string; homeUrl: string }) {
  const ids = siteNodeIds(site.homeUrl);
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebSite',
        '@id': ids.website,
        name: site.name,
        url: site.homeUrl,
        description: site.description,
        inLanguage: 'en',
        publisher: { '@id': ids.organization },
      },
      { '@type': 'Organization', '@id': ids.organization, name: site.name, url: site.homeUrl },
    ],
  };
}

/**
 * schema.org TechArticle for an article page. The publisher is the site's Organization by @id; the
 * author reference keeps its type and name so a reader of this page alone (a search engine does not
 * follow @ids to other pages) can still name the author, and `publisher` points at the same node.
 */
export function techArticleJsonLd(a: {
  headline: string;
  description: string;
  url: string;
  image: string;
  published: string;
  modified: string;
  /** The site's name, as the author's. */
  publisher: string;
  homeUrl: string;
}) {
  const ids = siteNodeIds(a.homeUrl);
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
    isPartOf: { '@id': ids.website },
    author: { '@type': 'Organization', '@id': ids.organization, name: a.publisher },
    publisher: { '@id': ids.organization },
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
