import { topicIds, topics } from '../data/topics';

/**
 * What a search result is. The label is both what readers see on a result and the filter value
 * stored in the index, so the facet and the badge can never disagree.
 */
export const contentTypes = {
  article: 'Article',
  faq: 'FAQ',
  tableRow: 'Table row',
  table: 'Table',
  glossary: 'Glossary',
} as const;

export type ContentTypeLabel = (typeof contentTypes)[keyof typeof contentTypes];

/** The two facets readers can narrow results by, as Pagefind filter keys. */
export const facetKeys = ['type', 'topic'] as const;

export type FacetKey = (typeof facetKeys)[number];

/** The value chosen for each facet; an absent key means "all". */
export type FacetSelection = Partial<Record<FacetKey, string>>;

/** Facet values in the order the filters list them: types as above, topics as on the FAQ page. */
export const facetValueOrder: Readonly<Record<FacetKey, readonly string[]>> = {
  type: Object.values(contentTypes),
  topic: topicIds.map((id) => topics[id]),
};
